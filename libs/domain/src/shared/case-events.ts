import type { ReviewEvent } from '../accountability/review-events.js';
import type { CampaignEvent } from '../campaigns/campaign-events.js';
import type { UnitEvent } from '../discipline/unit-events.js';
import type { Notice } from '../hazards/events.js';
import type { IncidentEvent } from '../incidents/incident-events.js';
import type { SigningEvent } from '../letters/signing-events.js';
import type { ScheduleEvent } from '../schedules/schedule-events.js';
import type { WarningEvent } from '../warnings/warning.js';
import type { PlanEvent } from '../plans/contingency-plan.js';
import type { ShiftEvent } from '../roster/shift.js';
import type { RiskEvent } from '../risk/risk-template.js';
import type { StatisticsEvent } from '../statistics/statistics-report.js';

/**
 * Reviews, incidents, campaigns, signings and units each keep an append-only event stream in
 * `case_events`, numbered by their workflow as a hazard's events are. Event types are unique
 * across the streams, so the type alone says which union an event belongs to.
 */
export type StreamEvent = ReviewEvent | IncidentEvent | CampaignEvent | SigningEvent | UnitEvent | ScheduleEvent | WarningEvent | ShiftEvent | RiskEvent | PlanEvent | StatisticsEvent;

/** What a case workflow emits: an event and the notices it causes. */
export type CaseEvent = StreamEvent & { notify: Notice[] };

export type CaseEventRecord = CaseEvent & {
  stream: string;
  sequence: number;
  /** ISO-8601 instant */
  occurredAt: string;
  correlationId: string | null;
};

export const reviewStream = (reviewId: string) => `review:${reviewId}`;
/** A review's proposal for one person: one per person and review. */
export const reviewProposalId = (reviewId: string, personId: string) => `${reviewId}:${personId}`;
export const incidentStream = (incidentId: string) => `incident:${incidentId}`;
export const campaignStream = (campaignId: string, unitId?: string) => (unitId ? `campaign:${campaignId}:${unitId}` : `campaign:${campaignId}`);
export const signingStream = (signingId: string) => `signing:${signingId}`;
export const unitStream = (unitId: string) => `unit:${unitId}`;
