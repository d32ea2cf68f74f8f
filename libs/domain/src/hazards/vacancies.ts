import type { RungLevel } from '../org/responsibility-chain.js';
import type { DomainEvent, Outcome } from './events.js';
import { clone, escalateTo } from './rules.js';
import { type Clock, type LifecycleState, nextRung } from './state.js';

/**
 * Vacant posts (patch vacant-rungs-v7). A rung whose post nobody holds is skipped at once instead
 * of waiting out its deadline, and each vacancy is recorded as a finding against the unit that left
 * the post empty: those the chain already skipped when the hazard was assigned, and a post that
 * emptied after (its holder left and no successor or acting person was named).
 */

/** The vacancies the chain skipped when it was resolved, as events (once, just after assignment). */
export function recordChainVacancies(current: LifecycleState): Outcome {
  const state = clone(current);
  const events: DomainEvent[] = [];
  for (const gap of state.chain?.gaps ?? []) {
    if (gap.kind !== 'vacant' || !gap.unitId) continue;
    events.push(vacancyEvent(gap.level, gap.unitId, null, null, 'at_assignment', []));
  }
  state.vacanciesRecorded = true;
  return { state, events };
}

/** The current holder's post is vacant now: record it against its unit and move up at once (a vacant top rung is only recorded). */
export function skipVacantRung(current: LifecycleState, rung: number, clock: Clock): Outcome {
  const state = clone(current);
  const events: DomainEvent[] = [];
  const stage = state.stage;
  if (state.status === 'closed' || state.currentRung !== rung || !state.chain) return { state, events };
  const vacant = state.chain.rungs[rung]!;
  const up = nextRung(state, rung);
  const next = up === null ? null : state.chain.rungs[up]!;
  events.push(vacancyEvent(vacant.level, vacant.unitId, vacant.person.id, rung, 'at_escalation', next ? [next.person.id] : state.supervisors));
  // Only the holder's own steps wait on the post; verification waits on the verifiers.
  if (up === null || !stage || stage.action === 'verify') return { state, events };
  escalateTo(state, up, 'post_vacant', null, events, clock);
  return { state, events };
}

function vacancyEvent(level: RungLevel, unitId: string, personId: string | null, rung: number | null, found: 'at_assignment' | 'at_escalation', notify: string[]): DomainEvent {
  return { type: 'rung_vacant', actorId: null, payload: { level, unitId, personId, rung, found }, notify: notify.map((recipientId) => ({ recipientId, kind: 'post_vacant' })) };
}
