import { HAZARD_CATEGORIES, type LetterDraft, letterPeriod } from '#domain';
import type { ActivityDeps } from '../shared/case-deps.js';

/** Side effects of responsibility-letter rounds; every one is safe to retry. */
export function createLetterActivities({ org, letters }: ActivityDeps<'org' | 'letters'>) {
  return {
    /** The year's letters for a unit and the units below it, level by level; stored once however often this runs. */
    async prepareLetters(input: { signingId: string; unitId: string; year: number; deadline: string }): Promise<LetterDraft[]> {
      const units = await org.units([input.unitId, ...(await org.unitsBelow(input.unitId))]);
      const drafts: LetterDraft[] = [];
      for (const unit of units) {
        const posts = await org.postsNow(unit.id);
        const areas = await org.areasNow(unit.id);
        const categoriesOf = (departments: readonly string[]) => areas.filter((a) => departments.includes(a.departmentId)).map((a) => a.category);
        const principal = posts.find((p) => p.kind === 'principal');
        if (principal && unit.parentId) {
          drafts.push({ id: '', unitId: unit.id, level: 'principal', signerId: principal.personId, counterpartyId: await org.currentPrincipal(unit.parentId), categories: [...HAZARD_CATEGORIES] });
        }
        for (const deputy of posts.filter((p) => p.kind === 'deputy')) {
          drafts.push({ id: '', unitId: unit.id, level: 'deputy', signerId: deputy.personId, counterpartyId: principal?.personId ?? null, categories: categoriesOf(deputy.oversees) });
        }
        for (const head of posts.filter((p) => p.kind === 'department_head' && p.departmentId)) {
          const deputy = posts.find((p) => p.kind === 'deputy' && p.oversees.includes(head.departmentId!));
          drafts.push({ id: '', unitId: unit.id, level: 'department_head', signerId: head.personId, counterpartyId: deputy?.personId ?? principal?.personId ?? null, categories: categoriesOf([head.departmentId!]) });
        }
      }
      for (const d of drafts) d.id = `${input.year}-${d.unitId}-${d.level}-${d.signerId}`;
      await letters.storeDrafts(input.signingId, input.year, letterPeriod(input.year), input.deadline, drafts);
      return drafts;
    },
  };
}

export type LetterActivities = ReturnType<typeof createLetterActivities>;
