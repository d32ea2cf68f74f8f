import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox per channel: one row per notice and channel, written in the transaction of the notice
 * (and so of the event that causes it), then sent, retried, or given up on and kept as failed.
 * People's language for what they read.
 */
export class NoticeDeliveries1765600000000 implements MigrationInterface {
  name = 'NoticeDeliveries1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people ADD COLUMN language text NOT NULL DEFAULT 'zh' CHECK (language IN ('zh', 'en'))`);
    await q.query(`
      CREATE TABLE notice_deliveries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        notification_id bigint NOT NULL REFERENCES notifications(id),
        channel text NOT NULL CHECK (channel IN ('email', 'wecom', 'dingtalk')),
        address text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (notification_id, channel)
      )`);
    await q.query(`CREATE INDEX notice_deliveries_due_idx ON notice_deliveries(channel, next_attempt_at, id) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX notice_deliveries_failed_idx ON notice_deliveries(id) WHERE status = 'failed'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notice_deliveries`);
    await q.query(`ALTER TABLE people DROP COLUMN language`);
  }
}
