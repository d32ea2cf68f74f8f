import chineseDays from 'chinese-days';
import type { IsWorkday } from './calendar.js';

/**
 * China's working-day table (statutory holidays and make-up workdays, 调休), from chinese-days.
 * The one place the table enters the code: workflows take it from here, the rest of the domain has
 * it passed in.
 */
export const chinaIsWorkday: IsWorkday = (ymd) => chineseDays.isWorkday(ymd);
