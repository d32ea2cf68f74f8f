import type { ChainRung, PersonRef, ResponsibilityChain, RungLevel } from '../org/responsibility-chain.js';
import type { PinnedPolicy } from '../policies/policy.js';
import type { IsWorkday } from '../shared/calendar.js';
import type { HazardStatus, Severity } from '../shared/vocabulary.js';

/** A hazard's lifecycle state (隐患闭环: 上报 → 评估 → 整改 → 验收 → 销号) and the types its reducers share. */

export const STAGE_ACTIONS = ['acknowledge', 'plan', 'rectify', 'verify'] as const;
export type StageAction = (typeof STAGE_ACTIONS)[number];

/** The step the hazard waits for, who owes it and by when (epoch ms; null: no clock running). */
export interface Stage {
  action: StageAction;
  startedAt: number;
  deadline: number | null;
  /** How many of the policy's reminders have been sent for this deadline. */
  reminded: number;
}

/** 五落实: responsible person, measures, funds, deadline, contingency plan. */
export interface RectificationPlan {
  responsiblePersonId: string;
  measures: string;
  funds: string;
  /** ISO-8601 instant */
  deadline: string;
  contingencyPlan: string;
}

export type RequestKind = 'extension' | 'escalation';
export const ESCALATION_NEEDS = ['funds', 'authority', 'other_units', 'expertise'] as const;
export type EscalationNeed = (typeof ESCALATION_NEEDS)[number];

export interface ApprovalRequest {
  id: string;
  kind: RequestKind;
  requestedBy: string;
  requestedAt: number;
  reason: string;
  /** Index in the chain of the leader who must decide now. */
  deciderRung: number;
  deciderId: string;
  deadline: number;
  /** extension: the new deadline asked for (epoch ms) */
  newDeadline?: number;
  /** escalation: what the requester cannot provide, and whether the leader takes over or joins */
  needs?: EscalationNeed[];
  mode?: 'transfer' | 'co_own';
  /** Leaders who let the decision lapse, in order. */
  lapsedBy: string[];
}

export interface CoOwner {
  person: PersonRef;
  deadline: number;
  missed: boolean;
}

export interface HolderSpan {
  personId: string;
  rung: number;
  level: RungLevel;
  from: number;
  to: number | null;
}

/**
 * 挂牌督办 after the top rung: the superior unit takes the hazard under formal supervision with
 * terms of its own (a deadline, a supervising person, progress reports). Instants are epoch ms.
 */
export interface Supervision {
  /** The supervising unit: the unit of the chain's top rung. */
  unitId: string;
  listedAt: number;
  reason: 'top_rung_deadline_missed' | 'listed_by_hand';
  listedBy: string | null;
  /** The deadline that lapsed at the top (the hazard stays overdue on it until terms are set), or null when listed by hand. */
  lapsedDeadline: number | null;
  /** By when the supervising unit must set the terms; null once set, or once that time has passed (recorded). */
  termsDue: number | null;
  terms: { deadline: number; supervisorId: string; reportEveryMs: number | null; setBy: string; setAt: number; note: string } | null;
  nextReportDue: number | null;
  missedReports: number;
  deadlineMissed: boolean;
}

export interface MissedDeadline {
  action: StageAction | 'decision' | 'co_ownership' | 'supervision_terms' | 'supervision_report';
  personIds: string[];
  deadline: number;
  at: number;
}

export interface LifecycleState {
  hazardId: string;
  unitId: string;
  severity: Severity;
  status: HazardStatus;
  chain: ResponsibilityChain | null;
  currentRung: number | null;
  stage: Stage | null;
  coOwners: CoOwner[];
  pendingRequest: ApprovalRequest | null;
  requestCount: number;
  plan: RectificationPlan | null;
  rectifierId: string | null;
  rectificationAttempts: number;
  verificationFailures: number;
  /** Who may verify (安全员; the superior unit for major hazards). */
  verifiers: string[];
  /** Who may move the hazard to another policy version (principal of the unit and the superior's). */
  supervisors: string[];
  /** 挂牌督办: the superior unit holds the hazard. */
  supervised: boolean;
  /** Patch supervision-stage-v6: a lapse at the top opens supervision (below) instead of stopping the clock. Absent in runs started before. */
  supervisionStage?: boolean;
  supervision?: Supervision | null;
  reviewRequested: boolean;
  /**
   * Patch supervision-reviews-v8: lapses under supervision that come after the hazard's review was
   * asked for (a missed supervision deadline; at lifting, terms set late or reports missed) open a
   * review of their own, once, that weighs what happened since the first.
   */
  supervisionReviews?: boolean;
  supervisionReviewRequested?: boolean;
  /** Patch vacant-rungs-v7: the chain's vacancies were recorded (rungs skipped since are in the events). */
  vacanciesRecorded?: boolean;
  policy: PinnedPolicy;
  holders: HolderSpan[];
  missedDeadlines: MissedDeadline[];
}

export type RejectionCode = 'wrong_state' | 'not_allowed' | 'invalid_input';
export interface Rejection {
  code: RejectionCode;
  message: string;
}


export interface Clock {
  now: number;
  isWorkday: IsWorkday;
}

export class LifecycleRejection extends Error {
  constructor(readonly code: RejectionCode, message: string) {
    super(message);
  }
}

export function holder(state: LifecycleState): ChainRung | null {
  if (!state.chain || state.currentRung === null) return null;
  return state.chain.rungs[state.currentRung] ?? null;
}

/** The rung index above `rung` that the policy's ladder lets the hazard climb to, or null at the top. */
export function nextRung(state: LifecycleState, rung: number): number | null {
  const rungs = state.chain?.rungs ?? [];
  for (let i = rung + 1; i < rungs.length; i++) {
    if (state.policy.document.ladder.includes(rungs[i]!.level)) return i;
  }
  return null;
}

/** Whether the stage's own deadline runs: not while a lapsed hazard waits for its terms, nor after the supervision deadline passed. */
export function stageClockRuns(state: LifecycleState): boolean {
  const s = state.supervision;
  if (!s) return true;
  return s.terms ? !s.deadlineMissed : s.lapsedDeadline === null;
}

/**
 * The deadline a new step gets under supervision: the supervision deadline once the terms are set
 * (every step until verification is due by then); the lapsed one while the terms are awaited, so
 * that the hazard stays overdue until the terms are met.
 */
export function supervisedDeadline(state: LifecycleState, policyDeadline: number): number {
  const s = state.supervision;
  if (!s) return policyDeadline;
  if (s.terms) return s.terms.deadline;
  return s.lapsedDeadline ?? policyDeadline;
}

/** Who verifies now: under supervision with terms set, the supervising person (摘牌 needs the supervising unit's verification). */
export function currentVerifiers(state: LifecycleState): string[] {
  return state.supervision?.terms ? [state.supervision.terms.supervisorId] : state.verifiers;
}
