import type { EventUnion } from '../shared/event-union.js';
import type { PlanType } from './plan-policy.js';
import type { HazardCategory } from '../shared/vocabulary.js';
import type { PinnedPolicy } from '../policies/policy.js';

/** The hazard category a drill's finding on a plan of this type opens by default. */
export const PLAN_CATEGORY: Record<PlanType, HazardCategory> = {
  flood: 'water', fire: 'fire', theft: 'theft', network_security: 'network', exhibition_evacuation: 'visitors', records_rescue: 'natural_disaster',
};

export { DEFAULT_PLAN_POLICY, PLAN_TYPES, type PlanPolicy, type PlanType } from './plan-policy.js';

export interface PlanInput {
  planId: string;
  unitId: string;
  type: PlanType;
  title: string;
  ownerId: string;
  version: string;
  /** ISO-8601 instant by which the plan must be reviewed (修订) */
  reviewBy: string;
  registeredBy: string;
  registeredAt: string;
  /** Pinned at registration: its `discipline.plans` section times the plan, and drill findings open hazards under it. */
  policy: PinnedPolicy;
}

export interface DrillFinding {
  text: string;
  /** Whether this finding opens a hazard on the unit's chain. */
  openHazard: boolean;
  severity: 'general' | 'major';
}

export type DrillStatus = 'planned' | 'held' | 'missed' | 'held_late';

export interface PlanState {
  planId: string;
  version: string;
  ownerId: string;
  reviewBy: string;
  review: 'current' | 'due' | 'overdue' | 'escalated';
  drills: Array<{ drillId: string; plannedAt: string; status: DrillStatus; hazardIds: string[] }>;
}

/** Every payload of a plan's stream (`plan:<id>`), drills included, by type, as stored. */
export interface PlanEventPayloads {
  plan_registered: { unitId: string; type: PlanType; title: string; ownerId: string; version: string; reviewBy: string };
  plan_revised: { version: string; reviewBy: string; ownerId: string; note: string };
  plan_review_due: { ownerId: string; reviewBy: string };
  plan_review_overdue: { ownerId: string; reviewBy: string; to: string[] };
  plan_review_escalated: { ownerId: string; reviewBy: string; to: string | null };
  drill_planned: { drillId: string; plannedAt: string; scenario: string };
  drill_recorded: { drillId: string; heldAt: string; participants: string[]; scenario: string; findings: DrillFinding[]; late: boolean };
  drill_missed: { drillId: string; plannedAt: string; dueAt: string; ownerId: string };
  drill_hazard_opened: { drillId: string; finding: number; hazardId: string; severity: 'general' | 'major' };
}

export type PlanEvent = EventUnion<PlanEventPayloads>;

export const planStream = (planId: string) => `plan:${planId}`;
export const planWorkflowId = (planId: string) => `contingency-plan-${planId}`;
