import { MigrationInterface, QueryRunner } from 'typeorm';

/** 申诉: a sanction an appeal revoked stays on record, marked, and is no longer in force. */
export class Appeals1765000000000 implements MigrationInterface {
  name = 'Appeals1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sanctions ADD COLUMN revoked_at timestamptz, ADD COLUMN appeal_status text, ADD COLUMN appealed_at timestamptz`);
    await q.query(`ALTER TABLE accountability_reviews ADD COLUMN appeals_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sanctions DROP COLUMN revoked_at, DROP COLUMN appeal_status, DROP COLUMN appealed_at`);
    await q.query(`ALTER TABLE accountability_reviews DROP COLUMN appeals_until`);
  }
}
