import { addDuration, type IsWorkday } from './calendar.js';
import { deadlineMs, type PinnedPolicy } from './policy.js';
import type { ChainRung, PersonRef, ResponsibilityChain, RungLevel } from './responsibility-chain.js';
import type { HazardStatus, Severity } from './vocabulary.js';


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

export interface MissedDeadline {
  action: StageAction | 'decision' | 'co_ownership';
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
  reviewRequested: boolean;
  policy: PinnedPolicy;
  holders: HolderSpan[];
  missedDeadlines: MissedDeadline[];
}

export interface Notice {
  recipientId: string;
  kind: string;
}

export interface DomainEvent {
  type: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  notify: Notice[];
}

/**
 * `actsFor`: the person pinned on the chain whose post the actor now holds (a successor after a
 * change of post). The API establishes it from the org chart at the time of the action.
 */
export type LifecycleCommand = { actsFor?: string | null } & (
  | { type: 'acknowledge'; actorId: string; note?: string }
  | { type: 'submitPlan'; actorId: string; plan: RectificationPlan }
  | { type: 'requestExtension'; actorId: string; newDeadline: string; reason: string }
  | { type: 'requestEscalation'; actorId: string; reason: string; needs: EscalationNeed[]; mode: 'transfer' | 'co_own' }
  | { type: 'decide'; actorId: string; requestId: string; approve: boolean; comment: string }
  | { type: 'submitRectification'; actorId: string; summary: string; evidence: string[] }
  | { type: 'verify'; actorId: string; passed: boolean; comment: string }
  | { type: 'migratePolicy'; actorId: string; policy: PinnedPolicy; reason: string }
);

export type RejectionCode = 'wrong_state' | 'not_allowed' | 'invalid_input';
export interface Rejection {
  code: RejectionCode;
  message: string;
}

export interface Outcome {
  state: LifecycleState;
  events: DomainEvent[];
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

const reject = (code: RejectionCode, message: string): never => {
  throw new LifecycleRejection(code, message);
};

// ---------------------------------------------------------------- helpers

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

function deadlineFor(state: LifecycleState, key: Parameters<typeof deadlineMs>[2], clock: Clock): number {
  return addDuration(clock.now, deadlineMs(state.policy.document, state.severity, key), state.policy.document.calendar, clock.isWorkday);
}

function openStage(action: StageAction, deadline: number | null, clock: Clock): Stage {
  return { action, startedAt: clock.now, deadline, reminded: 0 };
}

function actors(state: LifecycleState): string[] {
  const h = holder(state);
  return [...(h ? [h.person.id] : []), ...state.coOwners.map((c) => c.person.id)];
}

function requireHolder(state: LifecycleState, actorId: string, what: string): void {
  if (!actors(state).includes(actorId)) {
    const h = holder(state);
    reject('not_allowed', `only the person who holds this hazard${h ? ` (${h.person.name}, ${h.person.id})` : ''} or a co-owner may ${what}`);
  }
}

function requireOpen(state: LifecycleState): void {
  if (state.status === 'closed') reject('wrong_state', 'the hazard is closed');
  if (!holder(state)) reject('wrong_state', 'the hazard has no responsible person yet');
}

function moveTo(state: LifecycleState, rung: number, clock: Clock): void {
  const last = state.holders[state.holders.length - 1];
  if (last && last.to === null) last.to = clock.now;
  const r = state.chain!.rungs[rung]!;
  state.currentRung = rung;
  state.holders.push({ personId: r.person.id, rung, level: r.level, from: clock.now, to: null });
  state.coOwners = state.coOwners.filter((c) => c.person.id !== r.person.id);
}

const clone = (s: LifecycleState): LifecycleState => JSON.parse(JSON.stringify(s)) as LifecycleState;

const iso = (ms: number) => new Date(ms).toISOString();

// ---------------------------------------------------------------- start

export interface StartInput {
  hazardId: string;
  unitId: string;
  severity: Severity;
  chain: ResponsibilityChain;
  verifiers: string[];
  supervisors: string[];
  policy: PinnedPolicy;
}

/** The state once the chain is known: assigned to the first rung of the ladder, or unassigned. */
export function startLifecycle(input: StartInput, clock: Clock): Outcome {
  const state: LifecycleState = {
    hazardId: input.hazardId,
    unitId: input.unitId,
    severity: input.severity,
    status: 'reported',
    chain: input.chain,
    currentRung: null,
    stage: null,
    coOwners: [],
    pendingRequest: null,
    requestCount: 0,
    plan: null,
    rectifierId: null,
    rectificationAttempts: 0,
    verificationFailures: 0,
    verifiers: input.verifiers,
    supervisors: input.supervisors,
    supervised: false,
    reviewRequested: false,
    policy: input.policy,
    holders: [],
    missedDeadlines: [],
  };
  const first = input.chain.rungs.findIndex((r) => input.policy.document.ladder.includes(r.level));
  if (first < 0) {
    state.status = 'unassigned';
    return {
      state,
      events: [{ type: 'assignment_failed', actorId: null, payload: { chain: input.chain, reason: 'nobody holds a post on the responsibility chain' }, notify: [] }],
    };
  }
  moveTo(state, first, clock);
  state.status = 'assigned';
  state.stage = openStage('acknowledge', deadlineFor(state, 'acknowledge', clock), clock);
  const to = input.chain.rungs[first]!;
  const notify: Notice[] = [{ recipientId: to.person.id, kind: 'assigned' }];
  // 重大隐患 must be reported to the superior unit.
  const superior = input.chain.rungs.find((r) => r.level === 'superior_unit');
  if (input.severity === 'major' && superior && superior.person.id !== to.person.id) notify.push({ recipientId: superior.person.id, kind: 'major_hazard_reported' });
  return {
    state,
    events: [{ type: 'assigned', actorId: null, payload: { chain: input.chain, to, deadline: iso(state.stage.deadline!) }, notify }],
  };
}

// ---------------------------------------------------------------- commands

/** Applies an action; throws LifecycleRejection (and changes nothing) when it is not allowed now. */
export function applyCommand(current: LifecycleState, cmd: LifecycleCommand, clock: Clock): Outcome {
  const state = clone(current);
  const events: DomainEvent[] = [];
  const h = holder(state);
  // Rights belong to the post: a successor acts for the person pinned on the chain.
  const who = cmd.actsFor ?? cmd.actorId;
  switch (cmd.type) {
    case 'acknowledge': {
      requireOpen(state);
      if (state.stage?.action !== 'acknowledge') reject('wrong_state', `the hazard is ${state.status}; it was already acknowledged`);
      requireHolder(state, who, 'acknowledge it');
      acknowledge(state, cmd.actorId, cmd.note ?? null, events, clock);
      break;
    }
    case 'submitPlan': {
      requireOpen(state);
      const allowed = state.stage?.action === 'plan' || (state.severity === 'general' && state.stage?.action === 'rectify' && state.plan === null && state.status === 'acknowledged');
      if (!allowed) reject('wrong_state', `a plan is not expected while the hazard is ${state.status}${state.stage ? ` (waiting for ${state.stage.action})` : ''}`);
      requireHolder(state, who, 'submit its plan');
      const deadline = Date.parse(cmd.plan.deadline);
      if (Number.isNaN(deadline)) reject('invalid_input', 'plan.deadline must be an ISO-8601 date-time');
      if (deadline <= clock.now) reject('invalid_input', 'plan.deadline must be in the future');
      const latest = deadlineFor(state, 'rectify', clock);
      if (deadline > latest) reject('invalid_input', `plan.deadline may be at most ${iso(latest)} under the policy; request an extension for more time`);
      if (state.severity === 'major') {
        for (const key of ['responsiblePersonId', 'measures', 'funds', 'contingencyPlan'] as const) {
          if (!cmd.plan[key]?.trim()) reject('invalid_input', `plan.${key} is required: a major hazard's plan names all five in place (五落实)`);
        }
      }
      state.plan = { ...cmd.plan, deadline: iso(deadline) };
      state.status = 'planned';
      state.stage = openStage('rectify', deadline, clock);
      events.push({ type: 'plan_submitted', actorId: cmd.actorId, payload: { plan: state.plan }, notify: leaderNotice(state, 'plan_submitted') });
      break;
    }
    case 'submitRectification': {
      requireOpen(state);
      const onTheSpot = state.severity === 'general' && state.stage?.action === 'acknowledge';
      if (state.stage?.action !== 'rectify' && !onTheSpot) {
        reject('wrong_state', state.severity === 'major' && state.stage?.action !== 'verify' ? 'a major hazard needs an accepted plan before rectification' : `the hazard is ${state.status}; no rectification is expected now`);
      }
      requireHolder(state, who, 'submit its rectification');
      if (cmd.evidence.length === 0) reject('invalid_input', 'evidence must list at least one photo, file or record');
      // 能马上解决的马上解决: a general hazard fixed on the spot is acknowledged by the same act.
      if (onTheSpot) acknowledge(state, cmd.actorId, 'fixed on the spot', events, clock);
      state.rectifierId = cmd.actorId;
      state.rectificationAttempts++;
      state.status = 'rectified';
      state.stage = openStage('verify', deadlineFor(state, 'verify', clock), clock);
      events.push({
        type: 'rectification_submitted',
        actorId: cmd.actorId,
        payload: { summary: cmd.summary, evidence: cmd.evidence, attempt: state.rectificationAttempts },
        notify: state.verifiers.filter((v) => v !== cmd.actorId).map((v) => ({ recipientId: v, kind: 'verification_due' })),
      });
      break;
    }
    case 'verify': {
      if (state.status === 'closed') reject('wrong_state', 'the hazard is closed');
      if (state.stage?.action !== 'verify') reject('wrong_state', `the hazard is ${state.status}; there is no rectification to verify`);
      if (cmd.actorId === state.rectifierId) reject('not_allowed', 'the person who rectified a hazard may not verify it (separation of duties)');
      if (!state.verifiers.includes(who)) reject('not_allowed', `only the designated verifiers may verify: ${state.verifiers.join(', ') || 'none are appointed'}`);
      if (cmd.passed) {
        events.push({ type: 'verification_passed', actorId: cmd.actorId, payload: { comment: cmd.comment, attempt: state.rectificationAttempts }, notify: [] });
        closeHazard(state, cmd.actorId, events, clock);
      } else {
        state.verificationFailures++;
        state.status = 'rework';
        state.stage = openStage('rectify', deadlineFor(state, 'rectify', clock), clock);
        events.push({
          type: 'verification_failed',
          actorId: cmd.actorId,
          payload: { comment: cmd.comment, failures: state.verificationFailures, newDeadline: iso(state.stage.deadline!) },
          notify: h ? [{ recipientId: h.person.id, kind: 'verification_failed' }] : [],
        });
        if (state.verificationFailures > state.policy.document.maxVerificationFailures) {
          requestReview(state, 'verification_failed_too_often', events);
        }
      }
      break;
    }
    case 'requestExtension':
    case 'requestEscalation': {
      requireOpen(state);
      if (state.stage?.action === 'verify') reject('wrong_state', 'the hazard is waiting for verification');
      if (state.pendingRequest) reject('wrong_state', `request ${state.pendingRequest.id} is still waiting for ${state.pendingRequest.deciderId}'s decision`);
      requireHolder(state, who, cmd.type === 'requestExtension' ? 'request an extension' : 'request escalation');
      const deciderRung = nextRung(state, state.currentRung!);
      if (deciderRung === null) reject('wrong_state', 'there is no leader above the current holder to decide the request');
      const decider = state.chain!.rungs[deciderRung!]!;
      state.requestCount++;
      const request: ApprovalRequest = {
        id: `${state.hazardId}-r${state.requestCount}`,
        kind: cmd.type === 'requestExtension' ? 'extension' : 'escalation',
        requestedBy: who,
        requestedAt: clock.now,
        reason: cmd.reason,
        deciderRung: deciderRung!,
        deciderId: decider.person.id,
        deadline: deadlineFor(state, 'decision', clock),
        lapsedBy: [],
      };
      if (cmd.type === 'requestExtension') {
        if (state.stage?.action === 'acknowledge') reject('wrong_state', 'acknowledging needs no extension; acknowledge the hazard first');
        const newDeadline = Date.parse(cmd.newDeadline);
        if (Number.isNaN(newDeadline)) reject('invalid_input', 'newDeadline must be an ISO-8601 date-time');
        if (state.stage?.deadline !== null && state.stage?.deadline !== undefined && newDeadline <= state.stage.deadline) {
          reject('invalid_input', `newDeadline must be later than the current deadline ${iso(state.stage.deadline)}`);
        }
        if (newDeadline <= clock.now) reject('invalid_input', 'newDeadline must be in the future');
        request.newDeadline = newDeadline;
      } else {
        if (cmd.needs.length === 0) reject('invalid_input', 'needs must name what the leader should provide');
        request.needs = cmd.needs;
        request.mode = cmd.mode;
      }
      state.pendingRequest = request;
      events.push({ type: 'request_submitted', actorId: cmd.actorId, payload: { request: requestView(request) }, notify: [{ recipientId: decider.person.id, kind: 'decision_due' }] });
      break;
    }
    case 'decide': {
      const request = state.pendingRequest;
      if (!request || request.id !== cmd.requestId) reject('wrong_state', `request ${cmd.requestId} is not waiting for a decision`);
      if (request!.deciderId !== who) reject('not_allowed', `only ${request!.deciderId}, the leader on the next rung, may decide request ${request!.id}`);
      state.pendingRequest = null;
      const decided = { request: requestView(request!), approved: cmd.approve, comment: cmd.comment };
      events.push({ type: cmd.approve ? 'request_approved' : 'request_rejected', actorId: cmd.actorId, payload: decided, notify: [{ recipientId: request!.requestedBy, kind: 'request_decided' }] });
      if (cmd.approve && request!.kind === 'extension' && state.stage) {
        const from = state.stage.deadline;
        state.stage.deadline = request!.newDeadline!;
        state.stage.reminded = remindersPassed(state.stage, state.policy.document.reminders, clock.now);
        events.push({ type: 'deadline_extended', actorId: cmd.actorId, payload: { action: state.stage.action, from: from === null ? null : iso(from), to: iso(state.stage.deadline) }, notify: [] });
      }
      if (cmd.approve && request!.kind === 'escalation') {
        const leader = state.chain!.rungs[request!.deciderRung]!;
        if (request!.mode === 'transfer') {
          const from = state.currentRung!;
          moveTo(state, request!.deciderRung, clock);
          if (state.stage) state.stage = { ...openStage(state.stage.action, deadlineFor(state, 'escalationStep', clock), clock) };
          events.push(escalationEvent(state, from, 'request_approved', cmd.actorId));
          markSupervision(state, events);
        } else {
          const deadline = deadlineFor(state, 'escalationStep', clock);
          state.coOwners = [...state.coOwners.filter((c) => c.person.id !== leader.person.id), { person: leader.person, deadline, missed: false }];
          events.push({ type: 'co_owner_added', actorId: cmd.actorId, payload: { coOwner: leader.person, deadline: iso(deadline), needs: request!.needs }, notify: [] });
        }
      }
      break;
    }
    case 'migratePolicy': {
      if (state.status === 'closed') reject('wrong_state', 'the hazard is closed');
      if (!state.supervisors.includes(cmd.actorId)) reject('not_allowed', `only the unit's principal or the superior unit's principal may change a hazard's policy`);
      if (cmd.policy.name === state.policy.name && cmd.policy.version <= state.policy.version) {
        reject('wrong_state', `the hazard already follows ${state.policy.name} v${state.policy.version}; only a newer version can be adopted`);
      }
      const from = { name: state.policy.name, version: state.policy.version };
      state.policy = cmd.policy;
      events.push({ type: 'policy_migrated', actorId: cmd.actorId, payload: { from, to: { name: cmd.policy.name, version: cmd.policy.version }, reason: cmd.reason }, notify: [] });
      break;
    }
  }
  if (cmd.actsFor && cmd.actsFor !== cmd.actorId) {
    for (const e of events) e.payload = { ...e.payload, actsFor: cmd.actsFor };
  }
  return { state, events };
}

function acknowledge(state: LifecycleState, actorId: string, note: string | null, events: DomainEvent[], clock: Clock): void {
  state.status = 'acknowledged';
  const next: StageAction = state.severity === 'major' ? 'plan' : 'rectify';
  state.stage = openStage(next, deadlineFor(state, next, clock), clock);
  events.push({ type: 'acknowledged', actorId, payload: { note, next, deadline: iso(state.stage.deadline!) }, notify: [] });
}

function closeHazard(state: LifecycleState, actorId: string, events: DomainEvent[], clock: Clock): void {
  state.status = 'closed';
  state.stage = null;
  state.pendingRequest = null;
  const last = state.holders[state.holders.length - 1];
  if (last && last.to === null) last.to = clock.now;
  const h = holder(state);
  events.push({ type: 'closed', actorId, payload: { attempts: state.rectificationAttempts }, notify: h ? [{ recipientId: h.person.id, kind: 'closed' }] : [] });
}

function leaderNotice(state: LifecycleState, kind: string): Notice[] {
  const up = nextRung(state, state.currentRung ?? 0);
  return up === null ? [] : [{ recipientId: state.chain!.rungs[up]!.person.id, kind }];
}

function requestReview(state: LifecycleState, reason: string, events: DomainEvent[]): void {
  if (state.reviewRequested) return;
  state.reviewRequested = true;
  events.push({ type: 'accountability_review_requested', actorId: null, payload: { reason }, notify: state.supervisors.map((s) => ({ recipientId: s, kind: 'accountability_review' })) });
}

function escalationEvent(state: LifecycleState, from: number, reason: string, actorId: string | null): DomainEvent {
  const rungs = state.chain!.rungs;
  const to = rungs[state.currentRung!]!;
  return {
    type: 'escalated',
    actorId,
    payload: { reason, from: rungs[from], to, action: state.stage?.action ?? null, deadline: state.stage?.deadline ? iso(state.stage.deadline) : null },
    notify: [
      { recipientId: to.person.id, kind: 'escalated_to_you' },
      { recipientId: rungs[from]!.person.id, kind: 'escalated_from_you' },
    ],
  };
}

function markSupervision(state: LifecycleState, events: DomainEvent[]): void {
  if (!state.supervised && holder(state)?.level === 'superior_unit') {
    state.supervised = true;
    events.push({ type: 'supervision_listed', actorId: null, payload: { by: holder(state) }, notify: [] });
  }
}

function requestView(r: ApprovalRequest) {
  return {
    id: r.id,
    kind: r.kind,
    requestedBy: r.requestedBy,
    reason: r.reason,
    deciderId: r.deciderId,
    deadline: iso(r.deadline),
    ...(r.newDeadline !== undefined ? { newDeadline: iso(r.newDeadline) } : {}),
    ...(r.needs ? { needs: r.needs, mode: r.mode } : {}),
    lapsedBy: r.lapsedBy,
  };
}

// ---------------------------------------------------------------- time

function reminderAt(stage: Stage, fraction: number): number {
  return stage.startedAt + Math.floor((stage.deadline! - stage.startedAt) * fraction);
}

function remindersPassed(stage: Stage, fractions: number[], now: number): number {
  return stage.deadline === null ? fractions.length : fractions.filter((f) => reminderAt(stage, f) <= now).length;
}

/** When something next falls due (a reminder or a deadline), or null when no clock runs. */
export function nextDueAt(state: LifecycleState): number | null {
  if (state.status === 'closed') return null;
  const times: number[] = [];
  const s = state.stage;
  if (s && s.deadline !== null) {
    const fractions = state.policy.document.reminders;
    if (s.reminded < fractions.length) times.push(reminderAt(s, fractions[s.reminded]!));
    times.push(s.deadline);
  }
  for (const c of state.coOwners) if (!c.missed) times.push(c.deadline);
  if (state.pendingRequest) times.push(state.pendingRequest.deadline);
  return times.length ? Math.min(...times) : null;
}

/** Everything due at `clock.now`: reminders, missed deadlines (escalating one rung), lapsed decisions. */
export function advanceTime(current: LifecycleState, clock: Clock): Outcome {
  const state = clone(current);
  const events: DomainEvent[] = [];
  if (state.status === 'closed') return { state, events };
  const fractions = state.policy.document.reminders;

  // Reminders first: a reminder and the deadline due together are both recorded, in order.
  const s = state.stage;
  if (s && s.deadline !== null) {
    while (s.reminded < fractions.length && reminderAt(s, fractions[s.reminded]!) <= clock.now && clock.now < s.deadline) {
      const owners = s.action === 'verify' ? state.verifiers : actors(state);
      events.push({
        type: 'reminder_sent',
        actorId: null,
        payload: { action: s.action, fraction: fractions[s.reminded], deadline: iso(s.deadline), to: owners },
        notify: owners.map((o) => ({ recipientId: o, kind: 'deadline_approaching' })),
      });
      s.reminded++;
    }
    if (clock.now >= s.deadline) missStageDeadline(state, events, clock);
  }

  for (const c of state.coOwners) {
    if (!c.missed && clock.now >= c.deadline) {
      c.missed = true;
      state.missedDeadlines.push({ action: 'co_ownership', personIds: [c.person.id], deadline: c.deadline, at: clock.now });
      events.push({ type: 'deadline_missed', actorId: null, payload: { action: 'co_ownership', personIds: [c.person.id], deadline: iso(c.deadline), lateByMs: clock.now - c.deadline }, notify: [] });
    }
  }

  const r = state.pendingRequest;
  if (r && clock.now >= r.deadline) {
    state.missedDeadlines.push({ action: 'decision', personIds: [r.deciderId], deadline: r.deadline, at: clock.now });
    r.lapsedBy.push(r.deciderId);
    const up = nextRung(state, r.deciderRung);
    const lapsed = { requestId: r.id, leader: r.deciderId, deadline: iso(r.deadline), lateByMs: clock.now - r.deadline };
    if (up === null) {
      state.pendingRequest = null;
      events.push({ type: 'request_expired', actorId: null, payload: { ...lapsed, reason: 'no leader above to decide' }, notify: [{ recipientId: r.requestedBy, kind: 'request_expired' }] });
    } else {
      const next = state.chain!.rungs[up]!;
      r.deciderRung = up;
      r.deciderId = next.person.id;
      r.deadline = deadlineFor(state, 'decision', clock);
      events.push({
        type: 'decision_lapsed',
        actorId: null,
        payload: { ...lapsed, escalatedTo: next.person, newDeadline: iso(r.deadline) },
        notify: [
          { recipientId: next.person.id, kind: 'decision_due' },
          { recipientId: lapsed.leader, kind: 'decision_lapsed' },
        ],
      });
    }
  }
  return { state, events };
}

function missStageDeadline(state: LifecycleState, events: DomainEvent[], clock: Clock): void {
  const stage = state.stage!;
  const owed = stage.action === 'verify' ? state.verifiers : actors(state);
  state.missedDeadlines.push({ action: stage.action, personIds: owed, deadline: stage.deadline!, at: clock.now });
  events.push({
    type: 'deadline_missed',
    actorId: null,
    payload: { action: stage.action, personIds: owed, deadline: iso(stage.deadline!), lateByMs: clock.now - stage.deadline! },
    notify: [],
  });
  const from = state.currentRung!;
  const up = nextRung(state, from);
  if (up === null) {
    // The top rung's deadline has passed: stop the clock and hold people to account, once.
    stage.deadline = null;
    requestReview(state, 'top_rung_deadline_missed', events);
    return;
  }
  moveTo(state, up, clock);
  state.stage = openStage(stage.action, deadlineFor(state, 'escalationStep', clock), clock);
  events.push(escalationEvent(state, from, 'deadline_missed', null));
  markSupervision(state, events);
}
