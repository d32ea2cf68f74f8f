import { MigrationInterface, QueryRunner } from 'typeorm';

/** 换班: a swap under way on a shift (to whom, asked or accepted); approved, the person on duty changes. */
export class ShiftSwaps1766600000000 implements MigrationInterface {
  name = 'ShiftSwaps1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE duty_shifts ADD COLUMN swap_to text REFERENCES people(id), ADD COLUMN swap_status text CHECK (swap_status IN ('requested', 'accepted'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE duty_shifts DROP COLUMN swap_to, DROP COLUMN swap_status`);
  }
}
