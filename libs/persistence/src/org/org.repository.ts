import type { ChainRung, OrgSnapshot } from '#domain';
import type { DataSource } from 'typeorm';
import { currentPrincipalId, loadOrgSnapshot, unitAndSuperiorIds, unitsBelowIds } from './org-snapshot.repository.js';
import { currentSql, validAtSql } from './validity.js';
import { OrgChangeFeed } from './org-changes.js';
import { actingPersonNow } from './acting.repository.js';

export interface PersonProfile {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  posts: Array<{ unitId: string; kind: string; departmentId: string | null }>;
}

/** `tree`: the units where person $1 holds a post now (or belongs), and every unit below them. */
const SUBTREE = `WITH RECURSIVE roots AS (
    SELECT unit_id AS id FROM people WHERE id = $1
    UNION SELECT unit_id FROM positions WHERE person_id = $1 AND ${currentSql()}
  ), tree AS (
    SELECT id FROM roots
    UNION SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id
  )`;

/** Questions the API asks of today's org chart. */
export class OrgRepository {
  constructor(private readonly ds: DataSource) {}

  /** A person by id, with the unit they belong to; null for an id the org file does not know. */
  async person(personId: string): Promise<{ id: string; name: string; unitId: string } | null> {
    const [p] = await this.ds.query(`SELECT id, name, unit_id AS "unitId" FROM people WHERE id = $1`, [personId]);
    return p ?? null;
  }

  /** People's names by id (those that exist). */
  async names(ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name: string }> = ids.length ? await this.ds.query(`SELECT id, name FROM people WHERE id = ANY($1)`, [ids]) : [];
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async unitExists(unitId: string): Promise<boolean> {
    const [unit] = await this.ds.query(`SELECT id FROM units WHERE id = $1`, [unitId]);
    return !!unit;
  }

  /** Whether the person is now the principal of a top-level unit (a province), who may change policies. */
  async isTopLevelPrincipal(personId: string): Promise<boolean> {
    const [row] = await this.ds.query(
      `SELECT 1 FROM positions p JOIN units u ON u.id = p.unit_id
        WHERE p.person_id = $1 AND p.kind = 'principal' AND u.parent_id IS NULL AND ${currentSql('p')}`,
      [personId],
    );
    return !!row;
  }

  /** A feed of every change to the chart, for caches of what it answers (see OrgChangeFeed); started by the caller. */
  changeFeed(onChange: () => void, onTrouble?: (message: string) => void): OrgChangeFeed {
    return new OrgChangeFeed(this.ds, onChange, onTrouble);
  }

  /** In one round trip: the kinds of post the person holds now, and the units they may see (where they hold a post now or belong, and every unit below). */
  async reach(personId: string): Promise<{ postKinds: string[]; units: string[] }> {
    const [row] = await this.ds.query(
      `${SUBTREE}
       SELECT COALESCE((SELECT array_agg(DISTINCT kind) FROM positions WHERE person_id = $1 AND ${currentSql()}), '{}') AS "postKinds",
              COALESCE((SELECT array_agg(id) FROM tree), '{}') AS units`,
      [personId],
    );
    return row;
  }

  /** Units with names and parents, by id. */
  units(ids: string[]): Promise<Array<{ id: string; name: string; parentId: string | null }>> {
    return this.ds.query(`SELECT id, name, parent_id AS "parentId" FROM units WHERE id = ANY($1) ORDER BY id`, [ids]);
  }

  /** People with the posts they hold now; all people when `ids` is omitted. */
  profiles(ids?: string[]): Promise<PersonProfile[]> {
    return this.ds.query(
      `SELECT p.id, p.name, p.unit_id AS "unitId", u.name AS "unitName",
              COALESCE(json_agg(json_build_object('unitId', x.unit_id, 'kind', x.kind, 'departmentId', x.department_id) ORDER BY x.kind)
                FILTER (WHERE x.id IS NOT NULL), '[]') AS posts
         FROM people p JOIN units u ON u.id = p.unit_id
         LEFT JOIN positions x ON x.person_id = p.id AND ${currentSql('x')}
        WHERE $1::text[] IS NULL OR p.id = ANY($1)
        GROUP BY p.id, u.name ORDER BY p.unit_id, p.id`,
      [ids ?? null],
    );
  }

  /** Whether the person holds, now, the post a chain rung stands for. */
  async holdsPost(personId: string, rung: ChainRung, hazardDepartmentId: string | null): Promise<boolean> {
    const [kind, extra, params] =
      rung.level === 'department_head'
        ? ['department_head', 'AND department_id = $3', [rung.departmentId ?? null]]
        : rung.level === 'deputy'
          ? ['deputy', 'AND $3 = ANY(oversees)', [hazardDepartmentId]]
          : ['principal', '', []];
    const rows: unknown[] = await this.ds.query(
      `SELECT 1 FROM positions WHERE person_id = $1 AND unit_id = $2 AND kind = '${kind}' AND ${currentSql()} ${extra}`,
      [personId, rung.unitId, ...params],
    );
    return rows.length > 0;
  }

  /**
   * Whether the post a chain rung stands for is held now: by the person pinned on it, by a successor,
   * or through an acting person the pinned person named (职务代理). Otherwise it is vacant.
   */
  async postHeld(rung: ChainRung, hazardDepartmentId: string | null): Promise<boolean> {
    const [kind, extra, params] =
      rung.level === 'department_head'
        ? ['department_head', 'AND department_id = $2', [rung.departmentId ?? null]]
        : rung.level === 'deputy'
          ? ['deputy', 'AND $2 = ANY(oversees)', [hazardDepartmentId]]
          : ['principal', '', []];
    const held: unknown[] = await this.ds.query(`SELECT 1 FROM positions WHERE unit_id = $1 AND kind = '${kind}' AND ${currentSql()} ${extra} LIMIT 1`, [rung.unitId, ...params]);
    if (held.length > 0) return true;
    return (await actingPersonNow(this.ds, rung.person.id)) !== null;
  }

  /** Units with units below them where the person holds, now, one of these kinds of post (those a campaign may be run from). */
  parentUnitsHeld(personId: string, kinds: readonly string[]): Promise<Array<{ id: string; name: string }>> {
    return this.ds.query(
      `SELECT DISTINCT u.id, u.name FROM positions p JOIN units u ON u.id = p.unit_id
        WHERE p.person_id = $1 AND p.kind = ANY($2) AND ${currentSql('p')} AND EXISTS (SELECT 1 FROM units c WHERE c.parent_id = u.id)
        ORDER BY u.id`,
      [personId, kinds],
    );
  }

  /** Whether the person holds, now, one of these kinds of post in the unit. */
  async holdsKind(personId: string, unitId: string, kinds: readonly string[]): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(
      `SELECT 1 FROM positions WHERE person_id = $1 AND unit_id = $2 AND kind = ANY($3) AND ${currentSql()}`,
      [personId, unitId, kinds],
    );
    return rows.length > 0;
  }

  /** The units above this one, nearest first. */
  async superiorUnitIds(unitId: string): Promise<string[]> {
    return (await unitAndSuperiorIds(this.ds, unitId)).slice(1);
  }

  /** The units below this one (not the unit itself). */
  unitsBelow(unitId: string): Promise<string[]> {
    return unitsBelowIds(this.ds, unitId);
  }

  /** The unit's org chart as it stood at `at`: areas, posts and the superior's principal; null for an unknown unit. */
  snapshot(unitId: string, at: Date): Promise<OrgSnapshot | null> {
    return loadOrgSnapshot(this.ds, unitId, at);
  }

  /** Who held this kind of post in the unit at `at`, by id. */
  async heldBy(unitId: string, kind: string, at: Date): Promise<string[]> {
    const rows: Array<{ person_id: string }> = await this.ds.query(
      `SELECT person_id FROM positions WHERE unit_id = $1 AND kind = $2 AND ${validAtSql('$3')} ORDER BY person_id`,
      [unitId, kind, at],
    );
    return rows.map((r) => r.person_id);
  }

  /** Who holds the unit's principal post now, or null. */
  currentPrincipal(unitId: string): Promise<string | null> {
    return currentPrincipalId(this.ds, unitId);
  }

  /** The unit and each superior up to the top, with who holds each principal post now. */
  async principalsUpward(unitId: string): Promise<Array<{ unitId: string; principalId: string | null }>> {
    const units = await unitAndSuperiorIds(this.ds, unitId);
    return Promise.all(units.map(async (id) => ({ unitId: id, principalId: await currentPrincipalId(this.ds, id) })));
  }

  /** Whether the person is now the principal of one of these units. */
  async isPrincipalOfAny(personId: string, unitIds: string[]): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM positions WHERE person_id = $1 AND kind = 'principal' AND ${currentSql()} AND unit_id = ANY($2)`, [personId, unitIds]);
    return rows.length > 0;
  }

  /** The nearest of these units (in the order given) whose principal the person is now, or null. */
  async principalUnitAmong(personId: string, unitIds: string[]): Promise<string | null> {
    const rows: Array<{ unit_id: string }> = await this.ds.query(`SELECT unit_id FROM positions WHERE person_id = $1 AND kind = 'principal' AND ${currentSql()} AND unit_id = ANY($2)`, [personId, unitIds]);
    return unitIds.find((id) => rows.some((r) => r.unit_id === id)) ?? null;
  }

  /** Today's posts of a unit, by person id. */
  postsNow(unitId: string): Promise<Array<{ personId: string; kind: string; departmentId: string | null; oversees: string[] }>> {
    return this.ds.query(
      `SELECT person_id AS "personId", kind, department_id AS "departmentId", oversees FROM positions WHERE unit_id = $1 AND ${currentSql()} ORDER BY person_id`,
      [unitId],
    );
  }

  /** Today's responsibility areas of a unit: which department owns which category. */
  areasNow(unitId: string): Promise<Array<{ category: string; departmentId: string }>> {
    return this.ds.query(`SELECT category, department_id AS "departmentId" FROM responsibility_areas WHERE unit_id = $1 AND ${currentSql()} ORDER BY category`, [unitId]);
  }
}
