import { disciplineOf } from '../discipline/discipline.js';
import { parseDuration } from '../shared/durations.js';
import type { DomainEvent } from './events.js';
import { actors, iso, reject } from './rules.js';
import { type Clock, type LifecycleState, holder } from './state.js';

/** 挂牌督办 as a stage with its own clock: listing, terms, progress reports, and what time does to them. */

export type SupervisionCommand =
  | { type: 'listForSupervision'; actorId: string; reason: string }
  | { type: 'setSupervisionTerms'; actorId: string; deadline: string; supervisorId: string; reportEvery: string | null; note: string }
  | { type: 'reportProgress'; actorId: string; text: string };

/** Opens supervision: the superior unit must set its terms within the policy's time. */
export function openSupervision(state: LifecycleState, reason: 'top_rung_deadline_missed' | 'listed_by_hand', by: string | null, note: string | null, lapsedDeadline: number | null, events: DomainEvent[], clock: Clock): void {
  const top = state.chain!.rungs[state.chain!.rungs.length - 1]!;
  const termsDue = clock.now + parseDuration(disciplineOf(state.policy.document).supervision.termsWithin);
  state.supervisionStage = true;
  state.supervised = true;
  state.supervision = { unitId: top.unitId, listedAt: clock.now, reason, listedBy: by, lapsedDeadline, termsDue, terms: null, nextReportDue: null, missedReports: 0, deadlineMissed: false };
  if (lapsedDeadline !== null && state.stage) state.stage.deadline = lapsedDeadline;
  events.push({
    type: 'supervision_opened',
    actorId: by,
    payload: { unitId: top.unitId, reason, termsDue: iso(termsDue), note },
    notify: [...new Set([...state.supervisors, ...actors(state)])].map((recipientId) => ({ recipientId, kind: 'supervision_opened' })),
  });
}

/** What supervision's clock brings at `clock.now`: terms not set in time, progress reports missed. */
export function advanceSupervision(state: LifecycleState, events: DomainEvent[], clock: Clock): void {
  const s = state.supervision;
  if (!s || state.status === 'closed') return;
  if (!s.terms && s.termsDue !== null && clock.now >= s.termsDue) {
    const owed = [state.chain!.rungs[state.chain!.rungs.length - 1]!.person.id];
    state.missedDeadlines.push({ action: 'supervision_terms', personIds: owed, deadline: s.termsDue, at: clock.now });
    events.push({ type: 'supervision_terms_lapsed', actorId: null, payload: { termsDue: iso(s.termsDue), personIds: owed }, notify: state.supervisors.map((recipientId) => ({ recipientId, kind: 'supervision_terms_lapsed' })) });
    s.termsDue = null;
  }
  const every = s.terms?.reportEveryMs ?? null;
  while (s.terms && every !== null && s.nextReportDue !== null && clock.now >= s.nextReportDue && !s.deadlineMissed) {
    const owed = actors(state);
    s.missedReports++;
    state.missedDeadlines.push({ action: 'supervision_report', personIds: owed, deadline: s.nextReportDue, at: clock.now });
    events.push({ type: 'supervision_report_missed', actorId: null, payload: { due: iso(s.nextReportDue), personIds: owed, missed: s.missedReports }, notify: [s.terms.supervisorId, ...owed].map((recipientId) => ({ recipientId, kind: 'supervision_report_missed' })) });
    s.nextReportDue += every;
  }
}

/** The times supervision waits for, for the workflow's timer. */
export function supervisionDueTimes(state: LifecycleState): number[] {
  const s = state.supervision;
  if (!s || state.status === 'closed') return [];
  if (!s.terms) return s.termsDue === null ? [] : [s.termsDue];
  return s.nextReportDue === null || s.deadlineMissed ? [] : [s.nextReportDue];
}

export function applySupervisionCommand(state: LifecycleState, cmd: SupervisionCommand, events: DomainEvent[], clock: Clock): void {
  if (state.status === 'closed' || state.status === 'unassigned') reject('wrong_state', `the hazard is ${state.status}`);
  const s = state.supervision;
  switch (cmd.type) {
    case 'listForSupervision': {
      if (s) reject('wrong_state', 'the hazard is already under supervision (挂牌督办)');
      if (!cmd.reason?.trim()) reject('invalid_input', 'reason must not be empty');
      // A hazard that lapsed at the top before supervision existed (its clock stopped) is overdue on that lapsed deadline until terms are set.
      const lapsed = state.stage && state.stage.deadline === null && holder(state) ? (state.missedDeadlines[state.missedDeadlines.length - 1]?.deadline ?? clock.now) : null;
      openSupervision(state, 'listed_by_hand', cmd.actorId, cmd.reason.trim(), lapsed, events, clock);
      return;
    }
    case 'setSupervisionTerms': {
      if (!s) reject('wrong_state', 'the hazard is not under supervision');
      if (s!.terms) reject('wrong_state', `the supervision terms were set by ${s!.terms.setBy} at ${iso(s!.terms.setAt)}`);
      const deadline = Date.parse(cmd.deadline);
      if (Number.isNaN(deadline)) reject('invalid_input', 'deadline must be an ISO-8601 date-time');
      if (deadline <= clock.now) reject('invalid_input', 'deadline must be in the future');
      const longest = disciplineOf(state.policy.document).supervision.longestDeadline;
      if (deadline > clock.now + parseDuration(longest)) reject('invalid_input', `deadline may be at most ${longest} away under the policy`);
      let every: number | null = null;
      if (cmd.reportEvery !== null && cmd.reportEvery !== undefined) {
        try {
          every = parseDuration(cmd.reportEvery);
        } catch (err) {
          reject('invalid_input', `reportEvery: ${(err as Error).message}`);
        }
        if (clock.now + every! >= deadline) reject('invalid_input', 'reportEvery must be shorter than the time to the deadline');
      }
      if (actors(state).includes(cmd.supervisorId)) reject('invalid_input', 'supervisorId: the person who holds the hazard cannot supervise it');
      s!.terms = { deadline, supervisorId: cmd.supervisorId, reportEveryMs: every, setBy: cmd.actorId, setAt: clock.now, note: cmd.note?.trim() ?? '' };
      s!.termsDue = null;
      s!.nextReportDue = every === null ? null : clock.now + every;
      if (state.stage) state.stage = { ...state.stage, startedAt: clock.now, deadline, reminded: 0 };
      events.push({
        type: 'supervision_terms_set',
        actorId: cmd.actorId,
        payload: { deadline: iso(deadline), supervisorId: cmd.supervisorId, reportEvery: cmd.reportEvery ?? null, note: s!.terms.note },
        notify: [cmd.supervisorId, ...actors(state)].map((recipientId) => ({ recipientId, kind: 'supervision_terms_set' })),
      });
      return;
    }
    case 'reportProgress': {
      if (!s?.terms) reject('wrong_state', s ? 'the supervision terms are not set yet' : 'the hazard is not under supervision');
      if (!actors(state).includes(cmd.actorId)) reject('not_allowed', 'only the person who holds the hazard or a co-owner may report its progress');
      if (!cmd.text?.trim()) reject('invalid_input', 'text must not be empty');
      const every = s!.terms!.reportEveryMs;
      s!.nextReportDue = every === null ? null : clock.now + every;
      events.push({
        type: 'supervision_progress_reported',
        actorId: cmd.actorId,
        payload: { text: cmd.text.trim(), nextReportDue: s!.nextReportDue === null ? null : iso(s!.nextReportDue) },
        notify: [{ recipientId: s!.terms!.supervisorId, kind: 'supervision_progress_reported' }],
      });
      return;
    }
  }
}
