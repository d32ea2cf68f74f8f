import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Me } from '../api';
import type { WarningDetail, WarningSummary } from '../api-preparedness';
import { Countdown } from '../components/countdown';
import { href } from '../route';

const LEVELS = ['blue', 'yellow', 'orange', 'red'] as const;
const ISSUERS = ['principal', 'deputy', 'safety_officer'];
const beijing = (iso: string, lang: string | undefined) => new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' });

function Level({ level }: { level: string }) {
  const { t } = useTranslation();
  return <span className={`badge level-${level}`}>{t(`warning.level.${level}`)}</span>;
}

/** Issue a warning to every unit below one the person may issue for; measures one per line. */
function IssueWarning({ me }: { me: Me }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const units = [...new Set(me.posts.filter((p) => ISSUERS.includes(p.kind)).map((p) => p.unitId))].filter((id) => me.visibleUnits.some((u) => u.parentId === id));
  const [form, setForm] = useState({ issuerUnitId: units[0] ?? '', level: 'yellow', title: '', measures: '' });
  const issue = useMutation({
    mutationFn: () => api<WarningDetail>('POST', '/warnings', {
      issuerUnitId: form.issuerUnitId, level: form.level, title: form.title,
      measures: form.measures.split('\n').map((l) => l.trim()).filter(Boolean).map((text, i) => ({ id: `m${i + 1}`, text })),
    }),
    onSuccess: (w) => void client.invalidateQueries({ queryKey: ['warnings'] }).then(() => (window.location.hash = href('warnings', w.id))),
  });
  if (units.length === 0) return null;
  const problems = issue.error instanceof ApiError ? issue.error.fields : {};
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    issue.mutate();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="issue-warning">
      <h3 id="issue-warning">{t('warning.issue')}</h3>
      <div className="field"><label htmlFor="w-unit">{t('warning.issuer')}</label>
        <select id="w-unit" value={form.issuerUnitId} onChange={set('issuerUnitId')}>{units.map((id) => <option key={id} value={id}>{me.visibleUnits.find((u) => u.id === id)?.name ?? id}</option>)}</select></div>
      <div className="field"><label htmlFor="w-level">{t('warning.levelLabel')}</label>
        <select id="w-level" value={form.level} onChange={set('level')}>{LEVELS.map((l) => <option key={l} value={l}>{t(`warning.level.${l}`)}</option>)}</select></div>
      <div className={`field${problems.title ? ' invalid' : ''}`}><label htmlFor="w-title">{t('warning.title')}</label>
        <input id="w-title" required value={form.title} onChange={set('title')} />{problems.title && <p className="field-error">{problems.title}</p>}</div>
      <div className={`field${problems.measures ? ' invalid' : ''}`}><label htmlFor="w-measures">{t('warning.measures')}</label>
        <textarea id="w-measures" required rows={3} value={form.measures} onChange={set('measures')} />{problems.measures && <p className="field-error">{problems.measures}</p>}</div>
      <button type="submit" disabled={issue.isPending}>{t('warning.issueButton')}</button>
      {issue.error && !Object.keys(problems).length && <p role="alert" className="form-error">{issue.error.message}</p>}
    </form>
  );
}

/** 预警: warnings issued by or covering the person's units, in force first. */
export function WarningsPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['warnings'], queryFn: () => api<{ items: WarningSummary[] }>('GET', '/warnings') });
  return (
    <main>
      <h2>{t('warning.heading')}</h2>
      {q.error ? <p role="alert">{q.error.message}</p> : !q.data ? <p>{t('loading')}</p> : q.data.items.length === 0 ? <p className="muted">{t('warning.none')}</p> : (
        <ul className="list">
          {q.data.items.map((w) => (
            <li key={w.id} className="card" data-warning={w.id}>
              <Level level={w.level} /> <a href={href('warnings', w.id)}><strong>{w.title}</strong></a>
              <p className="muted">{w.issuerUnitName} · {t(`warning.status.${w.status}`)} · {t('warning.tally', { confirmed: w.confirmed, units: w.units, escalated: w.escalated })}{w.status === 'active' ? ` · ${t('warning.confirmBy')} ${beijing(w.confirmBy, i18n.resolvedLanguage)}` : ''}</p>
            </li>
          ))}
        </ul>
      )}
      <IssueWarning me={me} />
    </main>
  );
}

/** A unit's confirmation: each measure done or not, with a note. */
function ConfirmForm({ w, unitId }: { w: WarningDetail; unitId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [done, setDone] = useState<Record<string, boolean>>(Object.fromEntries(w.measures.map((m) => [m.id, true])));
  const [notes, setNotes] = useState<Record<string, string>>({});
  const confirm = useMutation({
    mutationFn: () => api('POST', `/warnings/${w.id}/units/${encodeURIComponent(unitId)}/confirm`, { results: w.measures.map((m) => ({ measureId: m.id, done: done[m.id] ?? false, ...(notes[m.id] ? { note: notes[m.id] } : {}) })) }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['warnings'] }),
  });
  return (
    <form onSubmit={(e) => (e.preventDefault(), confirm.mutate())} aria-label={t('warning.confirmFor', { unit: w.units.find((u) => u.unitId === unitId)?.unitName })}>
      {w.measures.map((m) => (
        <fieldset key={m.id} className="field">
          <label className="inline"><input type="checkbox" checked={done[m.id] ?? false} onChange={(e) => setDone({ ...done, [m.id]: e.target.checked })} /> {m.text}</label>
          <input aria-label={t('warning.note')} placeholder={t('warning.note')} value={notes[m.id] ?? ''} onChange={(e) => setNotes({ ...notes, [m.id]: e.target.value })} />
        </fieldset>
      ))}
      <button type="submit" disabled={confirm.isPending}>{t('warning.confirm')}</button>
      {confirm.error && <p role="alert" className="form-error">{confirm.error.message}</p>}
    </form>
  );
}

export function WarningPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const q = useQuery({ queryKey: ['warnings', id], queryFn: () => api<WarningDetail>('GET', `/warnings/${encodeURIComponent(id)}`) });
  const [note, setNote] = useState('');
  const lift = useMutation({ mutationFn: () => api('POST', `/warnings/${id}/lift`, { note }), onSuccess: () => client.invalidateQueries({ queryKey: ['warnings'] }) });
  if (q.error) return <main><p role="alert">{q.error.message}</p><a href={href('warnings')}>{t('hazard.back')}</a></main>;
  if (!q.data) return <main><p>{t('loading')}</p></main>;
  const w = q.data;
  const lang = i18n.resolvedLanguage;
  const mine = w.units.filter((u) => u.mayConfirm);
  return (
    <main>
      <h2><Level level={w.level} /> {w.title}</h2>
      <p>{w.issuerUnitName} · {w.issuedByName} · {beijing(w.issuedAt, lang)} · {t(`warning.status.${w.status}`)}</p>
      {w.status === 'active' && <p>{t('warning.confirmBy')} {beijing(w.confirmBy, lang)} <Countdown deadline={w.confirmBy} /></p>}
      <h3>{t('warning.measuresHeading')}</h3>
      <ol>{w.measures.map((m) => <li key={m.id}>{m.text}</li>)}</ol>
      <table>
        <thead><tr><th>{t('overview.unit')}</th><th>{t('warning.unitStatus')}</th><th>{t('warning.confirmedBy')}</th>{w.summary && <th>{t('warning.notDone')}</th>}</tr></thead>
        <tbody>
          {w.units.map((u) => (
            <tr key={u.unitId} data-status={u.status}>
              <td>{u.unitName}</td>
              <td className={u.status === 'escalated' ? 'overdue-text' : ''}>{t(`warning.unit.${u.status}`)}</td>
              <td>{u.confirmedByName ? `${u.confirmedByName} · ${beijing(u.confirmedAt!, lang)}` : '—'}</td>
              {w.summary && <td>{(w.summary.find((x) => x.unitId === u.unitId)?.measuresNotDone ?? []).map((m) => w.measures.find((x) => x.id === m)?.text ?? m).join('；') || t('warning.allDone')}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <section className="card" aria-labelledby="warning-incidents">
        <h3 id="warning-incidents">{t('warning.incidents')}</h3>
        {w.incidents.length === 0 ? <p className="muted">{t('warning.noIncidents')}</p> : (
          <ul>{w.incidents.map((i) => <li key={i.id}><a href={href('incidents', i.id)}>{i.title}</a> · {i.unitName} · {t(`severity.${i.severity}`)} · {beijing(i.occurredAt, lang)}</li>)}</ul>
        )}
      </section>
      {mine.map((u) => (
        <section key={u.unitId} className="card">
          <h3>{t('warning.confirmFor', { unit: u.unitName })}</h3>
          <ConfirmForm w={w} unitId={u.unitId} />
        </section>
      ))}
      {w.mayLift && (
        <form className="card" onSubmit={(e) => (e.preventDefault(), lift.mutate())}>
          <div className="field"><label htmlFor="lift-note">{t('warning.liftNote')}</label><input id="lift-note" required value={note} onChange={(e) => setNote(e.target.value)} /></div>
          <button type="submit" disabled={lift.isPending}>{t('warning.lift')}</button>
          {lift.error && <p role="alert" className="form-error">{lift.error.message}</p>}
        </form>
      )}
    </main>
  );
}
