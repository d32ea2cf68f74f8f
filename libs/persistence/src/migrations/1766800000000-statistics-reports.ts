import { MigrationInterface, QueryRunner } from 'typeorm';

/** 季度统计报告: a quarter's report over a unit and those below it, and each unit's confirmation, level by level. */
export class StatisticsReports1766800000000 implements MigrationInterface {
  name = 'StatisticsReports1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE duty_schedules DROP CONSTRAINT duty_schedules_kind_check`);
    await q.query(`ALTER TABLE duty_schedules ADD CONSTRAINT duty_schedules_kind_check CHECK (kind IN ('self_inspection', 'backup_check', 'letter_round', 'pre_holiday_inspection', 'risk_assessment', 'statistics_report'))`);
    await q.query(`
      CREATE TABLE statistics_reports (
        id uuid PRIMARY KEY,
        root_unit_id text NOT NULL REFERENCES units(id),
        schedule_id uuid REFERENCES duty_schedules(id),
        year int NOT NULL,
        quarter int NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        period_from timestamptz NOT NULL,
        period_to timestamptz NOT NULL,
        title text NOT NULL,
        status text NOT NULL DEFAULT 'collecting' CHECK (status IN ('collecting', 'complete')),
        total jsonb,
        created_by text NOT NULL REFERENCES people(id),
        created_at timestamptz NOT NULL,
        workflow_id text NOT NULL UNIQUE,
        UNIQUE (root_unit_id, year, quarter)
      )`);
    await q.query(`
      CREATE TABLE statistics_report_units (
        report_id uuid NOT NULL REFERENCES statistics_reports(id),
        unit_id text NOT NULL REFERENCES units(id),
        parent_unit_id text REFERENCES units(id),
        depth int NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'late', 'confirmed_late')),
        own jsonb,
        total jsonb,
        note text,
        confirmed_by text REFERENCES people(id),
        confirmed_at timestamptz,
        PRIMARY KEY (report_id, unit_id)
      )`);
    await q.query(`CREATE INDEX statistics_report_units_unit ON statistics_report_units (unit_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE statistics_report_units`);
    await q.query(`DROP TABLE statistics_reports`);
    await q.query(`ALTER TABLE duty_schedules DROP CONSTRAINT duty_schedules_kind_check`);
    await q.query(`ALTER TABLE duty_schedules ADD CONSTRAINT duty_schedules_kind_check CHECK (kind IN ('self_inspection', 'backup_check', 'letter_round', 'pre_holiday_inspection', 'risk_assessment'))`);
  }
}
