import { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's say in what reaches them: which channels (null: every one they have) and quiet hours for reminders (Beijing time). */
export class DeliveryPreferences1765800000000 implements MigrationInterface {
  name = 'DeliveryPreferences1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people ADD COLUMN channels text[], ADD COLUMN quiet_hours text CHECK (quiet_hours ~ '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people DROP COLUMN channels, DROP COLUMN quiet_hours`);
  }
}
