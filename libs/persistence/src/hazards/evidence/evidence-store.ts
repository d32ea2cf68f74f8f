import type { Readable } from 'node:stream';

/** Where evidence files' bytes are kept: one interface, a driver per kind of storage. */
export interface EvidenceStore {
  /** Stores the bytes under the key, whole or not at all. */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes, streamed; null when no object has the key. */
  get(key: string): Promise<{ body: Readable; size: number } | null>;
  /** Removes the object; removing one that is not there is no error. */
  delete(key: string): Promise<void>;
  /** Every key under the prefix (tests and housekeeping look for orphans with it). */
  list(prefix: string): Promise<string[]>;
}

/** DI token of the configured store. */
export const EVIDENCE_STORE = Symbol('EVIDENCE_STORE');
