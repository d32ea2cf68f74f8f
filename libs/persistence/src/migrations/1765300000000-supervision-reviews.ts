import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A hazard's follow-up review of lapses under supervision (挂牌督办) after its first review: one per
 * hazard, beside its first review and any review for an incident's loss.
 */
export class SupervisionReviews1765300000000 implements MigrationInterface {
  name = 'SupervisionReviews1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE accountability_reviews ADD COLUMN follows_review_id text REFERENCES accountability_reviews(id)`);
    await q.query(`DROP INDEX accountability_reviews_hazard_uq`);
    await q.query(`CREATE UNIQUE INDEX accountability_reviews_hazard_uq ON accountability_reviews(hazard_id) WHERE hazard_id IS NOT NULL AND loss_incident_id IS NULL AND follows_review_id IS NULL`);
    await q.query(`CREATE UNIQUE INDEX accountability_reviews_follows_uq ON accountability_reviews(follows_review_id) WHERE follows_review_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Reviews are kept, never deleted: a database holding a follow-up review cannot go back.
    const [follow] = await q.query(`SELECT id FROM accountability_reviews WHERE follows_review_id IS NOT NULL LIMIT 1`);
    if (follow) throw new Error(`review ${follow.id} follows another review of its hazard; the schema before this migration cannot hold it`);
    await q.query(`DROP INDEX accountability_reviews_follows_uq`);
    await q.query(`DROP INDEX accountability_reviews_hazard_uq`);
    await q.query(`ALTER TABLE accountability_reviews DROP COLUMN follows_review_id`);
    await q.query(`CREATE UNIQUE INDEX accountability_reviews_hazard_uq ON accountability_reviews(hazard_id) WHERE hazard_id IS NOT NULL AND loss_incident_id IS NULL`);
  }
}
