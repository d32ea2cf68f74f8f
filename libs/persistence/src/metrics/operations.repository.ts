import type { DataSource } from 'typeorm';
import { overdueSql } from '../hazards/overdue.js';

/** What operators watch of the database's state, read when Prometheus scrapes. */
export interface OperationsSnapshot {
  /** Hazards not closed, by status. */
  openByStatus: Array<{ status: string; count: number }>;
  overdue: number;
  /**
   * Notices waiting to go out, per channel: `sender` is the generic outbox (log or webhook), the
   * others the per-person deliveries; the age is that of the oldest one still waiting (0 when none).
   */
  outbox: Array<{ channel: string; depth: number; oldestAgeSeconds: number }>;
}

export class OperationsRepository {
  constructor(private readonly ds: DataSource) {}

  async snapshot(): Promise<OperationsSnapshot> {
    const [open, overdue, outbox] = await Promise.all([
      this.ds.query(`SELECT status, count(*)::int AS count FROM hazards WHERE status <> 'closed' GROUP BY status ORDER BY status`),
      this.ds.query(`SELECT count(*)::int AS count FROM hazards h WHERE ${overdueSql('h')}`),
      this.ds.query(`
        SELECT 'sender' AS channel, count(*)::int AS depth, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age
          FROM notifications WHERE sent_at IS NULL
        UNION ALL
        SELECT c.channel, count(d.id)::int, coalesce(extract(epoch FROM now() - min(d.created_at)), 0)::float8
          FROM unnest(ARRAY['email', 'wecom', 'dingtalk']) AS c(channel)
          LEFT JOIN notice_deliveries d ON d.channel = c.channel AND d.status = 'pending'
         GROUP BY c.channel`),
    ]);
    return {
      openByStatus: (open as Array<{ status: string; count: number }>).map((r) => ({ status: r.status, count: r.count })),
      overdue: (overdue as Array<{ count: number }>)[0]!.count,
      outbox: (outbox as Array<{ channel: string; depth: number; age: number }>).map((r) => ({ channel: r.channel, depth: r.depth, oldestAgeSeconds: Math.max(0, r.age) })),
    };
  }
}
