import type { EventUnion } from '../shared/event-union.js';
import type { Severity } from '../shared/vocabulary.js';
import type { IncidentState } from './incident.js';

/** A report passed from one level to the next, by a person or because the level let its time pass. */
interface Passed {
  from: string;
  to: string;
  dueAt: string | null;
  late: boolean;
  lateByMs: number | null;
  note: string | null;
  state: IncidentState;
}

/**
 * Every payload an incident's stream (`incident:<id>`) carries, by type, as stored. Each carries
 * the whole incident state (`state`), which the read model is refreshed from.
 */
export interface IncidentEventPayloads {
  incident_reported: { title: string; severity: Severity; occurredAt: string; dueAt: string | null; late: boolean; lateByMs: number | null; state: IncidentState };
  report_late: { unitId: string; level: number; dueAt: string | null; lateByMs: number; state: IncidentState };
  incident_forwarded: Passed;
  forward_missed: Passed;
  incident_report_complete: { reachedTop: string; late: boolean; reviewId: string | null; state: IncidentState };
}

export type IncidentEvent = EventUnion<IncidentEventPayloads>;
