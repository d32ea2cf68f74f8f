import type { EventUnion } from '../shared/event-union.js';
import type { DutyKind, DutySpec, OverlapPolicy } from './duty-schedule.js';

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
  duty_run_opened: { scheduleId: string; campaignIds: string[]; signingId: string | null; deadline: string; units: string[] };
  duty_run_skipped: { scheduleId: string; reason: 'already_signing' | 'no_units' };
  duty_run_finished: { scheduleId: string; submitted: number; notSubmitted: number };
}

export type ScheduleEvent = EventUnion<ScheduleEventPayloads>;
