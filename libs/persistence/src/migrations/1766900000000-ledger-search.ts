import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 台账 search: a trigram index over a hazard's title, description and location, so that a search
 * for a word anywhere in them (ILIKE '%…%') reads the index, not every row. pg_trgm is a trusted
 * extension (PostgreSQL 13+): the database's owner may create it. Where the server has no pg_trgm
 * (an embedded PostgreSQL without contrib), the search still works, reading every row.
 */
export class LedgerSearch1766900000000 implements MigrationInterface {
  name = 'LedgerSearch1766900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX hazards_text_trgm ON hazards USING gin ((title || ' ' || description || ' ' || location) gin_trgm_ops);
      EXCEPTION WHEN undefined_file OR insufficient_privilege THEN
        RAISE NOTICE 'pg_trgm is not available here: the ledger search reads every row';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS hazards_text_trgm`);
  }
}
