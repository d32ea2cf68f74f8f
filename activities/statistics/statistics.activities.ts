import type { StatisticsFigures, StatisticsReportInput, StatisticsUnit } from '#domain';
import type { ActivityDeps } from '../shared/case-deps.js';
import { unitContacts, type UnitContacts } from '../shared/unit-contacts.js';

/** Side effects of a quarterly statistics report (季度统计报告); every one is safe to retry. */
export function createStatisticsActivities({ statistics, org }: ActivityDeps<'statistics' | 'org'>) {
  return {
    /** The units of the report, the deepest level due first: the root and every unit below it, with names and parents. */
    async statisticsUnits(input: { rootUnitId: string; startedAt: string; perLevelMs: number }): Promise<StatisticsUnit[]> {
      const ids = [input.rootUnitId, ...(await org.unitsBelow(input.rootUnitId)).filter((u) => u !== input.rootUnitId)];
      const rows = await org.units(ids);
      const byId = new Map(rows.map((u) => [u.id, u]));
      const depth = (id: string): number => (id === input.rootUnitId ? 0 : 1 + depth(byId.get(id)!.parentId!));
      const deepest = Math.max(...ids.map(depth));
      return ids.map((id) => ({
        unitId: id, unitName: byId.get(id)!.name, parentUnitId: id === input.rootUnitId ? null : byId.get(id)!.parentId, depth: depth(id),
        dueAt: new Date(Date.parse(input.startedAt) + (deepest - depth(id) + 1) * input.perLevelMs).toISOString(),
      }));
    },

    /** Stores the report once a quarter per unit; null when the quarter has one already (its id when it is this one). */
    openStatisticsReport(input: StatisticsReportInput & { title: string; workflowId: string }): Promise<string | null> {
      return statistics.open(input);
    },

    compileStatistics(input: { unitId: string; from: string; to: string }): Promise<StatisticsFigures> {
      return statistics.figures(input.unitId, input.from, input.to);
    },

    /** Whom a level's report concerns: each unit's principal and safety officers. */
    async statisticsContacts(input: { unitIds: string[] }): Promise<Array<{ unitId: string } & UnitContacts>> {
      return Promise.all(input.unitIds.map(async (unitId) => ({ unitId, ...(await unitContacts(org, unitId)) })));
    },
  };
}

export type StatisticsActivities = ReturnType<typeof createStatisticsActivities>;
