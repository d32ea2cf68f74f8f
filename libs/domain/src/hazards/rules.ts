import { deadlineMs } from '../policies/policy.js';
import { addDuration } from '../shared/calendar.js';
import type { DomainEvent, Notice } from './events.js';
import type { NoticeKind } from '../notifications/notice-kinds.js';
import { type ApprovalRequest, type Clock, LifecycleRejection, type LifecycleState, type RejectionCode, type Stage, type StageAction, holder, nextRung, supervisedDeadline } from './state.js';

/** Transitions shared by the command and deadline reducers; internal to the hazards feature (not exported from the domain's index). */

export const reject = (code: RejectionCode, message: string): never => {
  throw new LifecycleRejection(code, message);
};

export function deadlineFor(state: LifecycleState, key: Parameters<typeof deadlineMs>[2], clock: Clock): number {
  const due = addDuration(clock.now, deadlineMs(state.policy.document, state.severity, key), state.policy.document.calendar, clock.isWorkday);
  // A leader's decision keeps its own time; every step of the hazard is bound by supervision's.
  return key === 'decision' ? due : supervisedDeadline(state, due);
}

export function openStage(action: StageAction, deadline: number | null, clock: Clock): Stage {
  return { action, startedAt: clock.now, deadline, reminded: 0 };
}

export function actors(state: LifecycleState): string[] {
  const h = holder(state);
  return [...(h ? [h.person.id] : []), ...state.coOwners.map((c) => c.person.id)];
}

export function requireHolder(state: LifecycleState, actorId: string, what: string): void {
  if (!actors(state).includes(actorId)) {
    const h = holder(state);
    reject('not_allowed', `only the person who holds this hazard${h ? ` (${h.person.name}, ${h.person.id})` : ''} or a co-owner may ${what}`);
  }
}

export function requireOpen(state: LifecycleState): void {
  if (state.status === 'closed') reject('wrong_state', 'the hazard is closed');
  if (!holder(state)) reject('wrong_state', 'the hazard has no responsible person yet');
}

export function moveTo(state: LifecycleState, rung: number, clock: Clock): void {
  const last = state.holders[state.holders.length - 1];
  if (last && last.to === null) last.to = clock.now;
  const r = state.chain!.rungs[rung]!;
  state.currentRung = rung;
  state.holders.push({ personId: r.person.id, rung, level: r.level, from: clock.now, to: null });
  state.coOwners = state.coOwners.filter((c) => c.person.id !== r.person.id);
}

export const clone = (s: LifecycleState): LifecycleState => JSON.parse(JSON.stringify(s)) as LifecycleState;

export const iso = (ms: number) => new Date(ms).toISOString();
export function acknowledge(state: LifecycleState, actorId: string, note: string | null, events: DomainEvent[], clock: Clock): void {
  state.status = 'acknowledged';
  const next: StageAction = state.severity === 'major' ? 'plan' : 'rectify';
  state.stage = openStage(next, deadlineFor(state, next, clock), clock);
  events.push({ type: 'acknowledged', actorId, payload: { note, next, deadline: iso(state.stage.deadline!) }, notify: [] });
}

export function closeHazard(state: LifecycleState, actorId: string, events: DomainEvent[], clock: Clock): void {
  state.status = 'closed';
  state.stage = null;
  state.pendingRequest = null;
  const last = state.holders[state.holders.length - 1];
  if (last && last.to === null) last.to = clock.now;
  const h = holder(state);
  events.push({ type: 'closed', actorId, payload: { attempts: state.rectificationAttempts }, notify: h ? [{ recipientId: h.person.id, kind: 'closed' }] : [] });
}

export function leaderNotice(state: LifecycleState, kind: NoticeKind): Notice[] {
  const up = nextRung(state, state.currentRung ?? 0);
  return up === null ? [] : [{ recipientId: state.chain!.rungs[up]!.person.id, kind }];
}

/** The reason of the follow-up review of lapses under supervision. */
export const SUPERVISION_LAPSES = 'supervision_lapses';

export function requestReview(state: LifecycleState, reason: string, events: DomainEvent[]): void {
  if (state.reviewRequested) {
    // Lapses under supervision after the hazard's review was asked for get a review of their own, once.
    if (state.supervisionReviews && state.supervision && !state.supervisionReviewRequested && (reason === 'supervision_deadline_missed' || reason === SUPERVISION_LAPSES)) {
      state.supervisionReviewRequested = true;
      events.push({ type: 'accountability_review_requested', actorId: null, payload: { reason: SUPERVISION_LAPSES }, notify: state.supervisors.map((s) => ({ recipientId: s, kind: 'accountability_review' })) });
    }
    return;
  }
  state.reviewRequested = true;
  events.push({ type: 'accountability_review_requested', actorId: null, payload: { reason }, notify: state.supervisors.map((s) => ({ recipientId: s, kind: 'accountability_review' })) });
}

export function escalationEvent(state: LifecycleState, from: number, reason: string, actorId: string | null): DomainEvent {
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

export function markSupervision(state: LifecycleState, events: DomainEvent[]): void {
  if (!state.supervised && holder(state)?.level === 'superior_unit') {
    state.supervised = true;
    events.push({ type: 'supervision_listed', actorId: null, payload: { by: holder(state) }, notify: [] });
  }
}

/** One step up the ladder: the rung above takes the current step with an escalation step's deadline, and is told. */
export function escalateTo(state: LifecycleState, up: number, reason: string, actorId: string | null, events: DomainEvent[], clock: Clock): void {
  const from = state.currentRung!;
  moveTo(state, up, clock);
  if (state.stage) state.stage = openStage(state.stage.action, deadlineFor(state, 'escalationStep', clock), clock);
  events.push(escalationEvent(state, from, reason, actorId));
  markSupervision(state, events);
}

export function requestView(r: ApprovalRequest) {
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
