import type { KeyObject } from 'node:crypto';
import { signCheckpoint } from '#persistence';
import type { ActivityDeps } from '../shared/case-deps.js';

/** The audit chain's daily checkpoint; without a signing key there is nothing to sign. */
export function createAuditActivities({ hazardEvents, checkpoints }: ActivityDeps<'hazardEvents' | 'checkpoints'>, signingKey: KeyObject | null) {
  return {
    /** Signs the head of every hazard's chain now and keeps the checkpoint; null where no key is configured. */
    async signDailyCheckpoint(): Promise<{ id: string; heads: number } | null> {
      if (!signingKey) return null;
      const heads = await hazardEvents.heads(null);
      const id = await checkpoints.record(signCheckpoint({ version: 1, issuedAt: new Date().toISOString(), issuedTo: 'daily', heads }, signingKey));
      return { id, heads: heads.length };
    },
  };
}

export type AuditActivities = ReturnType<typeof createAuditActivities>;
