import { ActivityFailure, ApplicationFailure, type SearchAttributeUpdatePair } from '@temporalio/common';
import { DurationError, holder, isOverdue, LifecycleRejection, PolicyInvalidError, type HazardPatch, type HazardWorkflowInput, type HazardWorkflowState, type IntakeFailure, type Outcome } from '#domain';
import { refuse } from './hazard.messages.js';
import { HAZARD_DEADLINE, HAZARD_HOLDER, HAZARD_OVERDUE, HAZARD_SEVERITY, HAZARD_STATUS, HAZARD_UNIT } from './hazard.search-attributes.js';

/** What no retry can fix in an intake, or null for a fault that a retry may (a database or network outage). */
export function permanentIntakeFailure(err: unknown, input: HazardWorkflowInput): IntakeFailure | null {
  // A regular activity's failure comes wrapped in an ActivityFailure; a local activity's, as seen
  // here (SDK 1.24), as the ApplicationFailure it threw.
  const failure = err instanceof ActivityFailure ? err.cause : err;
  if (failure instanceof ApplicationFailure && failure.nonRetryable) {
    return { reason: failure.message, code: failure.type ?? 'IntakeFailed' };
  }
  if (err instanceof DurationError || err instanceof PolicyInvalidError) {
    return { reason: `policy ${input.policy.name} v${input.policy.version} does not hold: ${err.message}`, code: 'PolicyInvalid' };
  }
  return null;
}

/** Runs a reducer; a rule it refuses becomes the update's refusal (422 at the API). */
export function guard(fn: () => Outcome): Outcome {
  try {
    return fn();
  } catch (err) {
    if (err instanceof LifecycleRejection) refuse(err.code, err.message);
    throw err;
  }
}

/** The read model's columns after an event, as its record carries them. */
export function patchOf(s: HazardWorkflowState): HazardPatch {
  return {
    status: s.status,
    responsiblePersonId: holder(s)?.person.id ?? null,
    currentRung: s.currentRung,
    chain: s.chain,
    stageAction: s.stage?.action ?? null,
    stageDeadline: s.stage?.deadline ? new Date(s.stage.deadline).toISOString() : null,
    supervised: s.supervised,
    verificationFailures: s.verificationFailures,
    policyName: s.policy.name,
    policyVersion: s.policy.version,
    reviewWorkflowId: s.reviewWorkflowId,
  };
}

/** The hazard's search attributes in a state; the overdue flag by the ledger's rule at `now`. */
export function searchAttributesOf(intake: { unitId: string; severity: string }, s: HazardWorkflowState, now: number): SearchAttributeUpdatePair[] {
  const p = patchOf(s);
  return [
    { key: HAZARD_UNIT, value: intake.unitId },
    { key: HAZARD_SEVERITY, value: intake.severity },
    { key: HAZARD_STATUS, value: s.status },
    { key: HAZARD_HOLDER, value: p.responsiblePersonId ?? null },
    { key: HAZARD_DEADLINE, value: p.stageDeadline ? new Date(p.stageDeadline) : null },
    { key: HAZARD_OVERDUE, value: isOverdue({ status: s.status, stageDeadline: s.stage?.deadline ?? null }, now) },
  ];
}
