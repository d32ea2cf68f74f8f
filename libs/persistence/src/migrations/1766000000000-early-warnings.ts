import { MigrationInterface, QueryRunner } from 'typeorm';

/** 预警: a warning a superior unit issues to units below it, and each unit's confirmation of the measures. */
export class EarlyWarnings1766000000000 implements MigrationInterface {
  name = 'EarlyWarnings1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE early_warnings (
        id uuid PRIMARY KEY,
        issuer_unit_id text NOT NULL REFERENCES units(id),
        level text NOT NULL CHECK (level IN ('blue', 'yellow', 'orange', 'red')),
        title text NOT NULL,
        measures jsonb NOT NULL,
        confirm_by timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'lifted')),
        issued_by text NOT NULL REFERENCES people(id),
        issued_at timestamptz NOT NULL,
        lifted_at timestamptz,
        summary jsonb,
        workflow_id text NOT NULL,
        idempotency_key text UNIQUE
      )`);
    await q.query(`
      CREATE TABLE warning_units (
        warning_id uuid NOT NULL REFERENCES early_warnings(id),
        unit_id text NOT NULL REFERENCES units(id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'escalated', 'confirmed_late')),
        confirmed_at timestamptz,
        confirmed_by text REFERENCES people(id),
        results jsonb,
        escalated_at timestamptz,
        PRIMARY KEY (warning_id, unit_id)
      )`);
    await q.query(`CREATE INDEX warning_units_unit ON warning_units (unit_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE warning_units`);
    await q.query(`DROP TABLE early_warnings`);
  }
}
