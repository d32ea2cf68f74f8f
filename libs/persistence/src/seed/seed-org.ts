import { DataSource, EntityManager } from 'typeorm';
import { OrgFileDto, OrgUnitDto } from './org-file.js';
import { currentSql } from '../org/validity.js';

export async function storedUnitIds(ds: DataSource): Promise<Set<string>> {
  const rows: Array<{ id: string }> = await ds.query(`SELECT id FROM units`);
  return new Set(rows.map((r) => r.id));
}

export interface SeedSummary {
  units: number;
  departments: number;
  people: number;
  positions: number;
  responsibilityAreas: number;
}

/** Parents before children, so foreign keys hold while inserting. */
function topological(units: OrgUnitDto[]): OrgUnitDto[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: OrgUnitDto[] = [];
  const done = new Set<string>();
  const visit = (u: OrgUnitDto) => {
    if (done.has(u.id)) return;
    if (u.parent && byId.has(u.parent)) visit(byId.get(u.parent)!);
    done.add(u.id);
    out.push(u);
  };
  units.forEach(visit);
  return out;
}

/**
 * Loads an org file idempotently. Names are updated in place; a changed post or responsibility
 * area closes the old row (valid_to = now) and opens a new one, so history is never rewritten.
 */
export async function seedOrg(ds: DataSource, org: OrgFileDto, now = new Date()): Promise<SeedSummary> {
  return ds.transaction(async (m) => {
    const summary: SeedSummary = { units: 0, departments: 0, people: 0, positions: 0, responsibilityAreas: 0 };
    for (const unit of topological(org.units)) {
      await m.query(
        `INSERT INTO units(id, name, parent_id, unit_type, keeps_photo_location) VALUES ($1,$2,$3,$4,$5)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, parent_id = EXCLUDED.parent_id, unit_type = EXCLUDED.unit_type, keeps_photo_location = EXCLUDED.keeps_photo_location`,
        [unit.id, unit.name, unit.parent ?? null, unit.type ?? 'archive', unit.keepsPhotoLocation ?? false],
      );
      summary.units++;
      for (const d of unit.departments) {
        await m.query(
          `INSERT INTO departments(id, unit_id, name) VALUES ($1,$2,$3)
           ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name`,
          [d.id, unit.id, d.name],
        );
        summary.departments++;
      }
      summary.responsibilityAreas += await syncAreas(m, unit, now);
      // The file is the whole truth about a unit's robots: one it no longer names is removed.
      await m.query(`DELETE FROM unit_robots WHERE unit_id = $1`, [unit.id]);
      for (const r of unit.robots ?? []) {
        await m.query(`INSERT INTO unit_robots(unit_id, channel, webhook_env, secret_env) VALUES ($1,$2,$3,$4)`, [unit.id, r.channel, r.webhookEnv, r.secretEnv ?? null]);
      }
      for (const p of unit.people) {
        await m.query(
          `INSERT INTO people(id, name, unit_id, email, language, wecom_user_id, dingtalk_user_id, channels, quiet_hours) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
           ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, unit_id = EXCLUDED.unit_id, email = EXCLUDED.email, language = EXCLUDED.language,
             wecom_user_id = EXCLUDED.wecom_user_id, dingtalk_user_id = EXCLUDED.dingtalk_user_id, channels = EXCLUDED.channels, quiet_hours = EXCLUDED.quiet_hours`,
          [p.id, p.name, unit.id, p.email ?? null, p.language ?? 'zh', p.wecomUserId ?? null, p.dingtalkUserId ?? null, p.channels ?? null, p.quietHours ?? null],
        );
        summary.people++;
      }
      summary.positions += await syncPositions(m, unit, now);
    }
    return summary;
  });
}

async function syncAreas(m: EntityManager, unit: OrgUnitDto, now: Date): Promise<number> {
  const current: Array<{ id: string; category: string; department_id: string }> = await m.query(
    `SELECT id, category, department_id FROM responsibility_areas WHERE unit_id = $1 AND ${currentSql()}`,
    [unit.id],
  );
  const wanted = new Map(Object.entries(unit.responsibilityAreas));
  for (const row of current) {
    if (wanted.get(row.category) !== row.department_id) {
      await m.query(`UPDATE responsibility_areas SET valid_to = $2 WHERE id = $1`, [row.id, now]);
    }
  }
  const kept = new Set(current.filter((r) => wanted.get(r.category) === r.department_id).map((r) => r.category));
  for (const [category, dept] of wanted) {
    if (kept.has(category)) continue;
    await m.query(
      `INSERT INTO responsibility_areas(unit_id, category, department_id, valid_from) VALUES ($1,$2,$3,$4)`,
      [unit.id, category, dept, now],
    );
  }
  return wanted.size;
}

const positionKey = (kind: string, dept: string | null, oversees: string[]) =>
  `${kind}|${dept ?? ''}|${[...oversees].sort().join(',')}`;

async function syncPositions(m: EntityManager, unit: OrgUnitDto, now: Date): Promise<number> {
  let count = 0;
  for (const person of unit.people) {
    const current: Array<{ id: string; kind: string; department_id: string | null; oversees: string[] }> = await m.query(
      `SELECT id, kind, department_id, oversees FROM positions WHERE person_id = $1 AND ${currentSql()}`,
      [person.id],
    );
    const wanted = new Map(
      person.positions.map((p) => [positionKey(p.kind, p.department ?? null, p.oversees ?? []), p] as const),
    );
    const have = new Set<string>();
    for (const row of current) {
      const key = positionKey(row.kind, row.department_id, row.oversees);
      if (wanted.has(key) && !have.has(key)) have.add(key);
      else await m.query(`UPDATE positions SET valid_to = $2 WHERE id = $1`, [row.id, now]);
    }
    for (const [key, p] of wanted) {
      count++;
      if (have.has(key)) continue;
      await m.query(
        `INSERT INTO positions(person_id, unit_id, kind, department_id, oversees, valid_from) VALUES ($1,$2,$3,$4,$5,$6)`,
        [person.id, unit.id, p.kind, p.department ?? null, p.oversees ?? [], now],
      );
    }
  }
  return count;
}
