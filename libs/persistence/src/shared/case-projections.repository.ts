import type { CampaignEvent, CaseEventRecord, IncidentEvent, ReviewEvent, SigningEvent, ShiftEvent, WarningEvent, RiskEvent, PlanEvent, StatisticsEvent } from '#domain';
import type { EntityManager } from 'typeorm';
import { projectCampaignEvent } from '../campaigns/campaign-projection.repository.js';
import { projectIncidentEvent } from '../incidents/incident-projection.repository.js';
import { projectSigningEvent } from '../letters/signing-projection.repository.js';
import { projectReviewEvent } from '../accountability/review-projection.repository.js';
import { projectWarningEvent } from '../warnings/warning.repository.js';
import { projectShiftEvent } from '../roster/shift.repository.js';
import { projectRiskEvent } from '../risk/risk-assessment.repository.js';
import { projectPlanEvent } from '../plans/plan.repository.js';
import { projectStatisticsEvent } from '../statistics/statistics-report.repository.js';

/**
 * Keeps the read models in step with the case events, in the transaction that records them. The
 * event's type says which feature's projection applies (types are unique across streams); the
 * stream names the case (`review:<id>`, `campaign:<id>:<unit>`, ...).
 */
export async function projectCaseEvent(m: EntityManager, r: CaseEventRecord): Promise<void> {
  const [, id = '', unitId] = r.stream.split(':');
  const at = { id, unitId, occurredAt: r.occurredAt };
  switch (r.type) {
    case 'review_opened':
    case 'statement_submitted':
    case 'finding_added':
    case 'decisions_open':
    case 'review_decision_lapsed':
    case 'proposal_decided':
    case 'review_closed':
    case 'appeals_open':
    case 'sanction_appealed':
    case 'appeal_decided':
    case 'appeal_lapsed':
      return projectReviewEvent(m, { ...(r as ReviewEvent), ...at });
    case 'incident_reported':
    case 'report_late':
    case 'incident_forwarded':
    case 'forward_missed':
    case 'incident_report_complete':
    case 'hazard_review_opened':
      return projectIncidentEvent(m, { ...(r as IncidentEvent), ...at });
    case 'campaign_started':
    case 'campaign_reported':
    case 'inspection_submitted':
    case 'campaign_hazard_opened':
    case 'campaign_reminder':
    case 'campaign_escalated':
    case 'campaign_not_submitted':
      return projectCampaignEvent(m, { ...(r as CampaignEvent), ...at });
    case 'signing_started':
    case 'letter_signed':
    case 'letters_reminded':
    case 'letters_overdue':
    case 'letters_unsigned':
    case 'signing_closed':
      return projectSigningEvent(m, { ...(r as SigningEvent), ...at });
    case 'warning_issued':
    case 'warning_confirmed':
    case 'warning_escalated':
    case 'warning_lifted':
    case 'warning_leaders_on_duty':
      return projectWarningEvent(m, { ...(r as WarningEvent), ...at });
    case 'shift_published':
    case 'shift_checked_in':
    case 'shift_check_in_missed':
    case 'shift_check_in_escalated':
    case 'shift_handed_over':
    case 'shift_handover_missing':
    case 'shift_swap_requested':
    case 'shift_swap_answered':
    case 'shift_swap_decided':
    case 'shift_leader_assigned':
      return projectShiftEvent(m, { ...(r as ShiftEvent), ...at });
    case 'risk_assessed':
    case 'risk_hazard_opened':
      return projectRiskEvent(m, { ...(r as RiskEvent), ...at });
    case 'plan_registered':
    case 'plan_revised':
    case 'plan_review_due':
    case 'plan_review_overdue':
    case 'plan_review_escalated':
    case 'drill_planned':
    case 'drill_recorded':
    case 'drill_missed':
    case 'drill_hazard_opened':
      return projectPlanEvent(m, { ...(r as PlanEvent), ...at });
    case 'statistics_report_opened':
    case 'statistics_requested':
    case 'statistics_confirmed':
    case 'statistics_late':
    case 'statistics_report_complete':
      return projectStatisticsEvent(m, { ...(r as StatisticsEvent), ...at });
    case 'yellow_card_issued':
    case 'sanction_ended':
    case 'criticism_circulated':
    case 'unit_commended':
    case 'schedule_created':
    case 'schedule_changed':
    case 'schedule_paused':
    case 'schedule_resumed':
    case 'schedule_triggered':
    case 'duty_run_started':
    case 'duty_run_opened':
    case 'duty_run_skipped':
    case 'duty_run_finished':
    case 'duty_run_holiday':
    case 'risk_assessment_due':
    case 'risk_assessment_missed':
      // Schedules keep their own row (schedules/duty-schedule.repository.ts); a run's campaign and signing project their own events.
      // Their rows are written with their events (discipline/yellow-card.repository.ts, sanction.repository.ts);
      // criticism and commendation live in the unit's stream alone (discipline/unit-outcome.repository.ts).
      return;
    default: {
      const unknown: never = r;
      void unknown;
    }
  }
}
