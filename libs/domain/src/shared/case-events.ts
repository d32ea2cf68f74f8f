import type { Notice } from '../hazards/events.js';

/**
 * Reviews, incidents, campaigns and signings each keep an append-only event stream in
 * `case_events`, numbered by their workflow as a hazard's events are.
 */
export interface CaseEvent {
  type: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  notify: Notice[];
}

export interface CaseEventRecord extends CaseEvent {
  stream: string;
  sequence: number;
  /** ISO-8601 instant */
  occurredAt: string;
  correlationId: string | null;
}

export const reviewStream = (reviewId: string) => `review:${reviewId}`;
export const incidentStream = (incidentId: string) => `incident:${incidentId}`;
export const campaignStream = (campaignId: string, unitId?: string) => (unitId ? `campaign:${campaignId}:${unitId}` : `campaign:${campaignId}`);
export const signingStream = (signingId: string) => `signing:${signingId}`;
export const unitStream = (unitId: string) => `unit:${unitId}`;
