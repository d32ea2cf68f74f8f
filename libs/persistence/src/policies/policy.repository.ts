import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { PolicyEntity } from '../entities/policy.entity.js';

/** A hazard started outside the API (a test, a script) may carry a policy that was never stored: the defaults apply. */
export async function policyDocument(ds: DataSource | EntityManager, name: string, version: number): Promise<EscalationPolicy> {
  const [p] = await ds.query(`SELECT document FROM policies WHERE name = $1 AND version = $2`, [name, version]);
  return (p?.document as EscalationPolicy | undefined) ?? DEFAULT_POLICY;
}

/** The escalation policies: every version kept, a new one added under a lock so versions never collide. */
export class PolicyRepository {
  constructor(private readonly ds: DataSource) {}

  /** The given version, or the newest when none is given. */
  find(name: string, version?: number): Promise<PolicyEntity | null> {
    const repo = this.ds.getRepository(PolicyEntity);
    return version ? repo.findOneBy({ name, version }) : repo.findOne({ where: { name }, order: { version: 'DESC' } });
  }

  /** The document of a pinned version; the defaults for a policy that was never stored (a hazard started by a test or a script). */
  document(name: string, version: number): Promise<EscalationPolicy> {
    return policyDocument(this.ds, name, version);
  }

  versions(name: string): Promise<PolicyEntity[]> {
    return this.ds.getRepository(PolicyEntity).find({ where: { name }, order: { version: 'ASC' } });
  }

  /** Each policy's newest version number. */
  latest(): Promise<Array<{ name: string; version: number }>> {
    return this.ds.query(`SELECT name, max(version)::int AS version FROM policies GROUP BY name ORDER BY name`);
  }

  /** Stores the document as the policy's next version and returns its number. */
  addVersion(name: string, document: unknown, createdBy: string): Promise<number> {
    return this.ds.transaction(async (m) => {
      // Serialise writers of one policy so that versions never collide.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('policy:' || $1))`, [name]);
      const [{ next }] = await m.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM policies WHERE name = $1`, [name]);
      await m.query(`INSERT INTO policies(name, version, document, created_by) VALUES ($1,$2,$3,$4)`, [name, next, document, createdBy]);
      return Number(next);
    });
  }
}
