import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

function span(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return d > 0 ? `${d}d ${h}h` : h > 0 ? `${h}h ${m}m` : `${m}m ${sec}s`;
}

/** Time left until a deadline, ticking every second; red once it has passed. */
export function Countdown({ deadline }: { deadline: string | null }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  if (!deadline) return <span className="muted">{t('left.none')}</span>;
  const left = Date.parse(deadline) - now;
  const overdue = left < 0;
  return (
    <time dateTime={deadline} className={overdue ? 'countdown overdue' : 'countdown'} title={new Date(deadline).toLocaleString()}>
      {overdue ? t('left.overdue', { time: span(left) }) : t('left.remaining', { time: span(left) })}
    </time>
  );
}
