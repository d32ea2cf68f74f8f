import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a hazard's intake failed for good, beside its status `intake_failed`. */
export class IntakeFailure1764600000000 implements MigrationInterface {
  name = 'IntakeFailure1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE hazards ADD COLUMN intake_failure text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE hazards DROP COLUMN intake_failure`);
  }
}
