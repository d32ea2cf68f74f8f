import { MigrationInterface, QueryRunner } from 'typeorm';

/** 预案、演练: the register of contingency plans per unit and type, and their drills (planned, held, missed). */
export class ContingencyPlans1766300000000 implements MigrationInterface {
  name = 'ContingencyPlans1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contingency_plans (
        id uuid PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        type text NOT NULL,
        title text NOT NULL,
        owner_id text NOT NULL REFERENCES people(id),
        version text NOT NULL,
        review_by timestamptz NOT NULL,
        review_status text NOT NULL DEFAULT 'current' CHECK (review_status IN ('current', 'due', 'overdue', 'escalated')),
        policy_name text NOT NULL,
        policy_version int NOT NULL,
        registered_by text NOT NULL REFERENCES people(id),
        registered_at timestamptz NOT NULL,
        revised_at timestamptz,
        workflow_id text NOT NULL,
        idempotency_key text UNIQUE
      )`);
    await q.query(`CREATE INDEX contingency_plans_unit ON contingency_plans (unit_id, type)`);
    await q.query(`
      CREATE TABLE plan_drills (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES contingency_plans(id),
        planned_at timestamptz NOT NULL,
        scenario text NOT NULL,
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'missed', 'held_late')),
        planned_by text NOT NULL REFERENCES people(id),
        held_at timestamptz,
        participants jsonb,
        findings jsonb,
        recorded_by text REFERENCES people(id),
        hazard_ids jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`CREATE INDEX plan_drills_plan ON plan_drills (plan_id, planned_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE plan_drills`);
    await q.query(`DROP TABLE contingency_plans`);
  }
}
