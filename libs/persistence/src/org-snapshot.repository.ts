import { DataSource } from 'typeorm';
import type { OrgSnapshot, PositionHolding } from '../../domain/src/index.js';

/** Reads the org chart of one unit as it stood at a given moment (letters and reviews need the past). */
export async function loadOrgSnapshot(ds: DataSource, unitId: string, at: Date): Promise<OrgSnapshot | null> {
  const [unit] = await ds.query(`SELECT id, name, parent_id FROM units WHERE id = $1`, [unitId]);
  if (!unit) return null;
  const valid = `valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)`;
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
        WHERE p.unit_id = $1 AND p.valid_from <= $2 AND (p.valid_to IS NULL OR p.valid_to > $2)`,
      [unitId, at],
    );
  return rows.map((r) => ({
    person: { id: r.person_id, name: r.name },
    kind: r.kind,
    departmentId: r.department_id,
    oversees: r.oversees,
  }));
}
