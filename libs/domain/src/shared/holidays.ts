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

/** A long holiday a pre-holiday inspection (节前安全检查) is held before. */
export interface UpcomingHoliday {
  /** e.g. `2027-spring-festival` */
  key: string;
  nameZh: string;
  nameEn: string;
  /** Its first day off (Beijing date). */
  startsOn: string;
  /** false when the table did not yet list that year's holiday and its first day was reckoned (除夕 of the lunar new year; 1 October). */
  fromTable: boolean;
}

const shiftDay = (ymd: string, days: number) => new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const holidayName = (ymd: string) => chineseDays.getDayDetail(ymd).name;

/** The first day of the named holiday the table lists within [from, to], or null. */
function firstListed(from: string, to: string, zh: string): string | null {
  for (let d = from; d <= to; d = shiftDay(d, 1)) if (!chinaIsWorkday(d) && holidayName(d).includes(zh)) return d;
  return null;
}

/** Spring Festival (春节) and National Day (国庆节) of `year`: their first day off, from the table where it lists them. */
export function longHolidays(year: number): UpcomingHoliday[] {
  const lunarNewYear = chineseDays.getSolarDateFromLunar(`${year}-01-01`).date;
  const spring = firstListed(shiftDay(lunarNewYear, -8), shiftDay(lunarNewYear, 1), '春节');
  const national = firstListed(`${year}-09-26`, `${year}-10-01`, '国庆节');
  return [
    { key: `${year}-spring-festival`, nameZh: '春节', nameEn: 'Spring Festival', startsOn: spring ?? shiftDay(lunarNewYear, -1), fromTable: spring !== null },
    { key: `${year}-national-day`, nameZh: '国庆节', nameEn: 'National Day', startsOn: national ?? `${year}-10-01`, fromTable: national !== null },
  ];
}

/** The next long holiday whose first day falls after `today` and within `leadDays` of it (Beijing dates), or null. */
export function holidayAhead(today: string, leadDays: number): UpcomingHoliday | null {
  const year = Number(today.slice(0, 4));
  const last = shiftDay(today, leadDays);
  return [...longHolidays(year), ...longHolidays(year + 1)].find((h) => h.startsOn > today && h.startsOn <= last) ?? null;
}

/** Whether a Beijing date is a statutory holiday (法定节假日) in the table, not merely a weekend. */
export function isStatutoryHoliday(ymd: string): boolean {
  return !chinaIsWorkday(ymd) && holidayName(ymd).includes(',');
}

/** Whether any day of [startMs, endMs) falls on a statutory holiday (Beijing dates). */
export function touchesHoliday(startMs: number, endMs: number): boolean {
  const last = new Date(endMs - 1 + 8 * 3_600_000).toISOString().slice(0, 10);
  for (let d = new Date(startMs + 8 * 3_600_000).toISOString().slice(0, 10); d <= last; d = shiftDay(d, 1)) if (isStatutoryHoliday(d)) return true;
  return false;
}
