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

const CJK = /[\u3400-\u9fff]/;

/**
 * Text the org keeps in both languages in one field, "中文 · English" (checklists, risk templates),
 * in the reader's language; any other text as it is.
 */
export function inLanguage(text: string, lang: Lang): string {
  const parts = text.split(' · ');
  if (parts.length < 2 || parts.length % 2 !== 0) return text;
  const paired = parts.every((p, i) => (i % 2 === 0 ? CJK.test(p) : !CJK.test(p)));
  return paired ? parts.filter((_p, i) => i % 2 === (lang === 'zh' ? 0 : 1)).join(' · ') : text;
}
