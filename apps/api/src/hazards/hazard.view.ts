import { isOverdue } from '#domain';
import type { HazardEntity, HazardEventEntity } from '#persistence';

/** The public shape of a hazard. */
export function hazardView(h: HazardEntity) {
  return {
    id: h.id,
    workflowId: h.workflowId,
    unitId: h.unitId,
    category: h.category,
    severity: h.severity,
    title: h.title,
    description: h.description,
    location: h.location,
    discoveredBy: h.discoveredBy,
    discoveredAt: h.discoveredAt.toISOString(),
    source: h.source,
    evidence: h.evidence,
    externalRef: h.externalRef,
    status: h.status,
    ...(h.intakeFailure ? { intakeFailure: h.intakeFailure } : {}),
    responsiblePersonId: h.responsiblePersonId,
    currentRung: h.currentRung,
    chain: h.chain,
    lastSequence: h.lastSequence,
    policy: { name: h.policyName, version: h.policyVersion },
    stage: h.stageAction ? { action: h.stageAction, deadline: h.stageDeadline?.toISOString() ?? null } : null,
    overdue: isOverdue({ status: h.status, stageDeadline: h.stageDeadline?.getTime() ?? null }, Date.now()),
    supervised: h.supervised,
    verificationFailures: h.verificationFailures,
    reviewWorkflowId: h.reviewWorkflowId,
    createdAt: h.createdAt.toISOString(),
    updatedAt: h.updatedAt.toISOString(),
  };
}
export type HazardView = ReturnType<typeof hazardView>;

export function eventView(e: HazardEventEntity) {
  return {
    sequence: e.sequence,
    type: e.type,
    actorId: e.actorId,
    occurredAt: e.occurredAt.toISOString(),
    payload: e.payload,
  };
}
