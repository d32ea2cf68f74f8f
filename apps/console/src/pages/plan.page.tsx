import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api';
import type { Drill, Plan } from '../api-preparedness';
import { Field, FormMessage } from '../components/field';
import { href } from '../route';
import { beijingDay, toIso, usePeople } from './plans.section';

/** One contingency plan: its version and review date, its drills with participants, findings and the hazards they opened; drill forms for those who manage it. */
export function PlanPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['plan', id], queryFn: () => api<Plan>('GET', `/plans/${id}`), retry: false });
  if (q.isLoading) return <p>{t('loading')}</p>;
  if (q.error) return <FormMessage error={q.error.message} />;
  const plan = q.data!;
  const lang = i18n.resolvedLanguage;
  return (
    <main>
      <p><a href={href('units', plan.unitId)}>{plan.unitName}</a></p>
      <h2>{plan.title}</h2>
      <section className="card" data-plan-review={plan.reviewStatus}>
        <dl>
          <dt>{t('plan.type')}</dt><dd>{t(`plan.types.${plan.type}`)}</dd>
          <dt>{t('plan.owner')}</dt><dd>{plan.ownerName}</dd>
          <dt>{t('plan.version')}</dt><dd>{plan.version}</dd>
          <dt>{t('plan.reviewBy')}</dt><dd className={plan.reviewStatus === 'current' ? '' : 'overdue-text'}>{beijingDay(plan.reviewBy, lang)} · {t(`plan.review.${plan.reviewStatus}`)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="drills-heading">
        <h3 id="drills-heading">{t('plan.drillsHeading')}</h3>
        {plan.drills.length === 0 ? <p className="muted">{t('plan.noDrills')}</p> : <ul>{plan.drills.map((d) => <DrillItem key={d.id} drill={d} />)}</ul>}
      </section>
      {plan.mayDrill && <PlanDrillForm plan={plan} />}
      {plan.mayDrill && <RecordDrillForm plan={plan} />}
    </main>
  );
}

function DrillItem({ drill: d }: { drill: Drill }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  return (
    <li data-drill-status={d.status}>
      <strong className={d.status === 'missed' || d.status === 'held_late' ? 'overdue-text' : ''}>{t(`plan.drill.${d.status}`)}</strong> · {beijingDay(d.heldAt ?? d.plannedAt, lang)} · {d.scenario}
      {d.participants && d.participants.length > 0 && <p>{t('plan.participantsOf', { names: d.participants.map((p) => p.name).join(t('plan.separator')) })}</p>}
      {d.findings && d.findings.length > 0 && <ul>{d.findings.map((f, i) => <li key={i}>{f.text}{f.openHazard ? ` · ${t(`severity.${f.severity}`)}` : ''}</li>)}</ul>}
      {d.hazards.length > 0 && <p>{t('plan.hazards')} {d.hazards.map((h) => <a key={h.hazardId} href={href('hazards', h.hazardId)}>{h.title}</a>)}</p>}
      {d.recordedByName && <p className="muted">{t('plan.recordedBy', { name: d.recordedByName })}</p>}
    </li>
  );
}

function useDrillMutation(plan: Plan, path: 'drills' | 'drill-records', body: () => unknown) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<Plan>('POST', `/units/${encodeURIComponent(plan.unitId)}/${path}`, body()),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['plan', plan.id] }), client.invalidateQueries({ queryKey: ['plans', plan.unitId] })]),
  });
}

function PlanDrillForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ plannedAt: '', scenario: '' });
  const send = useDrillMutation(plan, 'drills', () => ({ planId: plan.id, plannedAt: toIso(form.plannedAt), scenario: form.scenario }));
  const err = send.error instanceof ApiError ? send.error : null;
  const e = err?.fields ?? {};
  return (
    <form className="card" onSubmit={(x: FormEvent) => (x.preventDefault(), send.mutate())} aria-label={t('plan.planDrill')}>
      <h3>{t('plan.planDrill')}</h3>
      <Field label={t('plan.plannedAt')} error={e.plannedAt}>{(p) => <input {...p} type="datetime-local" value={form.plannedAt} onChange={(x) => setForm({ ...form, plannedAt: x.target.value })} />}</Field>
      <Field label={t('plan.scenario')} error={e.scenario}>{(p) => <input {...p} value={form.scenario} onChange={(x) => setForm({ ...form, scenario: x.target.value })} />}</Field>
      <FormMessage error={err && Object.keys(e).length === 0 ? err.message : null} ok={send.isSuccess ? t('plan.planned') : null} />
      <button type="submit" disabled={send.isPending}>{t('plan.planDrill')}</button>
    </form>
  );
}

interface FindingInput { text: string; openHazard: boolean; severity: 'general' | 'major' }

function RecordDrillForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const people = usePeople(plan.unitId);
  const [drillId, setDrillId] = useState('');
  const [heldAt, setHeldAt] = useState('');
  const [scenario, setScenario] = useState('');
  const [participants, setParticipants] = useState<string[]>([]);
  const [findings, setFindings] = useState<FindingInput[]>([]);
  const send = useDrillMutation(plan, 'drill-records', () => ({ planId: plan.id, ...(drillId ? { drillId } : {}), heldAt: toIso(heldAt), scenario, participants, findings }));
  const err = send.error instanceof ApiError ? send.error : null;
  const e = err?.fields ?? {};
  const open = plan.drills.filter((d) => d.status === 'planned' || d.status === 'missed');
  const setFinding = (i: number, f: Partial<FindingInput>) => setFindings(findings.map((x, j) => (i === j ? { ...x, ...f } : x)));
  return (
    <form className="card" onSubmit={(x: FormEvent) => (x.preventDefault(), send.mutate())} aria-label={t('plan.recordDrill')}>
      <h3>{t('plan.recordDrill')}</h3>
      <Field label={t('plan.whichDrill')} error={e.drillId}>
        {(p) => (
          <select {...p} value={drillId} onChange={(x) => setDrillId(x.target.value)}>
            <option value="">{t('plan.adHoc')}</option>
            {open.map((d) => <option key={d.id} value={d.id}>{d.scenario} · {t(`plan.drill.${d.status}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('plan.heldAt')} error={e.heldAt}>{(p) => <input {...p} type="datetime-local" value={heldAt} onChange={(x) => setHeldAt(x.target.value)} />}</Field>
      <Field label={t('plan.scenario')} error={e.scenario}>{(p) => <input {...p} value={scenario} onChange={(x) => setScenario(x.target.value)} />}</Field>
      <fieldset>
        <legend>{t('plan.participants')}</legend>
        {people.data?.items.map((x) => (
          <label key={x.id} className="check">
            <input type="checkbox" checked={participants.includes(x.id)} onChange={(c) => setParticipants(c.target.checked ? [...participants, x.id] : participants.filter((y) => y !== x.id))} /> {x.name}
          </label>
        ))}
        {Object.entries(e).filter(([k]) => k.startsWith('participants')).map(([k, v]) => <p key={k} className="field-error" role="alert">{v}</p>)}
      </fieldset>
      <fieldset>
        <legend>{t('plan.findings')}</legend>
        {findings.map((f, i) => (
          <div key={i} className="finding">
            <Field label={t('plan.finding', { n: i + 1 })} error={e[`findings.${i}.text`]}>{(p) => <input {...p} value={f.text} onChange={(x) => setFinding(i, { text: x.target.value })} />}</Field>
            <label className="check"><input type="checkbox" checked={f.openHazard} onChange={(x) => setFinding(i, { openHazard: x.target.checked })} /> {t('plan.openHazard')}</label>
            <select aria-label={t('hazard.severity')} value={f.severity} onChange={(x) => setFinding(i, { severity: x.target.value as FindingInput['severity'] })}>
              <option value="general">{t('severity.general')}</option>
              <option value="major">{t('severity.major')}</option>
            </select>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setFindings([...findings, { text: '', openHazard: false, severity: 'general' }])}>{t('plan.addFinding')}</button>
      </fieldset>
      <FormMessage error={err && Object.keys(e).length === 0 ? err.message : null} ok={send.isSuccess ? t('plan.recorded') : null} />
      <button type="submit" disabled={send.isPending}>{t('plan.recordDrill')}</button>
    </form>
  );
}
