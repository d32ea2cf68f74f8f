import type { DataSource } from 'typeorm';
import type { Language } from '#domain';

export type DeliveryChannel = 'email' | 'wecom' | 'dingtalk';

/** A delivery claimed for sending: the notice, the channel and the address, and the reader's language. */
export interface DueDelivery {
  id: string;
  notificationId: string;
  channel: DeliveryChannel;
  address: string;
  attempts: number;
  recipientId: string;
  language: Language;
  /** The recipient's user id in this channel's chat (robots @mention it), when the org file gives one. */
  chatUserId: string | null;
  /** For a robot: the environment variable naming its signing secret (DingTalk). */
  secretEnv: string | null;
}

export interface DeliveryRound {
  sent: number;
  retried: number;
  failed: number;
}

export interface FailedDelivery {
  id: string;
  notificationId: string;
  channel: DeliveryChannel;
  address: string;
  attempts: number;
  lastError: string | null;
  recipientId: string;
  recipientName: string;
  unitId: string;
  kind: string;
  createdAt: Date;
}

const MAX_BACKOFF_S = 3600;

/**
 * The outbox per channel (notice_deliveries). Due rows are claimed with FOR UPDATE SKIP LOCKED in
 * one transaction with their marking, so dispatchers in several workers never send a row twice
 * while it is being sent; a crash between sending and the commit sends that row once more (the
 * channel's stable message id lets the receiver tell). A failure is retried with exponential
 * backoff; after `maxAttempts` the delivery is marked failed and stays visible.
 */
export class DeliveryRepository {
  constructor(private readonly ds: DataSource) {}

  deliverDue(channel: DeliveryChannel, batchSize: number, maxAttempts: number, send: (batch: DueDelivery[]) => Promise<Array<Error | null>>): Promise<DeliveryRound> {
    return this.ds.transaction(async (m) => {
      const rows: Array<{ id: string; notification_id: string; address: string; attempts: number; recipient_id: string; language: Language; chat_user_id: string | null; secret_env: string | null }> = await m.query(
        `SELECT d.id::text AS id, d.notification_id::text AS notification_id, d.address, d.attempts, n.recipient_id, coalesce(p.language, 'zh') AS language,
                CASE d.channel WHEN 'wecom' THEN p.wecom_user_id WHEN 'dingtalk' THEN p.dingtalk_user_id END AS chat_user_id,
                (SELECT r.secret_env FROM unit_robots r WHERE r.channel = d.channel AND r.webhook_env = d.address LIMIT 1) AS secret_env
           FROM notice_deliveries d
           JOIN notifications n ON n.id = d.notification_id
           LEFT JOIN people p ON p.id = n.recipient_id
          WHERE d.channel = $1 AND d.status = 'pending' AND d.next_attempt_at <= now()
          ORDER BY d.next_attempt_at, d.id LIMIT $2 FOR UPDATE OF d SKIP LOCKED`,
        [channel, batchSize],
      );
      const batch = rows.map((r) => ({ id: r.id, notificationId: r.notification_id, channel, address: r.address, attempts: r.attempts, recipientId: r.recipient_id, language: r.language, chatUserId: r.chat_user_id, secretEnv: r.secret_env }));
      const outcomes = batch.length ? await send(batch) : [];
      const round: DeliveryRound = { sent: 0, retried: 0, failed: 0 };
      for (const [i, d] of batch.entries()) {
        const error = outcomes[i];
        if (!error) {
          await m.query(`UPDATE notice_deliveries SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [d.id]);
          round.sent++;
        } else if (d.attempts + 1 >= maxAttempts) {
          await m.query(`UPDATE notice_deliveries SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1`, [d.id, error.message.slice(0, 500)]);
          round.failed++;
        } else {
          const backoff = Math.min(MAX_BACKOFF_S, 2 ** Math.min(d.attempts, 12));
          await m.query(`UPDATE notice_deliveries SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`, [d.id, error.message.slice(0, 500), backoff]);
          round.retried++;
        }
      }
      return round;
    });
  }

  /** Deliveries given up on, of notices to people of these units, newest first. */
  async failed(unitIds: string[], limit: number, beforeId?: string): Promise<FailedDelivery[]> {
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT d.id::text AS id, d.notification_id::text AS notification_id, d.channel, d.address, d.attempts, d.last_error, n.recipient_id, p.name AS recipient_name, p.unit_id, n.kind, d.created_at
         FROM notice_deliveries d
         JOIN notifications n ON n.id = d.notification_id
         JOIN people p ON p.id = n.recipient_id
        WHERE d.status = 'failed' AND p.unit_id = ANY($1) AND ($3::bigint IS NULL OR d.id < $3::bigint)
        ORDER BY d.id DESC LIMIT $2`,
      [unitIds, limit, beforeId ?? null],
    );
    return rows.map((r) => ({
      id: String(r.id), notificationId: String(r.notification_id), channel: r.channel as DeliveryChannel, address: String(r.address), attempts: Number(r.attempts),
      lastError: (r.last_error as string | null) ?? null, recipientId: String(r.recipient_id), recipientName: String(r.recipient_name), unitId: String(r.unit_id), kind: String(r.kind), createdAt: r.created_at as Date,
    }));
  }
}
