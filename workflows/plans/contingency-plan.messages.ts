import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DrillFinding, PlanState } from '#domain';

export interface RevisePlanInput {
  actorId: string;
  version: string;
  /** ISO-8601 instant of the next review */
  reviewBy: string;
  ownerId: string;
  note: string;
  correlationId?: string | null;
}

export interface PlanDrillInput {
  actorId: string;
  drillId: string;
  plannedAt: string;
  scenario: string;
  correlationId?: string | null;
}

export interface RecordDrillInput {
  actorId: string;
  drillId: string;
  /** A drill held without being planned ahead: it is entered and recorded at once. */
  adHoc: boolean;
  heldAt: string;
  participants: string[];
  scenario: string;
  findings: DrillFinding[];
  correlationId?: string | null;
}

export const revisePlanUpdate = defineUpdate<PlanState, [RevisePlanInput]>('revisePlan');
export const planDrillUpdate = defineUpdate<PlanState, [PlanDrillInput]>('planDrill');
export const recordDrillUpdate = defineUpdate<PlanState, [RecordDrillInput]>('recordDrill');
export const planStateQuery = defineQuery<PlanState>('planState');
