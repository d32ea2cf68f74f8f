import type { IncidentLevel } from '../accountability/accountability.js';
import type { IncidentState } from './incident.js';
import type { IncidentEvent } from './incident-events.js';

/** What the read model keeps of an incident: everything of its state but the workflow's cursor. */
export type IncidentView = Pick<IncidentState, 'status' | 'levels' | 'late' | 'reviewId'>;

/**
 * The one reader of an incident's events: the view after `event`. Events recorded before patch
 * `incident-events-v2` carry the whole state, which is taken as it is; later ones carry only what
 * happened, and this applies it exactly as the workflow changed its own state.
 */
export function applyIncidentEvent(view: IncidentView | null, event: IncidentEvent): IncidentView {
  const p = event.payload;
  if ('state' in p && p.state) return { status: p.state.status, levels: p.state.levels, late: p.state.late, reviewId: p.state.reviewId };
  const levels = (view?.levels ?? []).map((l): IncidentLevel => ({ ...l }));
  const base: IncidentView = view ? { ...view, levels } : { status: 'reporting', levels, late: false, reviewId: null };
  switch (event.type) {
    case 'incident_reported': {
      const e = event.payload;
      return { status: 'reporting', levels: (e.levels ?? []).map((l) => ({ ...l })), late: e.late, reviewId: null };
    }
    case 'report_late': {
      const level = levels[event.payload.level];
      if (level) level.dueAt = event.payload.dueAt;
      return { ...base, late: true };
    }
    case 'incident_forwarded':
    case 'forward_missed': {
      const e = event.payload;
      const i = e.level ?? levels.findIndex((l) => l.unitId === e.from);
      const level = levels[i];
      const next = levels[i + 1];
      if (level) Object.assign(level, { dueAt: e.dueAt, passedOnAt: e.passedOnAt ?? null, outcome: event.type === 'incident_forwarded' ? 'forwarded' : 'missed', actorId: event.actorId });
      if (next) next.receivedAt = e.passedOnAt ?? next.receivedAt;
      return base;
    }
    case 'incident_report_complete': {
      const top = levels[levels.length - 1];
      if (top && levels.length > 1) top.outcome = 'received';
      return { ...base, status: 'complete', reviewId: event.payload.reviewId };
    }
    case 'hazard_review_opened':
      // The hazard's review is its own case; the incident's stream records that it opened.
      return base;
    default: {
      const unknown: never = event;
      throw new Error(`unknown incident event ${String((unknown as { type?: unknown }).type)}`);
    }
  }
}
