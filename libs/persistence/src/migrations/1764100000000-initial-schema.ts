import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE units (
        id text PRIMARY KEY,
        name text NOT NULL,
        parent_id text REFERENCES units(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query(`CREATE INDEX units_parent_idx ON units(parent_id)`);
    await q.query(`
      CREATE TABLE departments (
        id text PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        name text NOT NULL
      )`);
    await q.query(`CREATE INDEX departments_unit_idx ON departments(unit_id)`);
    await q.query(`
      CREATE TABLE people (
        id text PRIMARY KEY,
        name text NOT NULL,
        unit_id text NOT NULL REFERENCES units(id),
        email text
      )`);
    await q.query(`
      CREATE TABLE positions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        person_id text NOT NULL REFERENCES people(id),
        unit_id text NOT NULL REFERENCES units(id),
        kind text NOT NULL CHECK (kind IN ('principal','deputy','department_head','safety_officer','staff')),
        department_id text REFERENCES departments(id),
        oversees text[] NOT NULL DEFAULT '{}',
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        CHECK (kind <> 'department_head' OR department_id IS NOT NULL),
        CHECK (valid_to IS NULL OR valid_to > valid_from)
      )`);
    await q.query(`CREATE INDEX positions_unit_idx ON positions(unit_id, kind)`);
    await q.query(`CREATE INDEX positions_person_idx ON positions(person_id)`);
    await q.query(`
      CREATE TABLE responsibility_areas (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        category text NOT NULL,
        department_id text NOT NULL REFERENCES departments(id),
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        CHECK (valid_to IS NULL OR valid_to > valid_from)
      )`);
    await q.query(`CREATE UNIQUE INDEX responsibility_areas_current_uq ON responsibility_areas(unit_id, category) WHERE valid_to IS NULL`);
    await q.query(`
      CREATE TABLE hazards (
        id uuid PRIMARY KEY,
        unit_id text NOT NULL REFERENCES units(id),
        category text NOT NULL,
        severity text NOT NULL CHECK (severity IN ('general','major')),
        title text NOT NULL,
        description text NOT NULL,
        location text NOT NULL,
        discovered_by text NOT NULL REFERENCES people(id),
        discovered_at timestamptz NOT NULL,
        source text NOT NULL CHECK (source IN ('self_inspection','supervision','report','sensor')),
        evidence text[] NOT NULL DEFAULT '{}',
        external_ref text,
        idempotency_key text UNIQUE,
        intake_hash text NOT NULL,
        status text NOT NULL,
        responsible_person_id text REFERENCES people(id),
        current_rung int,
        chain jsonb,
        workflow_id text NOT NULL UNIQUE,
        last_sequence int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX hazards_external_ref_uq ON hazards(unit_id, external_ref) WHERE external_ref IS NOT NULL`);
    await q.query(`CREATE INDEX hazards_unit_status_idx ON hazards(unit_id, status, created_at DESC, id)`);
    await q.query(`CREATE INDEX hazards_status_idx ON hazards(status, created_at DESC, id)`);
    await q.query(`CREATE INDEX hazards_created_idx ON hazards(created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE hazard_events (
        hazard_id uuid NOT NULL REFERENCES hazards(id),
        sequence int NOT NULL CHECK (sequence > 0),
        type text NOT NULL,
        actor_id text,
        occurred_at timestamptz NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (hazard_id, sequence)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['hazard_events', 'hazards', 'responsibility_areas', 'positions', 'people', 'departments', 'units']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
