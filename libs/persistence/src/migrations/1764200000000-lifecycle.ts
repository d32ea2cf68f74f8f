import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_POLICY } from '#domain';

export class Lifecycle1764200000000 implements MigrationInterface {
  name = 'Lifecycle1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE policies (
        name text NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        version int NOT NULL CHECK (version > 0),
        document jsonb NOT NULL,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (name, version)
      )`);
    await q.query(`INSERT INTO policies(name, version, document, created_by) VALUES ('default', 1, $1, NULL)`, [JSON.stringify(DEFAULT_POLICY)]);
    await q.query(`
      ALTER TABLE hazards
        ADD COLUMN policy_name text NOT NULL DEFAULT 'default',
        ADD COLUMN policy_version int NOT NULL DEFAULT 1,
        ADD COLUMN stage_action text,
        ADD COLUMN stage_deadline timestamptz,
        ADD COLUMN supervised boolean NOT NULL DEFAULT false,
        ADD COLUMN verification_failures int NOT NULL DEFAULT 0,
        ADD COLUMN review_workflow_id text`);
    await q.query(`CREATE INDEX hazards_overdue_idx ON hazards(stage_deadline) WHERE status <> 'closed' AND stage_deadline IS NOT NULL`);
    await q.query(`CREATE INDEX hazards_holder_idx ON hazards(responsible_person_id, status)`);
    await q.query(`
      CREATE TABLE approval_requests (
        id text PRIMARY KEY,
        hazard_id uuid NOT NULL REFERENCES hazards(id),
        kind text NOT NULL CHECK (kind IN ('extension','escalation')),
        requested_by text NOT NULL,
        decider_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending','approved','rejected','expired')),
        deadline timestamptz NOT NULL,
        details jsonb NOT NULL,
        lapsed_by text[] NOT NULL DEFAULT '{}',
        decided_by text,
        comment text,
        created_at timestamptz NOT NULL,
        decided_at timestamptz
      )`);
    await q.query(`CREATE INDEX approval_requests_inbox_idx ON approval_requests(decider_id, status, deadline)`);
    await q.query(`
      CREATE TABLE notifications (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        hazard_id uuid NOT NULL REFERENCES hazards(id),
        sequence int NOT NULL,
        recipient_id text NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        UNIQUE (hazard_id, sequence, recipient_id, kind)
      )`);
    await q.query(`CREATE INDEX notifications_unsent_idx ON notifications(id) WHERE sent_at IS NULL`);
    await q.query(`
      CREATE TABLE accountability_reviews (
        id text PRIMARY KEY,
        hazard_id uuid REFERENCES hazards(id),
        reason text NOT NULL,
        facts jsonb NOT NULL,
        status text NOT NULL DEFAULT 'open',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX accountability_reviews_hazard_uq ON accountability_reviews(hazard_id) WHERE hazard_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE accountability_reviews`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE approval_requests`);
    await q.query(`DROP INDEX hazards_holder_idx`);
    await q.query(`DROP INDEX hazards_overdue_idx`);
    await q.query(`
      ALTER TABLE hazards DROP COLUMN policy_name, DROP COLUMN policy_version, DROP COLUMN stage_action,
        DROP COLUMN stage_deadline, DROP COLUMN supervised, DROP COLUMN verification_failures, DROP COLUMN review_workflow_id`);
    await q.query(`DROP TABLE policies`);
  }
}
