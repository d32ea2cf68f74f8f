import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One round of responsibility letters per unit and year: the API checked before inserting, so two
 * concurrent requests could both pass and one set of letters was silently dropped.
 */
export class OneSigningAYear1764800000000 implements MigrationInterface {
  name = 'OneSigningAYear1764800000000';

  async up(q: QueryRunner): Promise<void> {
    const dup: Array<{ unit_id: string; year: number }> = await q.query(`SELECT unit_id, year FROM letter_signings GROUP BY unit_id, year HAVING count(*) > 1`);
    if (dup.length) throw new Error(`letter_signings holds more than one round for ${dup.map((d) => `${d.unit_id} ${d.year}`).join(', ')}; decide which to keep before migrating`);
    await q.query(`CREATE UNIQUE INDEX letter_signings_unit_year_uq ON letter_signings(unit_id, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX letter_signings_unit_year_uq`);
  }
}
