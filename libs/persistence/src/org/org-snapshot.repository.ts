import { DataSource } from 'typeorm';
import type { OrgSnapshot, PositionHolding } from '#domain';
import { currentSql, validAtSql } from './validity.js';

/** Reads the org chart of one unit as it stood at a given moment (letters and reviews need the past). */
export async function loadOrgSnapshot(ds: DataSource, unitId: string, at: Date): Promise<OrgSnapshot | null> {
  const [unit] = await ds.query(`SELECT id, name, parent_id FROM units WHERE id = $1`, [unitId]);
  if (!unit) return null;
  const valid = `${validAtSql('$2')}`;
  const areas: Array<{ category: string; department_id: string }> = await ds.query(
    `SELECT category, department_id FROM responsibility_areas WHERE unit_id = $1 AND ${valid}`,
    [unitId, at],
  );
  const positions = await holdings(ds, unitId, at);
  let superior: OrgSnapshot['superior'] = null;
  if (unit.parent_id) {
    const [parent] = await ds.query(`SELECT id, name FROM units WHERE id = $1`, [unit.parent_id]);
    const principal = (await holdings(ds, unit.parent_id, at)).find((p) => p.kind === 'principal');
    superior = { id: parent.id, name: parent.name, principal: principal?.person ?? null };
  }
  return {
    unit: { id: unit.id, name: unit.name },
    superior,
    responsibilityAreas: Object.fromEntries(areas.map((a) => [a.category, a.department_id])),
    positions,
  };
}

async function holdings(ds: DataSource, unitId: string, at: Date): Promise<PositionHolding[]> {
  const rows: Array<{ kind: PositionHolding['kind']; department_id: string | null; oversees: string[]; person_id: string; name: string }> =
    await ds.query(
      `SELECT p.kind, p.department_id, p.oversees, p.person_id, pe.name
         FROM positions p JOIN people pe ON pe.id = p.person_id
        WHERE p.unit_id = $1 AND ${validAtSql('$2', 'p')}`,
      [unitId, at],
    );
  return rows.map((r) => ({
    person: { id: r.person_id, name: r.name },
    kind: r.kind,
    departmentId: r.department_id,
    oversees: r.oversees,
  }));
}

type Queryable = Pick<DataSource, 'query'>;

/** The unit and its superiors, nearest first (a review's authorities, an incident's reporting chain). */
export async function unitAndSuperiorIds(ds: Queryable, unitId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await ds.query(
    `WITH RECURSIVE up AS (SELECT id, parent_id, 0 AS depth FROM units WHERE id = $1
       UNION SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id)
     SELECT id FROM up ORDER BY depth`,
    [unitId],
  );
  return rows.map((r) => r.id);
}

/** Every unit below this one (not the unit itself), by id. */
export async function unitsBelowIds(ds: Queryable, unitId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await ds.query(
    `WITH RECURSIVE tree AS (SELECT id FROM units WHERE parent_id = $1 UNION SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id)
     SELECT id FROM tree ORDER BY id`,
    [unitId],
  );
  return rows.map((r) => r.id);
}

/** Who holds the unit's principal post now (the first by id, should there be two), or null. */
export async function currentPrincipalId(ds: Queryable, unitId: string): Promise<string | null> {
  const [row]: Array<{ person_id: string }> = await ds.query(
    `SELECT person_id FROM positions WHERE unit_id = $1 AND kind = 'principal' AND ${currentSql()} ORDER BY person_id LIMIT 1`,
    [unitId],
  );
  return row?.person_id ?? null;
}
