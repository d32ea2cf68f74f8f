import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { SignedCheckpoint } from '../audit-chain.js';

export interface StoredCheckpoint {
  id: string;
  issuedAt: Date;
  heads: number;
}

/** The daily signed checkpoints (signed by the worker, kept as they were signed). */
export class CheckpointRepository {
  constructor(private readonly ds: DataSource) {}

  async record(document: SignedCheckpoint): Promise<string> {
    const id = randomUUID();
    await this.ds.query(`INSERT INTO audit_checkpoints (id, issued_at, document, heads) VALUES ($1, $2, $3, $4)`, [id, document.issuedAt, document, document.heads.length]);
    return id;
  }

  /** Newest first. */
  list(limit: number): Promise<StoredCheckpoint[]> {
    return this.ds.query(`SELECT id, issued_at AS "issuedAt", heads FROM audit_checkpoints ORDER BY issued_at DESC, id LIMIT $1`, [limit]);
  }

  async document(id: string): Promise<SignedCheckpoint | null> {
    const [row] = await this.ds.query(`SELECT document FROM audit_checkpoints WHERE id = $1`, [id]);
    return row?.document ?? null;
  }
}
