import { MigrationInterface, QueryRunner } from 'typeorm';

/** When a sanction's end was recorded (its `sanction_ended` event and notices). */
export class SanctionEnds1764900000000 implements MigrationInterface {
  name = 'SanctionEnds1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sanctions ADD COLUMN end_recorded_at timestamptz`);
    await q.query(`CREATE INDEX sanctions_due_idx ON sanctions(ends_at) WHERE end_recorded_at IS NULL AND ends_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sanctions DROP COLUMN end_recorded_at`);
  }
}
