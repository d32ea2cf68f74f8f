import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { EscalationNeed, HazardWorkflowState, PinnedPolicy, RectificationPlan } from '../libs/domain/src/index.js';

export const hazardStateQuery = defineQuery<HazardWorkflowState>('hazardState');

export interface AcknowledgeInput {
  actorId: string;
  note?: string;
}
export interface SubmitPlanInput {
  actorId: string;
  plan: RectificationPlan;
}
export interface RequestExtensionInput {
  actorId: string;
  newDeadline: string;
  reason: string;
}
export interface RequestEscalationInput {
  actorId: string;
  reason: string;
  needs: EscalationNeed[];
  mode: 'transfer' | 'co_own';
}
export interface DecideInput {
  actorId: string;
  requestId: string;
  approve: boolean;
  comment: string;
}
export interface SubmitRectificationInput {
  actorId: string;
  summary: string;
  evidence: string[];
}
export interface VerifyInput {
  actorId: string;
  passed: boolean;
  comment: string;
}
export interface MigratePolicyInput {
  actorId: string;
  policy: PinnedPolicy;
  reason: string;
}

export const acknowledgeUpdate = defineUpdate<HazardWorkflowState, [AcknowledgeInput]>('acknowledge');
export const submitPlanUpdate = defineUpdate<HazardWorkflowState, [SubmitPlanInput]>('submitPlan');
export const requestExtensionUpdate = defineUpdate<HazardWorkflowState, [RequestExtensionInput]>('requestExtension');
export const requestEscalationUpdate = defineUpdate<HazardWorkflowState, [RequestEscalationInput]>('requestEscalation');
export const decideUpdate = defineUpdate<HazardWorkflowState, [DecideInput]>('decide');
export const submitRectificationUpdate = defineUpdate<HazardWorkflowState, [SubmitRectificationInput]>('submitRectification');
export const verifyUpdate = defineUpdate<HazardWorkflowState, [VerifyInput]>('verify');
export const migratePolicyUpdate = defineUpdate<HazardWorkflowState, [MigratePolicyInput]>('migratePolicy');

/** Failure types the API maps to HTTP statuses (409, 403, 422). */
export const REJECTION_TYPES = { wrong_state: 'WrongState', not_allowed: 'NotAllowed', invalid_input: 'InvalidInput' } as const;
