import type { IncidentLevel } from '../accountability/accountability.js';
import type { EventUnion } from '../shared/event-union.js';
import type { Severity } from '../shared/vocabulary.js';
import type { IncidentState } from './incident.js';

/**
 * Until patch `incident-events-v2` every incident event carried a copy of the whole incident
 * state; those stored payloads still read. From v2 on an event carries only what happened, which
 * `applyIncidentEvent` applies to the view.
 */
interface StateCopy {
  state?: IncidentState;
}

/** A report passed from one level to the next, by a person or because the level let its time pass. */
interface Passed extends StateCopy {
  from: string;
  to: string;
  dueAt: string | null;
  late: boolean;
  lateByMs: number | null;
  note: string | null;
  /** From v2: the index of the level that passed it on, and when. */
  level?: number;
  passedOnAt?: string;
}

/** Every payload an incident's stream (`incident:<id>`) carries, by type, as stored. */
export interface IncidentEventPayloads {
  incident_reported: StateCopy & {
    title: string; severity: Severity; occurredAt: string; dueAt: string | null; late: boolean; lateByMs: number | null;
    /** From v2: the reporting chain as it starts, the unit's level reported. */
    levels?: IncidentLevel[];
    /** The early warnings in force for the unit when it occurred, where there were any. */
    warningIds?: string[];
  };
  report_late: StateCopy & { unitId: string; level: number; dueAt: string | null; lateByMs: number };
  incident_forwarded: Passed;
  forward_missed: Passed;
  incident_report_complete: StateCopy & { reachedTop: string; late: boolean; reviewId: string | null };
  /** A hazard the incident came from was open and overdue: its holders' review opens (or was open already), the loss aggravating. */
  hazard_review_opened: { hazardId: string; reviewId: string; alreadyOpen: boolean };
}

export type IncidentEvent = EventUnion<IncidentEventPayloads>;
