import { MigrationInterface, QueryRunner } from 'typeorm';

/** 风险分级管控: assessments of a unit against the template, and the unit's risk level from the latest. */
export class RiskAssessments1766200000000 implements MigrationInterface {
  name = 'RiskAssessments1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units ADD COLUMN risk_level text CHECK (risk_level IN ('high', 'medium', 'low'))`);
    await q.query(`
      CREATE TABLE risk_assessments (
        id uuid PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        template text NOT NULL,
        results jsonb NOT NULL,
        level text NOT NULL CHECK (level IN ('high', 'medium', 'low')),
        assessed_by text NOT NULL REFERENCES people(id),
        assessed_at timestamptz NOT NULL,
        by_superior boolean NOT NULL,
        workflow_id text NOT NULL
      )`);
    await q.query(`CREATE INDEX risk_assessments_unit ON risk_assessments (unit_id, assessed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE risk_assessments`);
    await q.query(`ALTER TABLE units DROP COLUMN risk_level`);
  }
}
