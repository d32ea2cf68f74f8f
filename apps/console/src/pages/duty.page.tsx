import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Me } from '../api';
import type { Shift } from '../api-preparedness';
import { SwapActions } from './shift-swap';

const time = (iso: string, lang: string | undefined) => new Date(iso).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });

/** Check-in and the handover log, for the person on duty only. */
function MyShift({ s }: { s: Shift }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [log, setLog] = useState('');
  const done = () => client.invalidateQueries({ queryKey: ['duty'] });
  const checkIn = useMutation({ mutationFn: () => api('POST', `/shifts/${s.id}/check-in`, {}), onSuccess: done });
  const handover = useMutation({ mutationFn: () => api('POST', `/shifts/${s.id}/handover`, { log }), onSuccess: done });
  const error = checkIn.error ?? handover.error;
  return (
    <div>
      {(s.status === 'scheduled' || s.status === 'missed') && <button type="button" disabled={checkIn.isPending} onClick={() => checkIn.mutate()}>{t('duty.checkIn')}</button>}
      {s.status === 'checked_in' && (
        <form onSubmit={(e) => (e.preventDefault(), handover.mutate())}>
          <div className="field"><label htmlFor={`log-${s.id}`}>{t('duty.handoverLog')}</label><textarea id={`log-${s.id}`} required rows={3} value={log} onChange={(e) => setLog(e.target.value)} /></div>
          <button type="submit" disabled={handover.isPending}>{t('duty.handover')}</button>
        </form>
      )}
      {error && <p role="alert" className="form-error">{error.message}</p>}
    </div>
  );
}

/** 今日值班: today's shifts across the units the person may see; their own shift with its actions. */
export function DutyPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['duty'], queryFn: () => api<{ items: Shift[] }>('GET', '/duty/today'), refetchInterval: 30_000 });
  const coming = useQuery({ queryKey: ['duty', 'coming', me.unitId], queryFn: () => api<{ items: Shift[] }>('GET', `/units/${encodeURIComponent(me.unitId)}/shifts`) });
  const lang = i18n.resolvedLanguage;
  const day = (iso: string) => new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' });
  const later = (coming.data?.items ?? []).filter((s) => Date.parse(s.startsAt) > Date.now());
  return (
    <main>
      <h2>{t('duty.heading')}</h2>
      {q.error ? <p role="alert">{q.error.message}</p> : !q.data ? <p>{t('loading')}</p> : q.data.items.length === 0 ? <p className="muted">{t('duty.none')}</p> : (
        <ul className="list">
          {q.data.items.map((s) => (
            <li key={s.id} className={`card${s.status === 'missed' ? ' overdue' : ''}`} data-shift={s.id} data-status={s.status}>
              <strong>{s.unitName}</strong> · {time(s.startsAt, lang)}–{time(s.endsAt, lang)}
              <p>{t('duty.onDuty', { name: s.personName })}{s.leaderName ? ` · ${t('duty.leader', { name: s.leaderName })}` : ''}</p>
              <p className={s.status === 'missed' || s.status === 'no_handover' ? 'overdue-text' : 'muted'}>
                {t(`duty.status.${s.status}`)}{s.lateByMs ? ` · ${t('duty.late', { minutes: Math.ceil(s.lateByMs / 60_000) })}` : ''}
              </p>
              {s.handoverLog && <p className="muted">{t('duty.logged', { log: s.handoverLog })}</p>}
              {s.personId === me.id && <MyShift s={s} />}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('duty.coming', { unit: me.unitName })}</h3>
      {later.length === 0 ? <p className="muted">{t('duty.noneComing')}</p> : (
        <ul className="list">
          {later.map((s) => (
            <li key={s.id} className="card" data-coming-shift={s.id}>
              <strong>{day(s.startsAt)} {time(s.startsAt, lang)}–{time(s.endsAt, lang)}</strong>
              <p>{t('duty.onDuty', { name: s.personName })}{s.leaderName ? ` · ${t('duty.leader', { name: s.leaderName })}` : ''}</p>
              <SwapActions s={s} me={me} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
