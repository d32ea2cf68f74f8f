import { MigrationInterface, QueryRunner } from 'typeorm';

/** The in-app feed: each notice is a row of its recipient's feed, read or not. */
export class NoticeFeed1765500000000 implements MigrationInterface {
  name = 'NoticeFeed1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN read_at timestamptz`);
    await q.query(`CREATE INDEX notifications_feed_idx ON notifications(recipient_id, (read_at IS NULL), id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_feed_idx`);
    await q.query(`ALTER TABLE notifications DROP COLUMN read_at`);
  }
}
