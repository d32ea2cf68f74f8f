import { MigrationInterface, QueryRunner } from 'typeorm';

/** Risk-assessment templates a province (a top-level unit) uploads for its units: every version kept; assessments name the version they used. */
export class RiskTemplates1766400000000 implements MigrationInterface {
  name = 'RiskTemplates1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE risk_templates (
        province_id text NOT NULL REFERENCES units(id),
        version integer NOT NULL,
        name text NOT NULL,
        document jsonb NOT NULL,
        uploaded_by text NOT NULL REFERENCES people(id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        note text NOT NULL,
        PRIMARY KEY (province_id, version)
      )`);
    await q.query(`ALTER TABLE risk_assessments ADD COLUMN template_version integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE risk_assessments DROP COLUMN template_version`);
    await q.query(`DROP TABLE risk_templates`);
  }
}
