import { currentPrincipalId, unitAndSuperiorIds } from './org-snapshot.repository.js';
import type { DataSource } from 'typeorm';

/** The unit and each superior up to the top, with who holds each principal post now. */
export async function principalsUpward(ds: DataSource, unitId: string): Promise<Array<{ unitId: string; principalId: string | null }>> {
  const units = await unitAndSuperiorIds(ds, unitId);
  return Promise.all(units.map(async (id) => ({ unitId: id, principalId: await currentPrincipalId(ds, id) })));
}
