import type { ActivityDeps } from '../shared/case-deps.js';
import { unitContacts, type UnitContacts } from '../shared/unit-contacts.js';

export interface WarningContact extends UnitContacts {
  unitId: string;
  unitName: string;
}

/** Side effects of an early warning (预警); every one is safe to retry. */
export function createWarningActivities({ org, shifts }: ActivityDeps<'org' | 'shifts'>) {
  const contact = async (unitId: string, unitName: string): Promise<WarningContact> => ({ unitId, unitName, ...(await unitContacts(org, unitId)) });
  return {
    /**
     * 领导带班 under a red warning: per unit in scope, its principal (or, the post vacant, none) and
     * the shifts not yet over that have no leader in charge, for the warning to put the leader on.
     */
    async redWarningShifts(input: { unitIds: string[] }): Promise<Array<{ unitId: string; leaderId: string | null; shifts: Array<{ shiftId: string; workflowId: string }> }>> {
      const open = await shifts.withoutLeader(input.unitIds, new Date());
      return Promise.all(input.unitIds.map(async (unitId) => ({
        unitId,
        leaderId: await org.currentPrincipal(unitId),
        shifts: open.filter((s) => s.unitId === unitId).map(({ shiftId, workflowId }) => ({ shiftId, workflowId })),
      })));
    },

    /** Whom a warning reaches in each unit in scope, and in the issuing unit (told of units that do not confirm). */
    async warningContacts(input: { issuerUnitId: string; unitIds: string[] }): Promise<{ issuer: WarningContact; units: WarningContact[] }> {
      const names = new Map((await org.units([input.issuerUnitId, ...input.unitIds])).map((u) => [u.id, u.name]));
      return {
        issuer: await contact(input.issuerUnitId, names.get(input.issuerUnitId) ?? input.issuerUnitId),
        units: await Promise.all(input.unitIds.map((id) => contact(id, names.get(id) ?? id))),
      };
    },
  };
}

export type WarningActivities = ReturnType<typeof createWarningActivities>;
