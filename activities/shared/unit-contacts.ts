import type { Repositories } from '#persistence';

export interface UnitContacts {
  principalId: string | null;
  /** The safety officers, or the principal when there are none. */
  officers: string[];
}

/** Whom a unit's duties chase: its safety officers (the principal when there are none), then its principal. */
export async function unitContacts(org: Repositories['org'], unitId: string): Promise<UnitContacts> {
  const posts = await org.postsNow(unitId);
  const principalId = posts.find((p) => p.kind === 'principal')?.personId ?? null;
  const officers = posts.filter((p) => p.kind === 'safety_officer').map((p) => p.personId);
  return { officers: officers.length ? officers : principalId ? [principalId] : [], principalId };
}
