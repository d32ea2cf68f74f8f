import type { ActivityDeps } from '../shared/case-deps.js';

export interface WarningContact {
  unitId: string;
  unitName: string;
  principalId: string | null;
  /** The safety officers (the principal when there are none): whom the warning goes to besides the principal. */
  officers: string[];
}

/** Side effects of an early warning (预警); every one is safe to retry. */
export function createWarningActivities({ org }: ActivityDeps<'org'>) {
  const contact = async (unitId: string, name: string): Promise<WarningContact> => {
    const posts = await org.postsNow(unitId);
    const principalId = posts.find((p) => p.kind === 'principal')?.personId ?? null;
    const officers = posts.filter((p) => p.kind === 'safety_officer').map((p) => p.personId);
    return { unitId, unitName: name, principalId, officers: officers.length ? officers : principalId ? [principalId] : [] };
  };
  return {
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
