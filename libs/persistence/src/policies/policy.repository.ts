import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/** A hazard started outside the API (a test, a script) may carry a policy that was never stored: the defaults apply. */
export async function policyDocument(ds: DataSource | EntityManager, name: string, version: number): Promise<EscalationPolicy> {
  const [p] = await ds.query(`SELECT document FROM policies WHERE name = $1 AND version = $2`, [name, version]);
  return (p?.document as EscalationPolicy | undefined) ?? DEFAULT_POLICY;
}
