import type { EventUnion } from '../shared/event-union.js';

/**
 * 季度统计报告: the quarter's hazard figures, compiled by each unit and sent up level by level.
 * Each unit confirms its own figures once the units below it have confirmed (or been flagged late);
 * its report carries theirs. A level that has not confirmed by its deadline is flagged late, as
 * incident reports are (迟报).
 */
export interface StatisticsFigures {
  /** Hazards discovered in the quarter. */
  found: number;
  major: number;
  /** Of those, closed (verified) by now, and of these without a missed deadline. */
  closed: number;
  closedOnTime: number;
  /** Still open, and of these overdue now. */
  open: number;
  overdue: number;
  /** Climbed the ladder at least once; listed for supervision (挂牌督办). */
  escalated: number;
  supervised: number;
  /** Accountability reviews opened in the quarter. */
  reviews: number;
  /** Found, by hazard category. */
  byCategory: Record<string, number>;
}

export const NO_FIGURES: StatisticsFigures = { found: 0, major: 0, closed: 0, closedOnTime: 0, open: 0, overdue: 0, escalated: 0, supervised: 0, reviews: 0, byCategory: {} };

export function addFigures(a: StatisticsFigures, b: StatisticsFigures): StatisticsFigures {
  const byCategory = { ...a.byCategory };
  for (const [k, v] of Object.entries(b.byCategory)) byCategory[k] = (byCategory[k] ?? 0) + v;
  return {
    found: a.found + b.found, major: a.major + b.major, closed: a.closed + b.closed, closedOnTime: a.closedOnTime + b.closedOnTime, open: a.open + b.open,
    overdue: a.overdue + b.overdue, escalated: a.escalated + b.escalated, supervised: a.supervised + b.supervised, reviews: a.reviews + b.reviews, byCategory,
  };
}

/** The calendar quarter (Beijing) before the one `ms` falls in: its year, number and bounds. */
export function previousQuarter(ms: number): { year: number; quarter: number; from: string; to: string } {
  const d = new Date(ms + 8 * 3_600_000);
  let year = d.getUTCFullYear();
  let quarter = Math.floor(d.getUTCMonth() / 3);
  if (quarter === 0) {
    year -= 1;
    quarter = 4;
  }
  const start = (q: number, y: number) => new Date(Date.UTC(y, (q - 1) * 3, 1) - 8 * 3_600_000).toISOString();
  return { year, quarter, from: start(quarter, year), to: quarter === 4 ? start(1, year + 1) : start(quarter + 1, year) };
}

export interface StatisticsUnit {
  unitId: string;
  unitName: string;
  /** null for the unit the report goes up to. */
  parentUnitId: string | null;
  depth: number;
  /** ISO-8601: the deepest level is due first, each level above one step later. */
  dueAt: string;
}

export interface StatisticsReportInput {
  reportId: string;
  scheduleId: string | null;
  rootUnitId: string;
  period: { year: number; quarter: number; from: string; to: string };
  units: StatisticsUnit[];
  startedAt: string;
  createdBy: string;
}

export type StatisticsUnitStatus = 'pending' | 'confirmed' | 'late' | 'confirmed_late';

export interface StatisticsState {
  reportId: string;
  status: 'collecting' | 'complete';
  units: Array<{ unitId: string; status: StatisticsUnitStatus; confirmedBy: string | null; confirmedAt: string | null }>;
}

/** Every payload of a report's stream (`statistics:<id>`), by type, as stored. */
export interface StatisticsEventPayloads {
  statistics_report_opened: { rootUnitId: string; year: number; quarter: number; from: string; to: string; units: StatisticsUnit[] };
  statistics_requested: { unitId: string; unitName: string; dueAt: string };
  statistics_confirmed: { unitId: string; unitName: string; own: StatisticsFigures; total: StatisticsFigures; late: boolean; note: string; below: Array<{ unitId: string; status: StatisticsUnitStatus }> };
  statistics_late: { unitId: string; unitName: string; dueAt: string };
  statistics_report_complete: { total: StatisticsFigures; confirmed: number; late: number };
}

export type StatisticsEvent = EventUnion<StatisticsEventPayloads>;
export const statisticsStream = (reportId: string) => `statistics:${reportId}`;
export const statisticsWorkflowId = (reportId: string) => `statistics-report-${reportId}`;
