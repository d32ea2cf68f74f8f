import { HAZARD_CATEGORIES, type LetterDraft, letterPeriod } from '#domain';
import { currentPrincipalId, unitsBelowIds } from '#persistence';
import type { CaseActivityDeps } from '../shared/case-deps.js';
import { currentSql } from '#persistence';

/** Side effects of responsibility-letter rounds; every one is safe to retry. */
export function createLetterActivities({ dataSource: ds }: CaseActivityDeps) {
  return {
    /** The year's letters for a unit and the units below it, level by level; stored once however often this runs. */
    async prepareLetters(input: { signingId: string; unitId: string; year: number; deadline: string }): Promise<LetterDraft[]> {
      const units: Array<{ id: string; parent_id: string | null }> = await ds.query(`SELECT id, parent_id FROM units WHERE id = ANY($1) ORDER BY id`, [
        [input.unitId, ...(await unitsBelowIds(ds, input.unitId))],
      ]);
      const drafts: LetterDraft[] = [];
      for (const unit of units) {
        const posts: Array<{ person_id: string; kind: string; department_id: string | null; oversees: string[] }> = await ds.query(
          `SELECT person_id, kind, department_id, oversees FROM positions WHERE unit_id = $1 AND ${currentSql()} ORDER BY person_id`,
          [unit.id],
        );
        const areas: Array<{ category: string; department_id: string }> = await ds.query(
          `SELECT category, department_id FROM responsibility_areas WHERE unit_id = $1 AND ${currentSql()} ORDER BY category`,
          [unit.id],
        );
        const categoriesOf = (departments: readonly string[]) => areas.filter((a) => departments.includes(a.department_id)).map((a) => a.category);
        const principal = posts.find((p) => p.kind === 'principal');
        if (principal && unit.parent_id) {
          drafts.push({ id: '', unitId: unit.id, level: 'principal', signerId: principal.person_id, counterpartyId: await currentPrincipalId(ds, unit.parent_id), categories: [...HAZARD_CATEGORIES] });
        }
        for (const deputy of posts.filter((p) => p.kind === 'deputy')) {
          drafts.push({ id: '', unitId: unit.id, level: 'deputy', signerId: deputy.person_id, counterpartyId: principal?.person_id ?? null, categories: categoriesOf(deputy.oversees) });
        }
        for (const head of posts.filter((p) => p.kind === 'department_head' && p.department_id)) {
          const deputy = posts.find((p) => p.kind === 'deputy' && p.oversees.includes(head.department_id!));
          drafts.push({ id: '', unitId: unit.id, level: 'department_head', signerId: head.person_id, counterpartyId: deputy?.person_id ?? principal?.person_id ?? null, categories: categoriesOf([head.department_id!]) });
        }
      }
      const { periodStart, periodEnd } = letterPeriod(input.year);
      await ds.transaction(async (m) => {
        for (const d of drafts) {
          d.id = `${input.year}-${d.unitId}-${d.level}-${d.signerId}`;
          await m.query(
            `INSERT INTO responsibility_letters (id, signing_id, year, unit_id, level, signer_id, counterparty_id, categories, period_start, period_end, deadline)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (id) DO NOTHING`,
            [d.id, input.signingId, input.year, d.unitId, d.level, d.signerId, d.counterpartyId, d.categories, periodStart, periodEnd, input.deadline],
          );
        }
      });
      return drafts;
    },
  };
}

export type LetterActivities = ReturnType<typeof createLetterActivities>;
