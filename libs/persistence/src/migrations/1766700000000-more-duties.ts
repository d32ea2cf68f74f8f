import { MigrationInterface, QueryRunner } from 'typeorm';

/** Two more recurring duties: the pre-holiday inspection (节前安全检查) and the risk self-assessment (风险自评). */
export class MoreDuties1766700000000 implements MigrationInterface {
  name = 'MoreDuties1766700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE duty_schedules DROP CONSTRAINT duty_schedules_kind_check`);
    await q.query(`ALTER TABLE duty_schedules ADD CONSTRAINT duty_schedules_kind_check CHECK (kind IN ('self_inspection', 'backup_check', 'letter_round', 'pre_holiday_inspection', 'risk_assessment'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE duty_schedules DROP CONSTRAINT duty_schedules_kind_check`);
    await q.query(`ALTER TABLE duty_schedules ADD CONSTRAINT duty_schedules_kind_check CHECK (kind IN ('self_inspection', 'backup_check', 'letter_round'))`);
  }
}
