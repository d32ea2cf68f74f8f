import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useTranslation } from 'react-i18next';

dayjs.extend(utc);
dayjs.extend(timezone);

export type Lang = 'zh' | 'en';

/** The reader's language, as the console's two. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
}

/** A time as a reader in China reads it: Beijing time, whatever the browser's zone. */
export const beijing = (iso: string | number | null | undefined, lang: Lang, withTime = true): string =>
  iso === null || iso === undefined
    ? '—'
    : new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}) });

/**
 * Date pickers show and take Beijing wall-clock time whatever the browser's zone: a picked value's
 * fields are read as Beijing time, and "now" is shown as Beijing's now.
 */
export const beijingWallClockNow = (): Dayjs => dayjs(dayjs().tz('Asia/Shanghai').format('YYYY-MM-DDTHH:mm:ss'));
export const fromBeijingWallClock = (d: Dayjs): string => dayjs.tz(d.format('YYYY-MM-DDTHH:mm:ss'), 'Asia/Shanghai').toISOString();
export const toBeijingWallClock = (iso: string): Dayjs => dayjs(dayjs(iso).tz('Asia/Shanghai').format('YYYY-MM-DDTHH:mm:ss'));
