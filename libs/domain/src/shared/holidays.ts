import chineseDays from 'chinese-days';
import type { IsWorkday } from './calendar.js';

/**
 * China's working-day table (statutory holidays and make-up workdays, 调休), from chinese-days.
 * The one place the table enters the code: workflows take it from here, the rest of the domain has
 * it passed in.
 */
export const chinaIsWorkday: IsWorkday = (ymd) => chineseDays.isWorkday(ymd);

/**
 * The table's version, pinned exactly in package.json: a table that changes under running
 * workflows changes the deadlines they recompute on replay. A new table comes in as a new version
 * with its fixture (test/fixtures/holidays), behind a workflow patch.
 */
export const HOLIDAY_TABLE = 'chinese-days@1.5.7';

/** The days the table treats otherwise than Monday–Friday (holidays on weekdays, make-up workdays on weekends), for `from`..`to` years. */
export function holidayExceptions(fromYear: number, toYear: number, isWorkday: IsWorkday = chinaIsWorkday): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(fromYear, 0, 1); t < Date.UTC(toYear + 1, 0, 1); t += 86_400_000) {
    const d = new Date(t);
    const ymd = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
    if (isWorkday(ymd) !== weekday) out.push(`${ymd} ${weekday ? 'holiday' : 'workday'}`);
  }
  return out;
}
