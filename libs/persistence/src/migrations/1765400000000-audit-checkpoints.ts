import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1764400000000-audit-chain.js';

/** The daily signed checkpoints of every hazard's chain head: kept, never changed or removed. */
export class AuditCheckpoints1765400000000 implements MigrationInterface {
  name = 'AuditCheckpoints1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_checkpoints (
        id uuid PRIMARY KEY,
        issued_at timestamptz NOT NULL,
        document jsonb NOT NULL,
        heads int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_checkpoints_issued_idx ON audit_checkpoints(issued_at DESC)`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoints FROM ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_checkpoints`);
  }
}
