import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Me } from '../api';
import type { DutySpec, ScheduleDetail, ScheduleHistory, ScheduleSummary } from '../api-preparedness';
import { inLanguage, useLang } from '../format';
import { href } from '../route';

const KINDS = ['self_inspection', 'backup_check', 'letter_round', 'pre_holiday_inspection', 'risk_assessment'] as const;
const MANAGERS = ['principal', 'deputy', 'safety_officer'];
const beijing = (iso: string, lang: string | undefined) => new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' });
const pad = (n: number) => String(n).padStart(2, '0');

/** When a duty falls due, in words of the reader's language. */
function useSpecText() {
  const { t } = useTranslation();
  return (s: DutySpec) => {
    if (s.everySeconds !== undefined) return t('schedule.every', { count: s.everySeconds });
    const c = s.calendar!;
    const time = `${pad(c.hour)}:${pad(c.minute)}`;
    if (c.dayOfWeek !== undefined) return t('schedule.weekly', { day: t(`schedule.weekday.${c.dayOfWeek}`), time });
    if (c.month && c.dayOfMonth) return t('schedule.yearly', { month: c.month, day: c.dayOfMonth, time });
    if (c.dayOfMonth) return t('schedule.monthly', { day: c.dayOfMonth, time });
    return t('schedule.daily', { time });
  };
}

/** Pause, resume and run-now for one schedule, offered only to those the API says may manage it. */
function ScheduleActions({ s }: { s: ScheduleSummary }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const act = useMutation({
    mutationFn: (what: 'pause' | 'resume' | 'trigger') => api<ScheduleDetail>('POST', `/schedules/${s.id}/${what}`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['schedules'] }),
  });
  if (!s.mayManage) return null;
  return (
    <span className="schedule-actions">
      <button type="button" className="secondary" disabled={act.isPending} onClick={() => act.mutate(s.paused ? 'resume' : 'pause')}>{t(s.paused ? 'schedule.resume' : 'schedule.pause')}</button>{' '}
      <button type="button" className="secondary" disabled={act.isPending || s.paused} onClick={() => act.mutate('trigger')}>{t('schedule.trigger')}</button>
      {act.error && <span role="alert" className="form-error"> {act.error.message}</span>}
      {act.isSuccess && act.variables === 'trigger' && <span className="form-ok"> {t('schedule.triggered')}</span>}
    </span>
  );
}

/** Set up a recurring duty for a unit the person manages: monthly by default. */
function NewSchedule({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const posts = me.posts.filter((p) => MANAGERS.includes(p.kind));
  const units = [...new Set(posts.map((p) => p.unitId))].map((id) => ({ id, name: me.visibleUnits.find((u) => u.id === id)?.name ?? id, principal: posts.some((p) => p.unitId === id && p.kind === 'principal') }));
  const [form, setForm] = useState({ unitId: units[0]?.id ?? '', kind: 'self_inspection', title: '', dayOfMonth: '1', month: '', hour: '9', minute: '0' });
  const create = useMutation({
    mutationFn: () => {
      const calendar = { dayOfMonth: Number(form.dayOfMonth), hour: Number(form.hour), minute: Number(form.minute), ...(form.month ? { month: Number(form.month) } : {}) };
      return api<ScheduleDetail>('POST', '/schedules', { unitId: form.unitId, kind: form.kind, title: form.title || `${i18n.getFixedT('zh')(`schedule.kind.${form.kind}`)} · ${i18n.getFixedT('en')(`schedule.kind.${form.kind}`)}`, spec: { calendar } });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['schedules'] }),
  });
  if (units.length === 0) return null;
  const problems = create.error instanceof ApiError ? create.error.fields : {};
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const field = (k: keyof typeof form, label: string, input: ReactNode, apiField = k as string) => (
    <div className={`field${problems[apiField] ? ' invalid' : ''}`}>
      <label htmlFor={`schedule-${k}`}>{label}</label>
      {input}
      {problems[apiField] && <p className="field-error">{problems[apiField]}</p>}
    </div>
  );
  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-schedule">
      <h3 id="new-schedule">{t('schedule.new')}</h3>
      {field('unitId', t('overview.unit'), <select id="schedule-unitId" value={form.unitId} onChange={set('unitId')}>{units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}</select>)}
      {field('kind', t('schedule.kindLabel'), <select id="schedule-kind" value={form.kind} onChange={set('kind')}>{KINDS.filter((k) => k !== 'letter_round' || units.find((u) => u.id === form.unitId)?.principal).map((k) => <option key={k} value={k}>{t(`schedule.kind.${k}`)}</option>)}</select>)}
      {field('title', t('schedule.title'), <input id="schedule-title" value={form.title} placeholder={t(`schedule.kind.${form.kind}`)} onChange={set('title')} />)}
      <div className="row">
        {field('month', t('schedule.month'), <select id="schedule-month" value={form.month} onChange={set('month')}><option value="">{t('schedule.everyMonth')}</option>{Array.from({ length: 12 }, (_, i) => <option key={i} value={i + 1}>{i + 1}</option>)}</select>, 'spec.calendar.month')}
        {field('dayOfMonth', t('schedule.day'), <input id="schedule-dayOfMonth" type="number" min={1} max={31} value={form.dayOfMonth} onChange={set('dayOfMonth')} />, 'spec.calendar.dayOfMonth')}
        {field('hour', t('schedule.hour'), <input id="schedule-hour" type="number" min={0} max={23} value={form.hour} onChange={set('hour')} />, 'spec.calendar.hour')}
        {field('minute', t('schedule.minute'), <input id="schedule-minute" type="number" min={0} max={59} value={form.minute} onChange={set('minute')} />, 'spec.calendar.minute')}
      </div>
      <p className="muted">{t('schedule.workingDayHint')}</p>
      <button type="submit" disabled={create.isPending}>{t('schedule.create')}</button>
      {create.error && !Object.keys(problems).length && <p role="alert" className="form-error">{create.error.message}</p>}
      {create.isSuccess && <p className="form-ok">{t('schedule.created')}</p>}
    </form>
  );
}

/** 定期工作: the recurring duties of the units the person may see. */
export function SchedulesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const specText = useSpecText();
  const q = useQuery({ queryKey: ['schedules'], queryFn: () => api<{ items: ScheduleSummary[] }>('GET', '/schedules') });
  return (
    <main>
      <h2>{t('schedule.heading')}</h2>
      {q.error ? <p role="alert">{q.error.message}</p> : !q.data ? <p>{t('loading')}</p> : q.data.items.length === 0 ? <p className="muted">{t('schedule.none')}</p> : (
        <ul className="list">
          {q.data.items.map((s) => (
            <li key={s.id} className="card" data-schedule={s.id}>
              <a href={href('schedules', s.id)}><strong>{inLanguage(s.title, lang)}</strong></a>
              <span className="badge">{t(`schedule.kind.${s.kind}`)}</span>
              {s.paused && <span className="badge major">{t('schedule.paused')}</span>}
              <p className="muted">{s.unitName} · {specText(s.spec)}{s.workingDay ? ` · ${t('schedule.workingDay')}` : ''}</p>
              <ScheduleActions s={s} />
            </li>
          ))}
        </ul>
      )}
      <NewSchedule me={me} />
    </main>
  );
}

/** One duty: when it is next due, its runs, and every change to it and event of its runs. */
export function SchedulePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const specText = useSpecText();
  const q = useQuery({ queryKey: ['schedules', id], queryFn: () => api<ScheduleDetail>('GET', `/schedules/${encodeURIComponent(id)}`) });
  const h = useQuery({ queryKey: ['schedules', id, 'history'], queryFn: () => api<ScheduleHistory>('GET', `/schedules/${encodeURIComponent(id)}/history`) });
  if (q.error) return <main><p role="alert">{q.error.message}</p><a href={href('schedules')}>{t('hazard.back')}</a></main>;
  if (!q.data) return <main><p>{t('loading')}</p></main>;
  const s = q.data;
  const lang = i18n.resolvedLanguage;
  return (
    <main>
      <h2>{inLanguage(s.title, lang === 'en' ? 'en' : 'zh')}</h2>
      <p>{s.unitName} · {t(`schedule.kind.${s.kind}`)} · {specText(s.spec)} · {t(`schedule.overlap.${s.overlap}`)}{s.paused ? ` · ${t('schedule.paused')}` : ''}</p>
      <ScheduleActions s={s} />
      <h3>{t('schedule.next')}</h3>
      <ul>{s.nextRuns.map((r) => <li key={r}>{beijing(r, lang)}</li>)}</ul>
      <h3>{t('schedule.runs')}</h3>
      {s.recentRuns.length === 0 ? <p className="muted">{t('schedule.noRuns')}</p> : (
        <ul>{s.recentRuns.map((r) => <li key={r.workflowId}>{beijing(r.startedAt, lang)} · {t(s.runningRuns.includes(r.workflowId) ? 'schedule.open' : 'schedule.ended')}</li>)}</ul>
      )}
      {s.skippedRuns > 0 && <p className="muted">{t('schedule.skipped', { count: s.skippedRuns })}</p>}
      <h3>{t('hazard.timeline')}</h3>
      <ol>
        {(h.data?.items ?? []).map((e) => (
          <li key={`${e.stream}:${e.sequence}`}>
            {beijing(e.occurredAt, lang)} · {t(`schedule.event.${e.type}`, { defaultValue: e.type })}{e.actorName ? ` · ${e.actorName}` : ''}{typeof e.payload.note === 'string' && e.payload.note ? ` · ${e.payload.note}` : ''}
          </li>
        ))}
      </ol>
    </main>
  );
}
