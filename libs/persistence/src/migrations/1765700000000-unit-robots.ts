import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work-chat group robots (WeCom, DingTalk) a unit's people's notices also go to, and each person's
 * chat ids for the @mention. The org file names environment variables holding a robot's webhook
 * and signing secret: the secrets themselves are never stored.
 */
export class UnitRobots1765700000000 implements MigrationInterface {
  name = 'UnitRobots1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit_robots (
        unit_id text NOT NULL REFERENCES units(id),
        channel text NOT NULL CHECK (channel IN ('wecom', 'dingtalk')),
        webhook_env text NOT NULL,
        secret_env text,
        PRIMARY KEY (unit_id, channel)
      )`);
    await q.query(`ALTER TABLE people ADD COLUMN wecom_user_id text, ADD COLUMN dingtalk_user_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people DROP COLUMN wecom_user_id, DROP COLUMN dingtalk_user_id`);
    await q.query(`DROP TABLE unit_robots`);
  }
}
