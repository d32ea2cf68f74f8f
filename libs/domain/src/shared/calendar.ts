import type { Calendar } from '../policies/policy.js';

const DAY_MS = 24 * 3600 * 1000;
/** China keeps one offset all year (UTC+8, no daylight saving), so day boundaries are fixed. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** `YYYY-MM-DD` of an instant in China. */
export function chinaDate(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A calendar year in China: its first instant and the first instant of the next, epoch ms. */
export function chinaYear(year: number): { start: number; end: number } {
  return { start: Date.UTC(year, 0, 1) - CHINA_OFFSET_MS, end: Date.UTC(year + 1, 0, 1) - CHINA_OFFSET_MS };
}

export type IsWorkday = (ymd: string) => boolean;

/**
 * The deadline `durationMs` after `fromMs`. On the working-day calendar, whole days count only
 * working days (holidays skipped, make-up workdays counted) and land at the same time of day;
 * the part below a day is added as is. Pure: the holiday table is passed in.
 */
export function addDuration(fromMs: number, durationMs: number, calendar: Calendar, isWorkday: IsWorkday): number {
  if (calendar === 'natural') return fromMs + durationMs;
  const days = Math.floor(durationMs / DAY_MS);
  const rest = durationMs - days * DAY_MS;
  let at = fromMs;
  for (let counted = 0; counted < days; ) {
    at += DAY_MS;
    if (isWorkday(chinaDate(at))) counted++;
  }
  return at + rest;
}
