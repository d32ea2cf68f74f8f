import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764400000000-audit-chain.js';

/**
 * Accountability reviews with proposals, statements and sanctions; incidents; supervision
 * campaigns; responsibility letters; yellow cards; and one append-only event log for all of
 * them (`case_events`, one stream per review, incident, campaign unit or signing).
 */
export class Discipline1764500000000 implements MigrationInterface {
  name = 'Discipline1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_events (
        stream text NOT NULL,
        sequence int NOT NULL CHECK (sequence > 0),
        type text NOT NULL,
        actor_id text,
        occurred_at timestamptz NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        correlation_id text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (stream, sequence)
      )`);
    await q.query(`CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events FOR EACH ROW EXECUTE FUNCTION hazard_events_append_only()`);
    await q.query(`CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events FOR EACH STATEMENT EXECUTE FUNCTION hazard_events_append_only()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON case_events FROM ${APP_ROLE}`);

    await q.query(`ALTER TABLE notifications ALTER COLUMN hazard_id DROP NOT NULL, ADD COLUMN stream text`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_subject_ck CHECK ((hazard_id IS NULL) <> (stream IS NULL))`);
    await q.query(`CREATE UNIQUE INDEX notifications_stream_uq ON notifications(stream, sequence, recipient_id, kind) WHERE stream IS NOT NULL`);

    await q.query(`
      CREATE TABLE incidents (
        id uuid PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        severity text NOT NULL CHECK (severity IN ('general','major')),
        title text NOT NULL,
        description text NOT NULL,
        occurred_at timestamptz NOT NULL,
        reported_at timestamptz NOT NULL,
        reported_by text NOT NULL REFERENCES people(id),
        status text NOT NULL DEFAULT 'reporting' CHECK (status IN ('reporting','complete')),
        late boolean NOT NULL DEFAULT false,
        levels jsonb NOT NULL DEFAULT '[]',
        policy_name text NOT NULL,
        policy_version int NOT NULL,
        workflow_id text NOT NULL UNIQUE,
        review_id text,
        idempotency_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX incidents_unit_idx ON incidents(unit_id, occurred_at DESC)`);

    await q.query(`
      ALTER TABLE accountability_reviews
        ADD COLUMN incident_id uuid REFERENCES incidents(id),
        ADD COLUMN unit_id text REFERENCES units(id),
        ADD COLUMN severity text,
        ADD COLUMN requested_by text,
        ADD COLUMN timeline jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN findings jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN authorities jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN authority_id text,
        ADD COLUMN statements_until timestamptz,
        ADD COLUMN decision_deadline timestamptz,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`UPDATE accountability_reviews r SET unit_id = h.unit_id, severity = h.severity FROM hazards h WHERE h.id = r.hazard_id`);
    await q.query(`CREATE UNIQUE INDEX accountability_reviews_incident_uq ON accountability_reviews(incident_id) WHERE incident_id IS NOT NULL`);
    await q.query(`CREATE INDEX accountability_reviews_unit_idx ON accountability_reviews(unit_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE review_proposals (
        id text PRIMARY KEY,
        review_id text NOT NULL REFERENCES accountability_reviews(id),
        person_id text NOT NULL REFERENCES people(id),
        conducts text[] NOT NULL,
        proposed_sanction text NOT NULL,
        grounds jsonb NOT NULL,
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed','accepted','changed','dismissed')),
        decided_sanction text,
        decided_by text,
        reason text,
        decided_at timestamptz,
        UNIQUE (review_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE review_statements (
        review_id text NOT NULL REFERENCES accountability_reviews(id),
        person_id text NOT NULL REFERENCES people(id),
        text text NOT NULL,
        submitted_at timestamptz NOT NULL,
        PRIMARY KEY (review_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE sanctions (
        id text PRIMARY KEY,
        review_id text NOT NULL REFERENCES accountability_reviews(id),
        person_id text NOT NULL REFERENCES people(id),
        unit_id text NOT NULL REFERENCES units(id),
        subject_severity text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('warning','demerit','major_demerit','demotion','removal','dismissal')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        decided_by text NOT NULL
      )`);
    await q.query(`CREATE INDEX sanctions_unit_idx ON sanctions(unit_id, starts_at)`);
    await q.query(`CREATE INDEX sanctions_person_idx ON sanctions(person_id)`);

    await q.query(`
      CREATE TABLE supervision_campaigns (
        id uuid PRIMARY KEY,
        issuer_unit_id text NOT NULL REFERENCES units(id),
        title text NOT NULL,
        checklist jsonb NOT NULL,
        deadline timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running','reported')),
        policy_name text NOT NULL,
        policy_version int NOT NULL,
        created_by text NOT NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        workflow_id text NOT NULL UNIQUE,
        report jsonb,
        reported_at timestamptz,
        idempotency_key text UNIQUE
      )`);
    await q.query(`
      CREATE TABLE campaign_units (
        campaign_id uuid NOT NULL REFERENCES supervision_campaigns(id),
        unit_id text NOT NULL REFERENCES units(id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','submitted','not_submitted')),
        submitted_at timestamptz,
        submitted_by text,
        submissions int NOT NULL DEFAULT 0,
        results jsonb,
        reminders int NOT NULL DEFAULT 0,
        escalated_at timestamptz,
        PRIMARY KEY (campaign_id, unit_id)
      )`);
    await q.query(`
      CREATE TABLE campaign_hazards (
        campaign_id uuid NOT NULL REFERENCES supervision_campaigns(id),
        unit_id text NOT NULL,
        item_id text NOT NULL,
        hazard_id uuid NOT NULL REFERENCES hazards(id),
        PRIMARY KEY (campaign_id, unit_id, item_id)
      )`);
    await q.query(`
      CREATE TABLE campaign_omissions (
        campaign_id uuid NOT NULL REFERENCES supervision_campaigns(id),
        unit_id text NOT NULL,
        hazard_id uuid NOT NULL REFERENCES hazards(id),
        PRIMARY KEY (campaign_id, hazard_id)
      )`);

    await q.query(`
      CREATE TABLE letter_signings (
        id uuid PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        deadline timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running','closed')),
        created_by text NOT NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        workflow_id text NOT NULL UNIQUE
      )`);
    await q.query(`
      CREATE TABLE responsibility_letters (
        id text PRIMARY KEY,
        signing_id uuid NOT NULL REFERENCES letter_signings(id),
        year int NOT NULL,
        unit_id text NOT NULL REFERENCES units(id),
        level text NOT NULL CHECK (level IN ('principal','deputy','department_head')),
        signer_id text NOT NULL REFERENCES people(id),
        counterparty_id text REFERENCES people(id),
        categories text[] NOT NULL,
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL,
        deadline timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','signed','overdue','unsigned')),
        signed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX responsibility_letters_unit_idx ON responsibility_letters(unit_id, year)`);
    await q.query(`CREATE INDEX responsibility_letters_signer_idx ON responsibility_letters(signer_id, status)`);

    await q.query(`
      CREATE TABLE yellow_cards (
        id uuid PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        issued_at timestamptz NOT NULL,
        valid_until timestamptz NOT NULL,
        reasons text[] NOT NULL,
        counts jsonb NOT NULL,
        policy_name text NOT NULL,
        policy_version int NOT NULL,
        trigger_hazard_id uuid REFERENCES hazards(id)
      )`);
    await q.query(`CREATE INDEX yellow_cards_unit_idx ON yellow_cards(unit_id, issued_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['yellow_cards', 'responsibility_letters', 'letter_signings', 'campaign_omissions', 'campaign_hazards', 'campaign_units', 'supervision_campaigns', 'sanctions', 'review_statements', 'review_proposals']) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP INDEX accountability_reviews_unit_idx`);
    await q.query(`DROP INDEX accountability_reviews_incident_uq`);
    await q.query(`
      ALTER TABLE accountability_reviews DROP COLUMN incident_id, DROP COLUMN unit_id, DROP COLUMN severity, DROP COLUMN requested_by,
        DROP COLUMN timeline, DROP COLUMN findings, DROP COLUMN authorities, DROP COLUMN authority_id, DROP COLUMN statements_until,
        DROP COLUMN decision_deadline, DROP COLUMN decided_at, DROP COLUMN updated_at`);
    await q.query(`DROP TABLE incidents`);
    await q.query(`DROP INDEX notifications_stream_uq`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_subject_ck`);
    await q.query(`DELETE FROM notifications WHERE hazard_id IS NULL`);
    await q.query(`ALTER TABLE notifications DROP COLUMN stream, ALTER COLUMN hazard_id SET NOT NULL`);
    await q.query(`DROP TABLE case_events`);
  }
}
