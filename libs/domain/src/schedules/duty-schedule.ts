import { chinaDate, type IsWorkday } from '../shared/calendar.js';

/**
 * Recurring duties a unit owns, each a Temporal Schedule that starts a duty run:
 * 月度自查 (self-inspection of the unit and the units below it, against the checklist of each
 * unit's type), 电子档案备份核查 (backup made and a restore tested, with evidence), the annual
 * responsibility-letter round (责任书签订), 节前安全检查 (the inspection before Spring Festival and
 * National Day, from the holiday table), 风险自评 (each unit assesses its risks by a deadline) and
 * 季度统计报告 (the last quarter's figures, compiled and sent up level by level).
 */
export const DUTY_KINDS = ['self_inspection', 'backup_check', 'letter_round', 'pre_holiday_inspection', 'risk_assessment', 'statistics_report'] as const;
/** Duties that open a campaign per unit type against a checklist. */
export type ChecklistDutyKind = 'self_inspection' | 'backup_check' | 'pre_holiday_inspection';
export type DutyKind = (typeof DUTY_KINDS)[number];

/** What Temporal does with a run that falls due while the previous one is still open. */
export const OVERLAP_POLICIES = ['skip', 'buffer_one', 'allow_all'] as const;
export type OverlapPolicy = (typeof OVERLAP_POLICIES)[number];

/** 档案馆 (keeps the records) or 档案局 (administers them): the checklist differs. */
export const UNIT_TYPES = ['archive', 'bureau'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** Calendar fields in Beijing time; a field left out matches every value (as Temporal's calendar spec). */
export interface DutyCalendar {
  month?: number;
  dayOfMonth?: number;
  /** 0 Sunday … 6 Saturday */
  dayOfWeek?: number;
  hour: number;
  minute: number;
}

/** When a duty falls due: on a calendar, or every so many seconds (drills and tests). */
export type DutySpec = { calendar: DutyCalendar; everySeconds?: undefined } | { everySeconds: number; calendar?: undefined };

/** A schedule as stored and as the run reads it. */
export interface DutySchedule {
  id: string;
  unitId: string;
  kind: DutyKind;
  title: string;
  spec: DutySpec;
  overlap: OverlapPolicy;
  /** A run that falls on a rest day (weekend or holiday, make-up workdays counted) moves to the next working day. */
  workingDay: boolean;
  policyName: string;
  createdBy: string;
}

/** What the schedule hands each run it starts; the rest is read when the run begins, so a change applies to the next run. */
export interface DutyRunInput {
  scheduleId: string;
}

/** The hour a run moved to a working day starts at (Beijing time). */
export const WORKING_DAY_START_HOUR = 9;

/**
 * The instant a run due at `ms` is held until: `ms` itself on a working day; otherwise 09:00 of the
 * next working day in Beijing. Temporal's calendar cannot express make-up workdays (调休), so the
 * run moves itself with the same table the deadlines use.
 */
export function workingDayStart(ms: number, isWorkday: IsWorkday): number {
  if (isWorkday(chinaDate(ms))) return ms;
  let day = Date.parse(`${chinaDate(ms)}T00:00:00+08:00`);
  do day += 86_400_000;
  while (!isWorkday(chinaDate(day)));
  return day + WORKING_DAY_START_HOUR * 3_600_000;
}

/** The run's title, in both languages: the duty's own title and the Beijing month (or date) it is for. */
export function dutyRunTitle(title: string, kind: DutyKind, dueMs: number): string {
  const ymd = chinaDate(dueMs);
  const period = kind === 'letter_round' ? `${ymd.slice(0, 4)}` : kind === 'risk_assessment' ? ymd : ymd.slice(0, 7);
  return `${title} (${period})`.slice(0, 200);
}

export const dutyScheduleId = (id: string) => `duty-${id}`;
/** Temporal appends the run's scheduled time to this, so each run has an id of its own. */
export const dutyRunWorkflowPrefix = (id: string) => `duty-run-${id}`;
export const scheduleStream = (id: string) => `schedule:${id}`;
export const dutyRunStream = (runWorkflowId: string) => `duty-run:${runWorkflowId}`;

/** Every problem with a spec (field names as the API takes them). */
type SpecProblem = { field: string; reason: string; code?: string; params?: Record<string, number> };

export function validateDutySpec(spec: Partial<DutySpec> | undefined, minIntervalSeconds: number): SpecProblem[] {
  const problems: SpecProblem[] = [];
  if (!spec || (spec.calendar === undefined) === (spec.everySeconds === undefined)) return [{ field: 'spec', reason: 'give exactly one of calendar or everySeconds' }];
  if (spec.everySeconds !== undefined && spec.everySeconds < minIntervalSeconds) problems.push({ field: 'spec.everySeconds', reason: `must be at least ${minIntervalSeconds}`, code: 'min', params: { limit: minIntervalSeconds } });
  const c = spec.calendar;
  if (c && c.dayOfMonth !== undefined && c.month !== undefined && c.dayOfMonth > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][c.month - 1]!) {
    problems.push({ field: 'spec.calendar.dayOfMonth', reason: `month ${c.month} has no day ${c.dayOfMonth}`, code: 'noSuchDay', params: { month: c.month, day: c.dayOfMonth } });
  }
  return problems;
}
