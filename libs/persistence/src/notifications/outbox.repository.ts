import type { DataSource } from 'typeorm';

/** A notice waiting in the outbox, as a sender receives it. */
export interface OutboxNotification {
  id: string;
  /** The hazard the notice is about, or the event stream of a review, incident, campaign or signing. */
  hazardId: string | null;
  stream: string | null;
  sequence: number;
  recipientId: string;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

export interface DispatchResult {
  sent: number;
  failed: number;
}

const MAX_BACKOFF_S = 3600;

/**
 * The transactional outbox. Due rows are claimed with FOR UPDATE SKIP LOCKED, so any number of
 * dispatchers (one per worker process) share the work without sending a row twice while it is
 * being sent; a failure is retried with exponential backoff, up to once an hour.
 */
export class OutboxRepository {
  constructor(private readonly ds: DataSource) {}

  /** Claims up to `batchSize` due notices, hands each to `send`, and records what became of it. */
  deliverDue(batchSize: number, senderName: string, send: (n: OutboxNotification) => Promise<void>): Promise<DispatchResult> {
    return this.ds.transaction(async (m) => {
      const rows: Array<{ id: string; hazard_id: string | null; stream: string | null; sequence: number; recipient_id: string; kind: string; payload: Record<string, unknown>; created_at: Date; attempts: number }> =
        await m.query(
          `SELECT id, hazard_id, stream, sequence, recipient_id, kind, payload, created_at, attempts FROM notifications
            WHERE sent_at IS NULL AND next_attempt_at <= now()
            ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [batchSize],
        );
      const result: DispatchResult = { sent: 0, failed: 0 };
      for (const r of rows) {
        const n: OutboxNotification = {
          id: String(r.id),
          hazardId: r.hazard_id,
          stream: r.stream,
          sequence: r.sequence,
          recipientId: r.recipient_id,
          kind: r.kind,
          payload: r.payload,
          createdAt: r.created_at.toISOString(),
        };
        try {
          await send(n);
          await m.query(`UPDATE notifications SET sent_at = now(), attempts = attempts + 1, sender = $2, last_error = NULL WHERE id = $1`, [r.id, senderName]);
          result.sent++;
        } catch (err) {
          const backoff = Math.min(MAX_BACKOFF_S, 2 ** Math.min(r.attempts, 12));
          await m.query(
            `UPDATE notifications SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
            [r.id, String(err instanceof Error ? err.message : err).slice(0, 500), backoff],
          );
          result.failed++;
        }
      }
      return result;
    });
  }
}
