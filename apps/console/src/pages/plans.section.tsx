import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api';
import type { Plan, PlanRegister, PlanType, UnitPeople } from '../api-preparedness';
import { Field, FormMessage } from '../components/field';
import { href } from '../route';

export const PLAN_TYPES: PlanType[] = ['flood', 'fire', 'theft', 'network_security', 'exhibition_evacuation', 'records_rescue'];
export const beijingDay = (iso: string | null, lang: string | undefined) => (iso ? new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' }) : '—');
/** `<input type="datetime-local">` speaks local time without a zone; the API wants ISO 8601. */
export const toIso = (local: string) => (local ? new Date(local).toISOString() : '');

/** The people holding a post in the unit, by name, for a picker. */
export function usePeople(unitId: string, enabled = true) {
  return useQuery({ queryKey: ['people', unitId], queryFn: () => api<UnitPeople>('GET', `/units/${encodeURIComponent(unitId)}/people`), enabled });
}

/** 应急预案 on a unit's page: the register by type, with review status and this year's drills against the policy; the form for those who manage it. */
export function PlansSection({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['plans', unitId], queryFn: () => api<PlanRegister>('GET', `/units/${encodeURIComponent(unitId)}/plans`) });
  if (!q.data) return null;
  const r = q.data;
  return (
    <section className="card" aria-labelledby="plans-heading">
      <h3 id="plans-heading">{t('plan.heading', { year: r.year })}</h3>
      {r.items.length === 0 ? <p className="muted">{t('plan.none')}</p> : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('plan.type')}</th>
                <th scope="col">{t('plan.title')}</th>
                <th scope="col">{t('plan.owner')}</th>
                <th scope="col">{t('plan.reviewBy')}</th>
                <th scope="col">{t('plan.drills')}</th>
              </tr>
            </thead>
            <tbody>
              {r.items.map((p) => (
                <tr key={p.id} data-plan-review={p.reviewStatus}>
                  <td>{t(`plan.types.${p.type}`)}</td>
                  <td><a href={href('plans', p.id)}>{p.title}</a> · {p.version}</td>
                  <td>{p.ownerName}</td>
                  <td className={p.reviewStatus === 'current' ? '' : 'overdue-text'}>{beijingDay(p.reviewBy, i18n.resolvedLanguage)} · {t(`plan.review.${p.reviewStatus}`)}</td>
                  <td className={p.drillsMissed > 0 ? 'overdue-text' : ''}>{t('plan.drillTally', { held: p.drillsHeld, required: p.drillsRequired, missed: p.drillsMissed })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r.mayManage && <RegisterPlanForm unitId={unitId} />}
    </section>
  );
}

function RegisterPlanForm({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const people = usePeople(unitId);
  const [form, setForm] = useState({ type: 'flood' as PlanType, title: '', ownerId: '', version: '', reviewBy: '' });
  const register = useMutation({
    mutationFn: () => api<Plan>('POST', `/units/${encodeURIComponent(unitId)}/plans`, { ...form, reviewBy: toIso(form.reviewBy) }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans', unitId] }),
  });
  const err = register.error instanceof ApiError ? register.error : null;
  const e = err?.fields ?? {};
  const set = (k: keyof typeof form) => (x: { target: { value: string } }) => setForm({ ...form, [k]: x.target.value });
  const submit = (x: FormEvent) => (x.preventDefault(), register.mutate());
  return (
    <form onSubmit={submit} aria-label={t('plan.register')}>
      <h4>{t('plan.register')}</h4>
      <Field label={t('plan.type')} error={e.type}>{(p) => <select {...p} value={form.type} onChange={set('type')}>{PLAN_TYPES.map((x) => <option key={x} value={x}>{t(`plan.types.${x}`)}</option>)}</select>}</Field>
      <Field label={t('plan.title')} error={e.title}>{(p) => <input {...p} value={form.title} onChange={set('title')} />}</Field>
      <Field label={t('plan.owner')} error={e.ownerId}>
        {(p) => (
          <select {...p} value={form.ownerId} onChange={set('ownerId')}>
            <option value="">{t('plan.choose')}</option>
            {people.data?.items.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('plan.version')} error={e.version}>{(p) => <input {...p} value={form.version} onChange={set('version')} />}</Field>
      <Field label={t('plan.reviewBy')} error={e.reviewBy}>{(p) => <input {...p} type="datetime-local" value={form.reviewBy} onChange={set('reviewBy')} />}</Field>
      <FormMessage error={err && Object.keys(e).length === 0 ? err.message : null} ok={register.isSuccess ? t('plan.registered') : null} />
      <button type="submit" disabled={register.isPending}>{t('plan.register')}</button>
    </form>
  );
}
