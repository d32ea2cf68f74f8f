import { MigrationInterface, QueryRunner } from 'typeorm';
import { eventHash } from '../audit-chain.js';

export const APP_ROLE = 'dutychain_app';

/**
 * Makes the event log tamper-evident and append-only: every row carries the hash of its content
 * and of the row before it; the application's role may read and append but never change or
 * remove a row, and a trigger refuses UPDATE and DELETE from anyone who has not disabled it.
 */
export class AuditChain1764400000000 implements MigrationInterface {
  name = 'AuditChain1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE hazard_events ADD COLUMN correlation_id text, ADD COLUMN prev_hash text, ADD COLUMN hash text`);
    const rows: Array<{ hazard_id: string; sequence: number; type: string; actor_id: string | null; occurred_at: Date; payload: unknown }> = await q.query(
      `SELECT hazard_id, sequence, type, actor_id, occurred_at, payload FROM hazard_events ORDER BY hazard_id, sequence`,
    );
    let prev: { hazard: string; hash: string } | null = null;
    for (const r of rows) {
      const prevHash: string | null = prev && prev.hazard === r.hazard_id ? prev.hash : null;
      const hash = eventHash(prevHash, {
        hazardId: r.hazard_id, sequence: r.sequence, type: r.type, actorId: r.actor_id,
        occurredAt: r.occurred_at.toISOString(), payload: r.payload, correlationId: null,
      });
      await q.query(`UPDATE hazard_events SET prev_hash = $3, hash = $4 WHERE hazard_id = $1 AND sequence = $2`, [r.hazard_id, r.sequence, prevHash, hash]);
      prev = { hazard: r.hazard_id, hash };
    }
    await q.query(`ALTER TABLE hazard_events ALTER COLUMN hash SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION hazard_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'hazard_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER hazard_events_append_only BEFORE UPDATE OR DELETE ON hazard_events
      FOR EACH ROW EXECUTE FUNCTION hazard_events_append_only()`);
    await q.query(`CREATE TRIGGER hazard_events_no_truncate BEFORE TRUNCATE ON hazard_events FOR EACH STATEMENT EXECUTE FUNCTION hazard_events_append_only()`);

    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} NOLOGIN; END IF;
    END $$`);
    await q.query(`GRANT ${APP_ROLE} TO CURRENT_USER`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    // Tables that later migrations create are the application's to use too (hazard_events stays as revoked below).
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON hazard_events FROM ${APP_ROLE}`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON hazard_events FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`DROP TRIGGER hazard_events_no_truncate ON hazard_events`);
    await q.query(`DROP TRIGGER hazard_events_append_only ON hazard_events`);
    await q.query(`DROP FUNCTION hazard_events_append_only()`);
    await q.query(`ALTER TABLE hazard_events DROP COLUMN correlation_id, DROP COLUMN prev_hash, DROP COLUMN hash`);
  }
}
