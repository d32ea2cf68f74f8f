import { ApplicationFailure, defineQuery, defineUpdate } from '@temporalio/workflow';
import type { EscalationNeed, EvidenceFile, HazardWorkflowState, PinnedPolicy, RectificationPlan } from '#domain';

export const hazardStateQuery = defineQuery<HazardWorkflowState>('hazardState');

/** What every action carries: who acts, and the HTTP request behind it (recorded with its events). */
export interface ActionInput {
  actorId: string;
  correlationId?: string | null;
  /** Set by the API when the actor holds, now, the post of the person pinned on the chain. */
  actsFor?: string | null;
}

export interface AcknowledgeInput extends ActionInput {
  note?: string;
}
export interface SubmitPlanInput extends ActionInput {
  plan: RectificationPlan;
}
export interface RequestExtensionInput extends ActionInput {
  newDeadline: string;
  reason: string;
}
export interface RequestEscalationInput extends ActionInput {
  reason: string;
  needs: EscalationNeed[];
  mode: 'transfer' | 'co_own';
}
export interface DecideInput extends ActionInput {
  requestId: string;
  approve: boolean;
  comment: string;
}
export interface SubmitRectificationInput extends ActionInput {
  summary: string;
  evidence: string[];
}
export interface VerifyInput extends ActionInput {
  passed: boolean;
  comment: string;
}
export interface MigratePolicyInput extends ActionInput {
  policy: PinnedPolicy;
  reason: string;
}

/** 挂牌督办 by hand (also how a hazard that lapsed at the top before supervision existed is brought under it). */
export interface ListForSupervisionInput extends ActionInput {
  reason: string;
}
export interface SetSupervisionTermsInput extends ActionInput {
  /** ISO-8601 instant */
  deadline: string;
  supervisorId: string;
  /** ISO-8601 duration between progress reports, or null for none */
  reportEvery: string | null;
  note: string;
}
export interface ReportProgressInput extends ActionInput {
  text: string;
}

/** A file the API has checked and stored; the workflow records it (with its SHA-256) in the hazard's log. */
export interface AttachEvidenceInput extends ActionInput {
  /** The actor reported or found the hazard (the API reads it from the hazard's row). */
  reporter: boolean;
  file: EvidenceFile;
}

export const acknowledgeUpdate = defineUpdate<HazardWorkflowState, [AcknowledgeInput]>('acknowledge');
export const submitPlanUpdate = defineUpdate<HazardWorkflowState, [SubmitPlanInput]>('submitPlan');
export const requestExtensionUpdate = defineUpdate<HazardWorkflowState, [RequestExtensionInput]>('requestExtension');
export const requestEscalationUpdate = defineUpdate<HazardWorkflowState, [RequestEscalationInput]>('requestEscalation');
export const decideUpdate = defineUpdate<HazardWorkflowState, [DecideInput]>('decide');
export const submitRectificationUpdate = defineUpdate<HazardWorkflowState, [SubmitRectificationInput]>('submitRectification');
export const verifyUpdate = defineUpdate<HazardWorkflowState, [VerifyInput]>('verify');
export const migratePolicyUpdate = defineUpdate<HazardWorkflowState, [MigratePolicyInput]>('migratePolicy');
export const listForSupervisionUpdate = defineUpdate<HazardWorkflowState, [ListForSupervisionInput]>('listForSupervision');
export const setSupervisionTermsUpdate = defineUpdate<HazardWorkflowState, [SetSupervisionTermsInput]>('setSupervisionTerms');
export const reportProgressUpdate = defineUpdate<HazardWorkflowState, [ReportProgressInput]>('reportProgress');
export const attachEvidenceUpdate = defineUpdate<HazardWorkflowState, [AttachEvidenceInput]>('attachEvidence');

/** Failure types the API maps to HTTP statuses (409, 403, 422). */
export const REJECTION_TYPES = { wrong_state: 'WrongState', not_allowed: 'NotAllowed', invalid_input: 'InvalidInput' } as const;

/** Refuses an update (in its validator or its handler) with one of those types. */
export const refuse = (type: keyof typeof REJECTION_TYPES, message: string): never => {
  throw ApplicationFailure.create({ type: REJECTION_TYPES[type], message, nonRetryable: true });
};
