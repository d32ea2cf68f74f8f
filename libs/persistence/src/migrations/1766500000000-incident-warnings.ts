import { MigrationInterface, QueryRunner } from 'typeorm';

/** An incident during an early warning is linked to the warnings in force for its unit when it occurred. */
export class IncidentWarnings1766500000000 implements MigrationInterface {
  name = 'IncidentWarnings1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incidents ADD COLUMN warning_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE INDEX incidents_warnings ON incidents USING gin (warning_ids)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX incidents_warnings`);
    await q.query(`ALTER TABLE incidents DROP COLUMN warning_ids`);
  }
}
