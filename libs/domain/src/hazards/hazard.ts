import type { HazardEvent, Notice } from './events.js';
import type { LifecycleState, StageAction } from './state.js';
import type { PinnedPolicy } from '../policies/policy.js';
import type { ResponsibilityChain } from '../org/responsibility-chain.js';
import type { HazardCategory, HazardSource, HazardStatus, Severity } from '../shared/vocabulary.js';

/** A hazard as reported (上报); this is what starts its workflow. */
export interface HazardIntake {
  hazardId: string;
  unitId: string;
  category: HazardCategory;
  severity: Severity;
  title: string;
  description: string;
  location: string;
  discoveredBy: string;
  /** ISO-8601 instant */
  discoveredAt: string;
  source: HazardSource;
  evidence: string[];
  externalRef: string | null;
  idempotencyKey: string | null;
  intakeHash: string;
  /** ISO-8601 instant at which the API accepted the report. */
  reportedAt: string;
  /** Who submitted the report through the API. */
  reportedBy: string;
  policyName: string;
  policyVersion: number;
  /** The unit's risk level that shortened the policy's deadlines for this hazard (风险分级管控), if any. */
  riskLevel?: 'high' | 'medium';
  /** Correlation id (X-Request-Id) of the HTTP request that reported it. */
  correlationId?: string | null;
}

/** Columns of the read model an event may change. */
export interface HazardPatch {
  status?: HazardStatus;
  /** Why the intake failed for good (status `intake_failed`). */
  intakeFailure?: string | null;
  responsiblePersonId?: string | null;
  currentRung?: number | null;
  chain?: ResponsibilityChain | null;
  stageAction?: StageAction | null;
  stageDeadline?: string | null;
  supervised?: boolean;
  verificationFailures?: number;
  policyName?: string;
  policyVersion?: number;
  reviewWorkflowId?: string | null;
}

/** A hazard event as the workflow writes it: the typed event, its place in the stream and its effects. */
export type HazardEventRecord = HazardEvent & {
  hazardId: string;
  sequence: number;
  /** ISO-8601 instant */
  occurredAt: string;
  patch: HazardPatch;
  /** Outbox rows written in the same transaction, once per (hazard, sequence, recipient, kind). */
  notify: Notice[];
  /** Correlation id (X-Request-Id) of the HTTP request behind the event; null for timers. */
  correlationId?: string | null;
};

/** The last event of a hazard's hash chain as it was written: the workflow keeps it as a witness outside the database. */
export interface ChainHead {
  sequence: number;
  hash: string;
}

/** The live state of a hazard workflow, returned by its query and by every update. */
export interface HazardWorkflowState extends LifecycleState {
  /** Sequence number of the last event this workflow recorded. */
  lastSequence: number;
  reviewWorkflowId: string | null;
  /**
   * The chain head after the workflow's last write, as the database reported it then: kept in
   * Temporal's history, where a database superuser who rewrites and rehashes the events cannot reach.
   * Absent until a write that returns it (runs started before keep none for their earlier writes).
   */
  chainHead?: ChainHead;
  /** The follow-up review of lapses under supervision (patch supervision-reviews-v8), once started. */
  supervisionReviewId?: string | null;
}

/** What the workflow needs from the org chart at the start, resolved by an activity. */
export interface HazardAssignment {
  chain: ResponsibilityChain;
  verifiers: string[];
  supervisors: string[];
}

export interface AccountabilityReviewInput {
  reviewId: string;
  /** A review is about a hazard, or (started by an incident or by hand) about an incident. */
  hazardId: string | null;
  incidentId?: string | null;
  unitId: string;
  reason: string;
  facts: Record<string, unknown>;
  /** Who opened it by hand; absent when a workflow opened it. */
  requestedBy?: string | null;
  /** A hazard's review opened for a loss in this incident (a review of its own beside the hazard's one review). */
  lossIncidentId?: string | null;
  /** A follow-up review of lapses under supervision: the hazard's first review, whose events it does not weigh again. */
  followsReviewId?: string | null;
}

export interface HazardWorkflowInput {
  intake: HazardIntake;
  policy: PinnedPolicy;
  /** Carried across continue-as-new. */
  resume?: HazardWorkflowState;
  /** History length after which the workflow continues as new (default 2,000; tests use less). */
  historyLimit?: number;
}

export const REPORTED_EVENT_SEQUENCE = 1;

/**
 * Overdue: a deadline of the hazard has passed and the hazard is not closed. The one rule the
 * views use; queries use the same rule in SQL (libs/persistence, hazards/overdue.ts).
 */
export const isOverdue = (h: { status: string; stageDeadline: number | null }, now: number): boolean => h.status !== 'closed' && h.stageDeadline !== null && h.stageDeadline < now;

/** Why an intake failed for good: the reason people read and a code for machines. */
export interface IntakeFailure {
  reason: string;
  code: string;
}

/** What the hazard workflow returns when its intake failed for good. */
export type IntakeFailedResult = IntakeFailure & { status: 'intake_failed' };
