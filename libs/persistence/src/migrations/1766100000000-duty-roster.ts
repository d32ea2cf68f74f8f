import { MigrationInterface, QueryRunner } from 'typeorm';

/** 值班/值宿: published shifts, each watched by its workflow: check-in, escalation of a missed one, the handover log. */
export class DutyRoster1766100000000 implements MigrationInterface {
  name = 'DutyRoster1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE duty_shifts (
        id uuid PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        person_id text NOT NULL REFERENCES people(id),
        leader_id text REFERENCES people(id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'checked_in', 'missed', 'handed_over', 'no_handover')),
        checked_in_at timestamptz,
        late_by_ms bigint,
        escalated_at timestamptz,
        handed_over_at timestamptz,
        handover_log text,
        published_by text NOT NULL REFERENCES people(id),
        published_at timestamptz NOT NULL DEFAULT now(),
        workflow_id text NOT NULL
      )`);
    await q.query(`CREATE INDEX duty_shifts_unit_time ON duty_shifts (unit_id, starts_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE duty_shifts`);
  }
}
