import { disciplineOf } from '../discipline/discipline.js';
import type { DomainEvent, Outcome } from './events.js';
import { actors, clone, deadlineFor, escalateTo, iso, requestReview } from './rules.js';
import { type Clock, type LifecycleState, type Stage, currentVerifiers, nextRung, stageClockRuns } from './state.js';
import { advanceSupervision, openSupervision, supervisionDueTimes } from './supervision.js';

/** What time does to a hazard: reminders, missed deadlines that climb the ladder, lapsed decisions. */

function reminderAt(stage: Stage, fraction: number): number {
  return stage.startedAt + Math.floor((stage.deadline! - stage.startedAt) * fraction);
}

export function remindersPassed(stage: Stage, fractions: number[], now: number): number {
  return stage.deadline === null ? fractions.length : fractions.filter((f) => reminderAt(stage, f) <= now).length;
}

/** When something next falls due (a reminder or a deadline), or null when no clock runs. */
export function nextDueAt(state: LifecycleState): number | null {
  if (state.status === 'closed') return null;
  const times: number[] = [];
  const s = state.stage;
  if (s && s.deadline !== null && stageClockRuns(state)) {
    const fractions = state.policy.document.reminders;
    if (s.reminded < fractions.length) times.push(reminderAt(s, fractions[s.reminded]!));
    times.push(s.deadline);
  }
  times.push(...supervisionDueTimes(state));
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
  if (s && s.deadline !== null && stageClockRuns(state)) {
    while (s.reminded < fractions.length && reminderAt(s, fractions[s.reminded]!) <= clock.now && clock.now < s.deadline) {
      const owners = s.action === 'verify' ? currentVerifiers(state) : actors(state);
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
  advanceSupervision(state, events, clock);

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
  const owed = stage.action === 'verify' ? currentVerifiers(state) : actors(state);
  state.missedDeadlines.push({ action: stage.action, personIds: owed, deadline: stage.deadline!, at: clock.now });
  events.push({
    type: 'deadline_missed',
    actorId: null,
    payload: { action: stage.action, personIds: owed, deadline: iso(stage.deadline!), lateByMs: clock.now - stage.deadline! },
    notify: state.supervision?.terms ? [{ recipientId: state.supervision.terms.supervisorId, kind: 'supervision_deadline_missed' }] : [],
  });
  // Policy: enough missed deadlines on the way open the review, even if the hazard is fixed later.
  const trigger = disciplineOf(state.policy.document).reviews.afterMissedDeadlines;
  if (trigger > 0 && state.missedDeadlines.length >= trigger) requestReview(state, 'deadlines_missed', events);
  const from = state.currentRung!;
  const up = nextRung(state, from);
  if (up === null) {
    const sup = state.supervision;
    if (sup) {
      // Under supervision: the deadline stays passed (the hazard overdue) until the terms are met.
      if (sup.terms) sup.deadlineMissed = true;
      else sup.lapsedDeadline = stage.deadline;
      requestReview(state, sup.terms ? 'supervision_deadline_missed' : 'top_rung_deadline_missed', events);
      return;
    }
    if (state.supervisionStage) {
      // 挂牌督办: the superior unit takes the hazard under supervision with terms of its own.
      requestReview(state, 'top_rung_deadline_missed', events);
      openSupervision(state, 'top_rung_deadline_missed', null, null, stage.deadline!, events, clock);
      return;
    }
    // Runs started before supervision-stage-v6: stop the clock and hold people to account, once.
    stage.deadline = null;
    requestReview(state, 'top_rung_deadline_missed', events);
    return;
  }
  escalateTo(state, up, 'deadline_missed', null, events, clock);
}
