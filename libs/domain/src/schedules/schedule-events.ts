import type { EventUnion } from '../shared/event-union.js';
import type { DutyKind, DutySpec, OverlapPolicy } from './duty-schedule.js';
import type { UpcomingHoliday } from '../shared/holidays.js';

/**
 * A schedule's stream (`schedule:<id>`, appended by the API: every change to it) and each run's
 * (`duty-run:<workflow id>`, numbered by the run).
 */
export interface ScheduleEventPayloads {
  schedule_created: { unitId: string; kind: DutyKind; title: string; spec: DutySpec; overlap: OverlapPolicy; workingDay: boolean; policyName: string };
  schedule_changed: { before: { spec: DutySpec; overlap: OverlapPolicy; workingDay: boolean; policyName: string }; after: { spec: DutySpec; overlap: OverlapPolicy; workingDay: boolean; policyName: string } };
  schedule_paused: { note: string };
  schedule_resumed: { note: string };
  schedule_triggered: { note: string };
  duty_run_started: { scheduleId: string; unitId: string; kind: DutyKind; dueAt: string; heldUntil: string | null };
  duty_run_opened: { scheduleId: string; campaignIds: string[]; signingId: string | null; deadline: string; units: string[]; statisticsReportId?: string };
  duty_run_skipped: { scheduleId: string; reason: 'already_signing' | 'no_units' | 'no_holiday_ahead' | 'already_done'; holiday?: string };
  /** 节前安全检查: the holiday this run inspects for (its key, names and first day, and whether the table gave it or it was reckoned). */
  duty_run_holiday: { scheduleId: string; holiday: UpcomingHoliday };
  /** 风险自评: a unit in scope is asked to assess its risks by the deadline. */
  risk_assessment_due: { scheduleId: string; unitId: string; unitName: string; deadline: string };
  /** …and had not by then. */
  risk_assessment_missed: { scheduleId: string; unitId: string; unitName: string; deadline: string };
  duty_run_finished: { scheduleId: string; submitted: number; notSubmitted: number };
}

export type ScheduleEvent = EventUnion<ScheduleEventPayloads>;
