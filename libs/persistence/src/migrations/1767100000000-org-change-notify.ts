import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to the org chart (people, posts, units) notifies `org_changed` when it commits, so
 * that API instances may cache what the chart answers (who a token names, what a person may see)
 * and forget it the moment it changes. Statement-level: one notice per change, however many rows;
 * PostgreSQL folds the notices of one transaction into one. A unit's risk level is not the chart.
 */
export class OrgChangeNotify1767100000000 implements MigrationInterface {
  name = 'OrgChangeNotify1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_org_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('org_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER people_org_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people FOR EACH STATEMENT EXECUTE FUNCTION notify_org_changed()`);
    await q.query(`CREATE TRIGGER positions_org_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON positions FOR EACH STATEMENT EXECUTE FUNCTION notify_org_changed()`);
    await q.query(`CREATE TRIGGER units_org_changed AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF id, name, parent_id ON units FOR EACH STATEMENT EXECUTE FUNCTION notify_org_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER units_org_changed ON units`);
    await q.query(`DROP TRIGGER positions_org_changed ON positions`);
    await q.query(`DROP TRIGGER people_org_changed ON people`);
    await q.query(`DROP FUNCTION notify_org_changed()`);
  }
}
