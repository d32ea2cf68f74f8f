import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764400000000-audit-chain.js';

/**
 * 职务代理: a leader away (leave, training) names an acting person for a period. Rows are never
 * changed but to record an early end (ended_at, ended_by); a named period is never deleted.
 */
export class Acting1765200000000 implements MigrationInterface {
  name = 'Acting1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE acting_appointments (
        id uuid PRIMARY KEY,
        person_id text NOT NULL REFERENCES people(id),
        acting_person_id text NOT NULL REFERENCES people(id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        reason text NOT NULL,
        named_by text NOT NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        ended_by text REFERENCES people(id),
        CHECK (ends_at > starts_at),
        CHECK (acting_person_id <> person_id)
      )`);
    await q.query(`CREATE INDEX acting_appointments_person_idx ON acting_appointments(person_id, starts_at)`);
    await q.query(`CREATE INDEX acting_appointments_acting_idx ON acting_appointments(acting_person_id, starts_at)`);
    // The application's role reads and adds appointments and records early ends; it never deletes one.
    await q.query(`REVOKE DELETE, TRUNCATE ON acting_appointments FROM ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE acting_appointments`);
  }
}
