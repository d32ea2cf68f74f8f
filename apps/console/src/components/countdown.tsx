import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beijing, useLang } from '../format';

/** A duration in the reader's language: the two largest units (3 天 4 小时, 3h 59m). */
function span(ms: number, t: (key: string, o: { count: number }) => string): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const [a, b] = d > 0 ? [t('span.d', { count: d }), t('span.h', { count: h })] : h > 0 ? [t('span.h', { count: h }), t('span.m', { count: m })] : [t('span.m', { count: m }), t('span.s', { count: sec })];
  return t('span.pair', { count: 0 }).replace('{a}', a).replace('{b}', b);
}

/** Time left until a deadline, ticking every second; red once it has passed. */
export function Countdown({ deadline }: { deadline: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  if (!deadline) return <span className="muted">{t('left.none')}</span>;
  const left = Date.parse(deadline) - now;
  const overdue = left < 0;
  return (
    <time dateTime={deadline} className={overdue ? 'countdown overdue' : 'countdown'} title={beijing(deadline, lang)}>
      {overdue ? t('left.overdue', { time: span(left, t) }) : t('left.remaining', { time: span(left, t) })}
    </time>
  );
}
