import { createHash, randomUUID } from 'node:crypto';
import type { HazardIntake, PinnedPolicy } from '#domain';

/** What a campaign item or a risk finding says of the hazard it opens; it is reported by whoever found it, when they found it. */
export type ExternalHazardFields = Pick<HazardIntake, 'unitId' | 'category' | 'severity' | 'title' | 'description' | 'location' | 'discoveredBy' | 'discoveredAt' | 'source' | 'evidence' | 'externalRef'>;

/** The intake of a hazard another record opens (found again by its external reference, so its id is kept on a retry). */
export function externalHazardIntake(fields: ExternalHazardFields, existingId: string | null, policy: Pick<PinnedPolicy, 'name' | 'version'>): HazardIntake {
  return {
    hazardId: existingId ?? randomUUID(),
    ...fields,
    idempotencyKey: null,
    intakeHash: createHash('sha256').update(JSON.stringify(fields)).digest('hex'),
    reportedAt: fields.discoveredAt,
    reportedBy: fields.discoveredBy,
    policyName: policy.name,
    policyVersion: policy.version,
    correlationId: null,
  };
}
