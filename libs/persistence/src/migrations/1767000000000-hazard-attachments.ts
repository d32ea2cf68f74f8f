import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764400000000-audit-chain.js';

/**
 * Evidence files (photos, scans) of a hazard. A row is the projection of its `evidence_attached`
 * event; the bytes live in the evidence store (the local disk or S3) under `storage_key`.
 */
export class HazardAttachments1767000000000 implements MigrationInterface {
  name = 'HazardAttachments1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE hazard_attachments (
        id uuid PRIMARY KEY,
        hazard_id uuid NOT NULL REFERENCES hazards(id),
        sequence int NOT NULL,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        has_thumbnail boolean NOT NULL,
        location_stripped boolean NOT NULL,
        uploaded_by text REFERENCES people(id),
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX hazard_attachments_hazard ON hazard_attachments (hazard_id, sequence)`);
    // Whether a unit keeps the location in its photos' metadata (it is stripped by default).
    await q.query(`ALTER TABLE units ADD COLUMN keeps_photo_location boolean NOT NULL DEFAULT false`);
    // Evidence, once recorded, is never changed or removed by the application (as the event log).
    await q.query(`REVOKE UPDATE, DELETE ON hazard_attachments FROM ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units DROP COLUMN keeps_photo_location`);
    await q.query(`DROP TABLE hazard_attachments`);
  }
}
