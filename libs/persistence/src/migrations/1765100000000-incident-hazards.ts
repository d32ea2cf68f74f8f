import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hazards an incident came from, as its reporter named them; a hazard's review for a loss in
 * one of them is a review of its own (one per hazard and incident) beside the hazard's one review.
 */
export class IncidentHazards1765100000000 implements MigrationInterface {
  name = 'IncidentHazards1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incidents ADD COLUMN hazard_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE accountability_reviews ADD COLUMN loss_incident_id uuid REFERENCES incidents(id)`);
    await q.query(`DROP INDEX accountability_reviews_hazard_uq`);
    await q.query(`CREATE UNIQUE INDEX accountability_reviews_hazard_uq ON accountability_reviews(hazard_id) WHERE hazard_id IS NOT NULL AND loss_incident_id IS NULL`);
    await q.query(`CREATE UNIQUE INDEX accountability_reviews_loss_uq ON accountability_reviews(hazard_id, loss_incident_id) WHERE loss_incident_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX accountability_reviews_loss_uq`);
    // Reviews are kept, never deleted: a database holding a loss review cannot go back to one review per hazard.
    const [loss] = await q.query(`SELECT id FROM accountability_reviews WHERE loss_incident_id IS NOT NULL LIMIT 1`);
    if (loss) throw new Error(`review ${loss.id} is a hazard's review for an incident's loss; the schema before this migration cannot hold it`);
    await q.query(`DROP INDEX accountability_reviews_hazard_uq`);
    await q.query(`ALTER TABLE accountability_reviews DROP COLUMN loss_incident_id`);
    await q.query(`CREATE UNIQUE INDEX accountability_reviews_hazard_uq ON accountability_reviews(hazard_id) WHERE hazard_id IS NOT NULL`);
    await q.query(`ALTER TABLE incidents DROP COLUMN hazard_ids`);
  }
}
