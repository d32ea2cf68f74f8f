import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type HazardDetail, type Me } from '../api';
import { ESCALATION_NEEDS as NEEDS } from '../../../../libs/domain/src/hazards/state.js';
import { Field, FormMessage } from '../components/field';

/** `<input type="datetime-local">` speaks local time without a zone; the API wants ISO 8601. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : '');
const toLocalInput = (iso: string | null | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** One action form: posts to the API and shows its validation messages next to the fields. */
function ActionForm({ hazardId, action, title, body, onDone, children }: { hazardId: string; action: string; title: string; body: () => unknown; onDone: (title: string) => void; children: (errors: Record<string, string>) => ReactNode }) {
  const client = useQueryClient();
  const send = useMutation({
    mutationFn: () => api('POST', `/hazards/${hazardId}/${action}`, body()),
    // The form may vanish once the hazard moves on, so the panel above it says that it worked.
    onSuccess: () => {
      onDone(title);
      return client.invalidateQueries();
    },
  });
  const err = send.error instanceof ApiError ? send.error : null;
  const fields = err?.fields ?? {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  return (
    <form className="card action" onSubmit={onSubmit} aria-label={title}>
      <h3>{title}</h3>
      {children(fields)}
      <FormMessage error={err && Object.keys(fields).length === 0 ? err.message : null} />
      <button type="submit" disabled={send.isPending}>
        {title}
      </button>
    </form>
  );
}

export function ActionPanel({ hazard, me }: { hazard: HazardDetail; me: Me }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [newDeadline, setNewDeadline] = useState(() => toLocalInput(hazard.stage?.deadline));
  const [reason, setReason] = useState('');
  const [needs, setNeeds] = useState<string[]>([]);
  const [mode, setMode] = useState<'transfer' | 'co_own'>('transfer');
  const [plan, setPlan] = useState({ responsiblePersonId: me.id, measures: '', funds: '', deadline: toLocalInput(hazard.stage?.deadline), contingencyPlan: '' });
  const [summary, setSummary] = useState('');
  const [evidence, setEvidence] = useState('');
  const [passed, setPassed] = useState(true);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const holder = hazard.responsiblePersonId === me.id;
  const status = hazard.status;
  const canRequest = holder && ['assigned', 'acknowledged', 'planned', 'rework'].includes(status) && !hazard.live?.pendingRequest;
  const forms: ReactNode[] = [];

  if (holder && status === 'assigned') {
    forms.push(
      <ActionForm onDone={setDone} key="ack" hazardId={hazard.id} action="acknowledge" title={t('action.acknowledge')} body={() => (note ? { note } : {})}>
        {(e) => <Field label={t('action.note')} error={e.note}>{(p) => <input {...p} value={note} onChange={(x) => setNote(x.target.value)} />}</Field>}
      </ActionForm>,
    );
  }
  if (holder && (status === 'acknowledged' || status === 'rework')) {
    const set = (k: keyof typeof plan) => (x: { target: { value: string } }) => setPlan({ ...plan, [k]: x.target.value });
    forms.push(
      <ActionForm onDone={setDone} key="plan" hazardId={hazard.id} action="submit-plan" title={t('action.submitPlan')} body={() => ({ plan: { ...plan, deadline: toIso(plan.deadline) } })}>
        {(e) => (
          <>
            <Field label={t('action.responsiblePersonId')} error={e['plan.responsiblePersonId']}>{(p) => <input {...p} value={plan.responsiblePersonId} onChange={set('responsiblePersonId')} />}</Field>
            <Field label={t('action.measures')} error={e['plan.measures']}>{(p) => <textarea {...p} value={plan.measures} onChange={set('measures')} rows={2} />}</Field>
            <Field label={t('action.funds')} error={e['plan.funds']}>{(p) => <input {...p} value={plan.funds} onChange={set('funds')} />}</Field>
            <Field label={t('action.planDeadline')} error={e['plan.deadline']}>{(p) => <input {...p} type="datetime-local" value={plan.deadline} onChange={set('deadline')} />}</Field>
            <Field label={t('action.contingencyPlan')} error={e['plan.contingencyPlan']}>{(p) => <textarea {...p} value={plan.contingencyPlan} onChange={set('contingencyPlan')} rows={2} />}</Field>
          </>
        )}
      </ActionForm>,
    );
  }
  if (holder && ['acknowledged', 'planned', 'rework'].includes(status)) {
    forms.push(
      <ActionForm onDone={setDone} key="rect" hazardId={hazard.id} action="submit-rectification" title={t('action.submitRectification')} body={() => ({ summary, evidence: evidence.split('\n').map((s) => s.trim()).filter(Boolean) })}>
        {(e) => (
          <>
            <Field label={t('action.summary')} error={e.summary}>{(p) => <textarea {...p} value={summary} onChange={(x) => setSummary(x.target.value)} rows={2} />}</Field>
            <Field label={t('action.evidence')} error={e.evidence ?? Object.entries(e).find(([k]) => k.startsWith('evidence'))?.[1]}>{(p) => <textarea {...p} value={evidence} onChange={(x) => setEvidence(x.target.value)} rows={2} />}</Field>
          </>
        )}
      </ActionForm>,
    );
  }
  if (status === 'rectified' && (hazard.live?.verifiers.includes(me.id) || me.posts.some((p) => p.kind === 'safety_officer' && p.unitId === hazard.unitId))) {
    forms.push(
      <ActionForm onDone={setDone} key="verify" hazardId={hazard.id} action="verify" title={t('action.verify')} body={() => ({ passed, comment })}>
        {(e) => (
          <>
            <div className="field">
              <label>
                <input type="checkbox" checked={passed} onChange={(x) => setPassed(x.target.checked)} /> {t('action.passed')}
              </label>
            </div>
            <Field label={t('action.comment')} error={e.comment}>{(p) => <textarea {...p} value={comment} onChange={(x) => setComment(x.target.value)} rows={2} />}</Field>
          </>
        )}
      </ActionForm>,
    );
  }
  if (canRequest) {
    forms.push(
      <ActionForm onDone={setDone} key="ext" hazardId={hazard.id} action="request-extension" title={t('action.requestExtension')} body={() => ({ newDeadline: toIso(newDeadline), reason })}>
        {(e) => (
          <>
            <Field label={t('action.newDeadline')} error={e.newDeadline}>{(p) => <input {...p} type="datetime-local" value={newDeadline} onChange={(x) => setNewDeadline(x.target.value)} />}</Field>
            <Field label={t('action.reason')} error={e.reason}>{(p) => <textarea {...p} value={reason} onChange={(x) => setReason(x.target.value)} rows={2} />}</Field>
          </>
        )}
      </ActionForm>,
      <ActionForm onDone={setDone} key="esc" hazardId={hazard.id} action="request-escalation" title={t('action.requestEscalation')} body={() => ({ reason, needs, mode })}>
        {(e) => (
          <>
            <Field label={t('action.reason')} error={e.reason}>{(p) => <textarea {...p} value={reason} onChange={(x) => setReason(x.target.value)} rows={2} />}</Field>
            <fieldset className={e.needs ? 'field invalid' : 'field'}>
              <legend>{t('action.needs')}</legend>
              {NEEDS.map((n) => (
                <label key={n} className="inline">
                  <input type="checkbox" checked={needs.includes(n)} onChange={(x) => setNeeds(x.target.checked ? [...needs, n] : needs.filter((y) => y !== n))} /> {n}
                </label>
              ))}
              {e.needs && <p className="field-error" role="alert">{e.needs}</p>}
            </fieldset>
            <Field label={t('action.mode')} error={e.mode}>
              {(p) => (
                <select {...p} value={mode} onChange={(x) => setMode(x.target.value as 'transfer' | 'co_own')}>
                  <option value="transfer">{t('action.transfer')}</option>
                  <option value="co_own">{t('action.coOwn')}</option>
                </select>
              )}
            </Field>
          </>
        )}
      </ActionForm>,
    );
  }
  if (forms.length === 0 && !done) return null;
  return (
    <section aria-labelledby="actions-h">
      <h2 id="actions-h">{t('hazard.actions')}</h2>
      <div aria-live="polite">{done && <FormMessage ok={`${done}: ${t('action.done')}`} />}</div>
      <div className="actions">{forms}</div>
    </section>
  );
}
