import type { ReviewEventPayloads } from '../accountability/review-events.js';
import type { CampaignEventPayloads } from '../campaigns/campaign-events.js';
import type { UnitEventPayloads } from '../discipline/unit-events.js';
import type { IncidentEventPayloads } from '../incidents/incident-events.js';
import type { SigningEventPayloads } from '../letters/signing-events.js';
import type { ScheduleEventPayloads } from '../schedules/schedule-events.js';
import type { WarningEventPayloads } from '../warnings/warning.js';
import type { PlanEventPayloads } from '../plans/contingency-plan.js';
import type { StatisticsEventPayloads } from '../statistics/statistics-report.js';
import type { ShiftEventPayloads } from '../roster/shift.js';
import type { RiskEventPayloads } from '../risk/risk-template.js';
import type { StreamEvent } from './case-events.js';
import { checkStoredEvent, type StoredEvent } from './stored-event.js';

type Required<P> = { [T in keyof P]: ReadonlyArray<keyof P[T]> };

/**
 * The payload fields each case event type always carries, keyed by the unions, so a type added or
 * a field renamed there is a compile error here.
 */
const REQUIRED: Required<ReviewEventPayloads & IncidentEventPayloads & CampaignEventPayloads & SigningEventPayloads & UnitEventPayloads & ScheduleEventPayloads & WarningEventPayloads & ShiftEventPayloads & RiskEventPayloads & PlanEventPayloads & StatisticsEventPayloads> = {
  review_opened: ['status', 'authority', 'statementsUntil', 'decisionDeadline', 'reason', 'proposals'],
  statement_submitted: ['text'],
  finding_added: ['personId', 'conduct', 'detail', 'evidence', 'proposal', 'statementsUntil'],
  decisions_open: ['status', 'authority', 'statementsUntil', 'decisionDeadline', 'statementsFrom'],
  review_decision_lapsed: ['status', 'authority', 'statementsUntil', 'decisionDeadline', 'lapsedBy', 'escalatedTo'],
  proposal_decided: ['proposalId', 'personId', 'outcome', 'status', 'proposed', 'sanction', 'reason', 'startsAt', 'endsAt', 'severity'],
  review_closed: ['status'],
  appeals_open: ['status', 'appealsUntil', 'proposalIds'],
  sanction_appealed: ['proposalId', 'personId', 'grounds', 'authority', 'deadline'],
  appeal_decided: ['proposalId', 'personId', 'outcome', 'sanction', 'reason', 'endsAt'],
  appeal_lapsed: ['proposalId', 'personId', 'authority', 'sanction'],
  incident_reported: ['title', 'severity', 'occurredAt', 'dueAt', 'late', 'lateByMs'],
  report_late: ['unitId', 'level', 'dueAt', 'lateByMs'],
  incident_forwarded: ['from', 'to', 'dueAt', 'late', 'lateByMs', 'note'],
  forward_missed: ['from', 'to', 'dueAt', 'late', 'lateByMs', 'note'],
  incident_report_complete: ['reachedTop', 'late', 'reviewId'],
  hazard_review_opened: ['hazardId', 'reviewId', 'alreadyOpen'],
  campaign_started: ['title', 'units', 'deadline', 'checklist'],
  campaign_reported: ['summary'],
  inspection_submitted: ['submission', 'results', 'failed'],
  campaign_hazard_opened: ['itemId', 'hazardId', 'severity'],
  campaign_reminder: ['reminder', 'deadline'],
  campaign_escalated: ['to', 'deadline'],
  campaign_not_submitted: ['deadline', 'reminders', 'escalated'],
  signing_started: ['year', 'deadline', 'letters'],
  letter_signed: ['letterId', 'late', 'counterpartyId'],
  letters_reminded: ['letterIds', 'reminder', 'deadline'],
  letters_overdue: ['letterIds', 'deadline', 'closesAt'],
  letters_unsigned: ['letterIds'],
  signing_closed: ['signed', 'unsigned'],
  yellow_card_issued: ['cardId', 'reasons', 'counts', 'validUntil', 'triggerHazardId'],
  sanction_ended: ['sanctionId', 'personId', 'kind', 'startsAt', 'endsAt', 'reviewId'],
  criticism_circulated: ['criticismId', 'year', 'reason', 'hazardIds', 'byUnitId'],
  unit_commended: ['commendationId', 'year', 'reason', 'byUnitId', 'lapses'],
  schedule_created: ['unitId', 'kind', 'title', 'spec', 'overlap', 'workingDay', 'policyName'],
  schedule_changed: ['before', 'after'],
  schedule_paused: ['note'],
  schedule_resumed: ['note'],
  schedule_triggered: ['note'],
  duty_run_started: ['scheduleId', 'unitId', 'kind', 'dueAt', 'heldUntil'],
  duty_run_opened: ['scheduleId', 'campaignIds', 'signingId', 'deadline', 'units'],
  duty_run_skipped: ['scheduleId', 'reason'],
  duty_run_holiday: ['scheduleId', 'holiday'],
  statistics_report_opened: ['rootUnitId', 'year', 'quarter', 'from', 'to', 'units'],
  statistics_requested: ['unitId', 'unitName', 'dueAt'],
  statistics_confirmed: ['unitId', 'unitName', 'own', 'total', 'late', 'note', 'below'],
  statistics_late: ['unitId', 'unitName', 'dueAt'],
  statistics_report_complete: ['total', 'confirmed', 'late'],
  risk_assessment_due: ['scheduleId', 'unitId', 'unitName', 'deadline'],
  risk_assessment_missed: ['scheduleId', 'unitId', 'unitName', 'deadline'],
  duty_run_finished: ['scheduleId', 'submitted', 'notSubmitted'],
  warning_issued: ['level', 'title', 'measures', 'units', 'confirmBy'],
  warning_confirmed: ['unitId', 'unitName', 'results', 'late'],
  warning_escalated: ['unitId', 'unitName', 'confirmBy', 'to'],
  warning_lifted: ['note', 'units'],
  warning_leaders_on_duty: ['units'],
  plan_registered: ['unitId', 'type', 'title', 'ownerId', 'version', 'reviewBy'],
  plan_revised: ['version', 'reviewBy', 'ownerId', 'note'],
  plan_review_due: ['ownerId', 'reviewBy'],
  plan_review_overdue: ['ownerId', 'reviewBy', 'to'],
  plan_review_escalated: ['ownerId', 'reviewBy', 'to'],
  drill_planned: ['drillId', 'plannedAt', 'scenario'],
  drill_recorded: ['drillId', 'heldAt', 'participants', 'scenario', 'findings', 'late'],
  drill_missed: ['drillId', 'plannedAt', 'dueAt', 'ownerId'],
  drill_hazard_opened: ['drillId', 'finding', 'hazardId', 'severity'],
  shift_published: ['unitId', 'personId', 'leaderId', 'startsAt', 'endsAt'],
  shift_checked_in: ['late', 'lateByMs'],
  shift_check_in_missed: ['personId', 'startsAt', 'dueAt'],
  shift_check_in_escalated: ['personId', 'startsAt', 'to'],
  shift_handed_over: ['log', 'late'],
  shift_handover_missing: ['personId', 'endsAt', 'dueAt'],
  shift_swap_requested: ['fromPersonId', 'toPersonId', 'note', 'startsAt'],
  shift_swap_answered: ['fromPersonId', 'toPersonId', 'accepted', 'note', 'startsAt'],
  shift_swap_decided: ['fromPersonId', 'toPersonId', 'approved', 'note', 'startsAt'],
  shift_leader_assigned: ['leaderId', 'warningId'],
  risk_assessed: ['unitId', 'level', 'high', 'danger'],
  risk_hazard_opened: ['indicatorId', 'hazardId', 'severity'],
};

export const CASE_EVENT_TYPES = Object.keys(REQUIRED) as Array<StreamEvent['type']>;

/** A stored review, incident, campaign, signing or unit event read back as the typed union; throws EventParseError naming what does not fit. */
export function parseCaseEvent(e: StoredEvent): StreamEvent {
  checkStoredEvent('case', REQUIRED as Record<string, readonly string[]>, e);
  return { type: e.type, actorId: e.actorId, payload: e.payload } as StreamEvent;
}
