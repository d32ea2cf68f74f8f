import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationDelivery1764300000000 implements MigrationInterface {
  name = 'NotificationDelivery1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN sender text`);
    await q.query(`DROP INDEX notifications_unsent_idx`);
    await q.query(`CREATE INDEX notifications_due_idx ON notifications(next_attempt_at, id) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_due_idx`);
    await q.query(`CREATE INDEX notifications_unsent_idx ON notifications(id) WHERE sent_at IS NULL`);
    await q.query(`ALTER TABLE notifications DROP COLUMN next_attempt_at, DROP COLUMN sender`);
  }
}
