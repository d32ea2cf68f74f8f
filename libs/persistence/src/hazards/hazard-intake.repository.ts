import type { EntityManager } from 'typeorm';
import { hazardWorkflowId, REPORTED_EVENT_SEQUENCE, type HazardIntake } from '#domain';
import { eventHash } from '../audit-chain.js';


/** The payload of the `reported` event. */
export function reportedPayload(intake: HazardIntake): Record<string, unknown> {
  return {
    unitId: intake.unitId,
    category: intake.category,
    severity: intake.severity,
    title: intake.title,
    location: intake.location,
    source: intake.source,
    discoveredBy: intake.discoveredBy,
    discoveredAt: intake.discoveredAt,
    policy: { name: intake.policyName, version: intake.policyVersion, ...(intake.riskLevel ? { riskLevel: intake.riskLevel } : {}) },
  };
}

/**
 * Writes a new hazard and its `reported` event (sequence 1). Both the API (inside the transaction
 * that starts the workflow) and the workflow's first activity call this; whichever runs second
 * changes nothing. Returns false when any uniqueness rule (id, idempotency key, external
 * reference) already holds a hazard.
 */
export async function insertHazardIntake(m: EntityManager, intake: HazardIntake): Promise<boolean> {
  const inserted: unknown[] = await m.query(
    `INSERT INTO hazards (id, unit_id, category, severity, title, description, location, discovered_by,
       discovered_at, source, evidence, external_ref, idempotency_key, intake_hash, status, workflow_id,
       last_sequence, created_at, updated_at, policy_name, policy_version)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,'reported',$15,$16,$17,$17,$18,$19)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      intake.hazardId, intake.unitId, intake.category, intake.severity, intake.title, intake.description,
      intake.location, intake.discoveredBy, intake.discoveredAt, intake.source, intake.evidence,
      intake.externalRef, intake.idempotencyKey, intake.intakeHash, hazardWorkflowId(intake.hazardId),
      REPORTED_EVENT_SEQUENCE, intake.reportedAt, intake.policyName, intake.policyVersion,
    ],
  );
  const payload = reportedPayload(intake);
  const hash = eventHash(null, {
    hazardId: intake.hazardId, sequence: REPORTED_EVENT_SEQUENCE, type: 'reported', actorId: intake.reportedBy,
    occurredAt: intake.reportedAt, payload, correlationId: intake.correlationId ?? null,
  });
  await m.query(
    `INSERT INTO hazard_events (hazard_id, sequence, type, actor_id, occurred_at, payload, correlation_id, prev_hash, hash)
     SELECT $1, $2, 'reported', $3, $4, $5, $6, NULL, $7 WHERE EXISTS (SELECT 1 FROM hazards WHERE id = $1)
     ON CONFLICT DO NOTHING`,
    [intake.hazardId, REPORTED_EVENT_SEQUENCE, intake.reportedBy, intake.reportedAt, payload, intake.correlationId ?? null, hash],
  );
  return inserted.length > 0;
}
