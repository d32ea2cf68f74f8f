import type { IncidentLevel } from '../accountability/accountability.js';
import type { IncidentPolicy } from '../discipline/discipline.js';
import type { Severity } from '../shared/vocabulary.js';

export interface IncidentWorkflowInput {
  incidentId: string;
  unitId: string;
  severity: Severity;
  title: string;
  /** ISO-8601 instants */
  occurredAt: string;
  reportedAt: string;
  reportedBy: string;
  policy: { name: string; version: number; incidents: IncidentPolicy };
  correlationId: string | null;
  /** The hazards the incident came from (from incident-hazard-reviews-v3 on). */
  hazardIds?: string[];
  /** The early warnings in force for the unit when it occurred (linked, not acted on). */
  warningIds?: string[];
}

export interface IncidentState {
  incidentId: string;
  status: 'reporting' | 'complete';
  levels: IncidentLevel[];
  /** Index of the level that holds the report now. */
  current: number;
  late: boolean;
  reviewId: string | null;
}
