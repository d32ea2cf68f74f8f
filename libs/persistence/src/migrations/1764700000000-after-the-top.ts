import { MigrationInterface, QueryRunner } from 'typeorm';

/** The discipline officer (纪检组长), who carries a review referred out of the hierarchy. */
export class AfterTheTop1764700000000 implements MigrationInterface {
  name = 'AfterTheTop1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE positions DROP CONSTRAINT IF EXISTS positions_kind_check`);
    await q.query(`ALTER TABLE positions ADD CONSTRAINT positions_kind_check CHECK (kind IN ('principal','deputy','department_head','safety_officer','discipline_officer','staff'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM positions WHERE kind = 'discipline_officer'`);
    await q.query(`ALTER TABLE positions DROP CONSTRAINT IF EXISTS positions_kind_check`);
    await q.query(`ALTER TABLE positions ADD CONSTRAINT positions_kind_check CHECK (kind IN ('principal','deputy','department_head','safety_officer','staff'))`);
  }
}
