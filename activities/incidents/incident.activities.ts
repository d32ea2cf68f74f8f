import type { ActivityDeps } from '../shared/case-deps.js';

/** Side effects of incident reports; every one is safe to retry. */
export function createIncidentActivities({ org }: ActivityDeps<'org'>) {
  return {
    /** The unit, then each superior up to the top, with the principal of each (for an incident's report). */
    resolveIncidentLevels(input: { unitId: string }): Promise<Array<{ unitId: string; principalId: string | null }>> {
      return org.principalsUpward(input.unitId);
    },
  };
}

export type IncidentActivities = ReturnType<typeof createIncidentActivities>;
