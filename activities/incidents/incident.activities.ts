import type { ActivityDeps } from '../shared/case-deps.js';

/** Side effects of incident reports; every one is safe to retry. */
export function createIncidentActivities({ org, hazards }: ActivityDeps<'org' | 'hazards'>) {
  return {
    /** The unit, then each superior up to the top, with the principal of each (for an incident's report). */
    resolveIncidentLevels(input: { unitId: string }): Promise<Array<{ unitId: string; principalId: string | null }>> {
      return org.principalsUpward(input.unitId);
    },
    /** Of the hazards an incident came from, those that were open and overdue when it happened. */
    overdueHazardsAt(input: { hazardIds: string[]; at: string }): Promise<Array<{ id: string; unitId: string; title: string }>> {
      return hazards.overdueAt(input.hazardIds, new Date(input.at));
    },
  };
}

export type IncidentActivities = ReturnType<typeof createIncidentActivities>;
