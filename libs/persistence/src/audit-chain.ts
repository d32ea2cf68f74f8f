import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** JSON with object keys sorted at every depth, so a row hashes the same before and after a JSONB round trip. */
export function canonicalJson(value: unknown): string {
  const normalise = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(normalise);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .map((k) => [k, normalise((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(normalise(JSON.parse(JSON.stringify(value ?? null))));
}

export interface ChainedEventContent {
  hazardId: string;
  sequence: number;
  type: string;
  actorId: string | null;
  /** ISO-8601 with milliseconds */
  occurredAt: string;
  payload: unknown;
  correlationId: string | null;
}

export const GENESIS = 'genesis';

/** sha256 over the previous row's hash and this row's content: changing any row breaks every later link. */
export function eventHash(prevHash: string | null, e: ChainedEventContent): string {
  const content = canonicalJson({
    hazardId: e.hazardId,
    sequence: e.sequence,
    type: e.type,
    actorId: e.actorId,
    occurredAt: new Date(e.occurredAt).toISOString(),
    payload: e.payload,
    correlationId: e.correlationId,
  });
  return createHash('sha256').update(`${prevHash ?? GENESIS}\n${content}`).digest('hex');
}

export interface StoredChainRow extends Omit<ChainedEventContent, 'occurredAt'> {
  occurredAt: Date | string;
  prevHash: string | null;
  hash: string;
}

export interface ChainVerdict {
  valid: boolean;
  events: number;
  firstBrokenLink: { sequence: number; reason: string } | null;
}

/** Recomputes a hazard's chain from its stored rows, ordered by sequence. */
export function verifyChain(rows: StoredChainRow[]): ChainVerdict {
  let prev: string | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const broken = (reason: string): ChainVerdict => ({ valid: false, events: rows.length, firstBrokenLink: { sequence: row.sequence, reason } });
    if (row.sequence !== i + 1) return broken(`expected sequence ${i + 1}: a row is missing`);
    if (row.prevHash !== prev) return broken("prev_hash does not match the previous row's hash");
    const expected = eventHash(prev, { ...row, occurredAt: new Date(row.occurredAt).toISOString() });
    if (row.hash !== expected) return broken('the content does not match its hash: the row was changed');
    prev = row.hash;
  }
  return { valid: true, events: rows.length, firstBrokenLink: null };
}

/** The chain head a hazard's workflow recorded when it last wrote, and whether the database still has it. */
export interface ChainWitness {
  sequence: number;
  hash: string;
  matches: boolean;
}

/**
 * Holds the database chain against the head the workflow recorded (in Temporal's history, out of a
 * database superuser's reach): a chain rewritten and rehashed with the published formula verifies
 * on its own, but no longer ends in that head.
 */
export function checkWitness(verdict: ChainVerdict, rows: StoredChainRow[], head: { sequence: number; hash: string } | null): ChainVerdict & { witness: ChainWitness | null } {
  if (!head) return { ...verdict, witness: null };
  const row = rows.find((r) => r.sequence === head.sequence);
  const witness = { sequence: head.sequence, hash: head.hash, matches: row?.hash === head.hash };
  if (witness.matches || !verdict.valid) return { ...verdict, witness };
  const reason = row
    ? 'the chain was rewritten: its hash here differs from the head the workflow recorded when it wrote this event'
    : 'the event the workflow recorded as the head of the chain is missing';
  return { valid: false, events: verdict.events, firstBrokenLink: { sequence: head.sequence, reason }, witness };
}

/** One hazard's chain head in a checkpoint. */
export interface CheckpointHead {
  hazardId: string;
  sequence: number;
  hash: string;
}

/** What a checkpoint signs: when, for whom, and every head; its digest is the sha256 of this, canonical. */
export interface CheckpointBody {
  version: 1;
  issuedAt: string;
  issuedTo: string;
  heads: CheckpointHead[];
}

export function checkpointDigest(body: CheckpointBody): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/** A checkpoint as it is exported: its body, the digest, the Ed25519 signature and the public key (SPKI DER), base64. */
export interface SignedCheckpoint extends CheckpointBody {
  digest: string;
  signature: string;
  publicKey: string;
}

export const publicKeyOf = (key: KeyObject): string => createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');

export function signCheckpoint(body: CheckpointBody, key: KeyObject): SignedCheckpoint {
  const digest = checkpointDigest(body);
  return { ...body, digest, signature: sign(null, Buffer.from(digest, 'hex'), key).toString('base64'), publicKey: publicKeyOf(key) };
}

/** Whether this deployment's key signed exactly this checkpoint ('other_key': another deployment's, or an old key's). */
export function checkpointSignature(file: SignedCheckpoint, key: KeyObject): 'valid' | 'invalid' | 'other_key' {
  if (file.publicKey !== publicKeyOf(key)) return 'other_key';
  const digest = checkpointDigest({ version: file.version, issuedAt: file.issuedAt, issuedTo: file.issuedTo, heads: file.heads.map((h) => ({ hazardId: h.hazardId, sequence: h.sequence, hash: h.hash })) });
  return digest === file.digest && verify(null, Buffer.from(digest, 'hex'), createPublicKey(key), Buffer.from(file.signature, 'base64')) ? 'valid' : 'invalid';
}
