import type { CaseActivityDeps } from '../shared/case-deps.js';
import { principalsUpward } from '#persistence';

/** Side effects of incident reports; every one is safe to retry. */
export function createIncidentActivities({ dataSource: ds }: CaseActivityDeps) {
  return {
    /** The unit, then each superior up to the top, with the principal of each (for an incident's report). */
    resolveIncidentLevels(input: { unitId: string }): Promise<Array<{ unitId: string; principalId: string | null }>> {
      return principalsUpward(ds, input.unitId);
    },
  };
}

export type IncidentActivities = ReturnType<typeof createIncidentActivities>;
