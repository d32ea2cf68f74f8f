import { chinaYear } from './calendar.js';
import type { Conduct, IncidentPolicy, CampaignPolicy, LetterPolicy, Sanction } from './discipline.js';
import type { IncidentLevel, LetterLevel } from './accountability.js';
import type { Notice } from './lifecycle.js';
import type { PinnedPolicy } from './policy.js';
import type { HazardCategory, Severity } from './vocabulary.js';

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

export const incidentReviewId = (incidentId: string) => `accountability-review-incident-${incidentId}`;
export const incidentWorkflowId = (incidentId: string) => `incident-${incidentId}`;
export const campaignWorkflowId = (campaignId: string) => `campaign-${campaignId}`;
export const campaignUnitWorkflowId = (campaignId: string, unitId: string) => `campaign-${campaignId}-${unitId}`;
export const signingWorkflowId = (signingId: string) => `letter-signing-${signingId}`;

// ---------------------------------------------------------------- accountability reviews

export interface ReviewProposalState {
  id: string;
  personId: string;
  conducts: Conduct[];
  proposedSanction: Sanction;
  status: 'proposed' | 'accepted' | 'changed' | 'dismissed';
  decidedSanction: Sanction | null;
}

/** What a review has prepared: its proposals, the authorities in order and the policy's times. */
export interface PreparedReview {
  proposals: Array<Pick<ReviewProposalState, 'id' | 'personId' | 'conducts' | 'proposedSanction'>>;
  /** The reviewing authority first, then whoever a lapsed decision passes to. */
  authorities: Array<{ unitId: string; personId: string }>;
  statementWindowMs: number;
  decisionMs: number;
  severity: Severity;
}

export interface ReviewState {
  reviewId: string;
  status: 'preparing' | 'statements' | 'deciding' | 'decided' | 'no_sanctions';
  proposals: ReviewProposalState[];
  statementsFrom: string[];
  authority: { unitId: string; personId: string } | null;
  lapsedAuthorities: string[];
  /** Epoch ms */
  statementsUntil: number | null;
  decisionDeadline: number | null;
}

// ---------------------------------------------------------------- incidents

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

// ---------------------------------------------------------------- supervision campaigns

export interface ChecklistItem {
  id: string;
  text: string;
  category: HazardCategory;
  severity: Severity;
}

export interface InspectionResult {
  itemId: string;
  passed: boolean;
  note?: string;
  evidence?: string[];
}

export interface CampaignInput {
  campaignId: string;
  issuerUnitId: string;
  title: string;
  checklist: ChecklistItem[];
  unitIds: string[];
  /** ISO-8601 instants */
  startedAt: string;
  deadline: string;
  policy: PinnedPolicy;
  createdBy: string;
}

export interface CampaignUnitInput {
  campaignId: string;
  unitId: string;
  title: string;
  checklist: ChecklistItem[];
  startedAt: string;
  deadline: string;
  policy: PinnedPolicy;
  campaigns: CampaignPolicy;
}

export interface CampaignUnitState {
  campaignId: string;
  unitId: string;
  status: 'pending' | 'submitted' | 'not_submitted';
  submissions: number;
  /** Checklist item → the hazard its failure opened. */
  hazards: Record<string, string>;
  reminders: number;
  escalated: boolean;
}

// ---------------------------------------------------------------- responsibility letters

export interface LetterDraft {
  id: string;
  unitId: string;
  level: LetterLevel;
  signerId: string;
  counterpartyId: string | null;
  categories: string[];
}

export interface SigningInput {
  signingId: string;
  unitId: string;
  year: number;
  /** ISO-8601 instants */
  startedAt: string;
  deadline: string;
  letters: LetterPolicy;
  createdBy: string;
}

export interface LetterState {
  id: string;
  signerId: string;
  counterpartyId: string | null;
  unitId: string;
  status: 'pending' | 'signed' | 'overdue' | 'unsigned';
}

export interface SigningState {
  signingId: string;
  status: 'running' | 'closed';
  letters: LetterState[];
}

/** The period a letter of a year covers: the calendar year in China (UTC+8), to its last millisecond. */
export function letterPeriod(year: number): { periodStart: string; periodEnd: string } {
  const { start, end } = chinaYear(year);
  return { periodStart: new Date(start).toISOString(), periodEnd: new Date(end - 1).toISOString() };
}

// ---------------------------------------------------------------- campaign reports

/** What a campaign compiles at its end for the authorities (the status report the seed asks for). */
export interface CampaignUnitReport {
  unitId: string;
  unitName: string;
  submitted: boolean;
  submittedAt: string | null;
  reminders: number;
  escalated: boolean;
  itemsChecked: number;
  itemsFailed: string[];
  hazardsOpened: { general: number; major: number };
  overdueHazards: number;
  omitted: Array<{ hazardId: string; category: string; title: string }>;
}

export interface CampaignReport {
  campaignId: string;
  title: string;
  issuerUnitId: string;
  deadline: string;
  compiledAt: string;
  units: CampaignUnitReport[];
  summary: {
    units: number;
    submitted: number;
    notSubmitted: number;
    itemsFailed: number;
    hazardsOpened: { general: number; major: number };
    overdueHazards: number;
    omitted: number;
  };
}
