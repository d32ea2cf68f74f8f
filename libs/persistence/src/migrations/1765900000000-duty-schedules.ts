import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recurring duties: each row is mirrored by a Temporal Schedule (`duty-<id>`) that starts the
 * runs; every change to it is an event in `schedule:<id>`. A unit's type picks its checklist, and
 * a campaign a run opened names the schedule.
 */
export class DutySchedules1765900000000 implements MigrationInterface {
  name = 'DutySchedules1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units ADD COLUMN unit_type text NOT NULL DEFAULT 'archive' CHECK (unit_type IN ('archive', 'bureau'))`);
    await q.query(`
      CREATE TABLE duty_schedules (
        id uuid PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        kind text NOT NULL CHECK (kind IN ('self_inspection', 'backup_check', 'letter_round')),
        title text NOT NULL,
        spec jsonb NOT NULL,
        overlap text NOT NULL CHECK (overlap IN ('skip', 'buffer_one', 'allow_all')),
        working_day boolean NOT NULL,
        policy_name text NOT NULL,
        paused boolean NOT NULL DEFAULT false,
        created_by text NOT NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key text UNIQUE
      )`);
    await q.query(`CREATE INDEX duty_schedules_unit ON duty_schedules (unit_id)`);
    await q.query(`ALTER TABLE supervision_campaigns ADD COLUMN schedule_id uuid REFERENCES duty_schedules(id), ADD COLUMN duty_run text`);
    await q.query(`ALTER TABLE letter_signings ADD COLUMN schedule_id uuid REFERENCES duty_schedules(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE letter_signings DROP COLUMN schedule_id`);
    await q.query(`ALTER TABLE supervision_campaigns DROP COLUMN schedule_id, DROP COLUMN duty_run`);
    await q.query(`DROP TABLE duty_schedules`);
    await q.query(`ALTER TABLE units DROP COLUMN unit_type`);
  }
}
