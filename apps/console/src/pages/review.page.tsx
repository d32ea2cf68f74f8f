import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Me, type ReviewDetail } from '../api';
import { Countdown } from '../components/countdown';
import { Field, FormMessage } from '../components/field';
import { label } from '../i18n';
import { beijing } from '../format';
import { href } from '../route';

const SANCTIONS = ['warning', 'demerit', 'major_demerit', 'demotion', 'removal', 'dismissal'];

function StatementForm({ review }: { review: ReviewDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const submit = useMutation({
    mutationFn: () => api('POST', `/accountability-reviews/${encodeURIComponent(review.id)}/statements`, { text }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['review', review.id] }),
  });
  const err = submit.error instanceof ApiError ? submit.error : null;
  return (
    <form className="card" aria-label={t('review.statement')} onSubmit={(e) => { e.preventDefault(); submit.mutate(); }}>
      <h3>{t('review.statement')} <Countdown deadline={review.statementsUntil} /></h3>
      <Field label={t('review.statement')} error={err?.fields.text}>
        {(p) => <textarea {...p} value={text} onChange={(e) => setText(e.target.value)} rows={4} />}
      </Field>
      <FormMessage error={err && !err.fields.text ? err.message : null} ok={submit.isSuccess ? t('review.statementDone') : null} />
      <button type="submit" disabled={submit.isPending}>{t('review.submitStatement')}</button>
    </form>
  );
}

function DecisionForm({ review, proposal }: { review: ReviewDetail; proposal: ReviewDetail['proposals'][number] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState('accept');
  const [sanction, setSanction] = useState('');
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: () =>
      api('POST', `/accountability-reviews/${encodeURIComponent(review.id)}/decisions`, { proposalId: proposal.id, outcome, reason, ...(outcome === 'change' && sanction ? { sanction } : {}) }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['review', review.id] }),
  });
  const err = decide.error instanceof ApiError ? decide.error : null;
  return (
    <form aria-label={`${t('review.decide')} ${proposal.personName}`} onSubmit={(e) => { e.preventDefault(); decide.mutate(); }}>
      <Field label={t('review.outcome')} error={err?.fields.outcome}>
        {(p) => (
          <select {...p} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            <option value="accept">{t('review.accept')}</option>
            <option value="change">{t('review.change')}</option>
            <option value="dismiss">{t('review.dismiss')}</option>
          </select>
        )}
      </Field>
      {outcome === 'change' && (
        <Field label={t('review.sanction')} error={err?.fields.sanction}>
          {(p) => (
            <select {...p} value={sanction} onChange={(e) => setSanction(e.target.value)}>
              <option value="">—</option>
              {SANCTIONS.filter((s) => s !== proposal.proposedSanction).map((s) => <option key={s} value={s}>{label('sanction', s)}</option>)}
            </select>
          )}
        </Field>
      )}
      <Field label={t('review.decisionReason')} error={err?.fields.reason}>
        {(p) => <textarea {...p} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />}
      </Field>
      <FormMessage error={err && !err.fields.reason && !err.fields.sanction ? err.message : null} ok={decide.isSuccess ? t('review.decided') : null} />
      <button type="submit" disabled={decide.isPending}>{t('review.decide')}</button>
    </form>
  );
}

/** 责任倒查: who held the hazard when (by the letters valid then), findings, proposals, statements and decisions. */
export function ReviewPage({ id, me }: { id: string; me: Me }) {
  const { t, i18n } = useTranslation();
  const review = useQuery({ queryKey: ['review', id], queryFn: () => api<ReviewDetail>('GET', `/accountability-reviews/${encodeURIComponent(id)}`), refetchInterval: 5_000 });
  if (review.isLoading) return <p>{t('loading')}</p>;
  if (review.error) return <FormMessage error={review.error.message} />;
  const r = review.data!;
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  const person = (id: string | null | undefined) => (id ? (r.names.people[id] ?? '—') : '—');
  const names = { get: (id: string) => r.names.people[id] };
  const hours = (ms: number) => (ms >= 86_400_000 ? t('span.d', { count: Math.round(ms / 86_400_000) }) : ms >= 3_600_000 ? t('span.h', { count: Math.round(ms / 3_600_000) }) : t('span.m', { count: Math.max(1, Math.round(ms / 60_000)) }));
  const basis = (a: { basis: string; letterId: string | null }) => (a.basis === 'letter' ? t('review.byLetter') : t('review.byChart'));
  const held = r.timeline.filter((e) => e.holder && (e.type === 'assigned' || e.type === 'escalated' || e.type.startsWith('incident_')));
  const concerned = r.proposals.find((p) => p.personId === me.id);
  const canState = concerned && r.status === 'statements' && !r.statements.some((s) => s.personId === me.id);
  const isAuthority = r.authorityId === me.id && (r.status === 'statements' || r.status === 'deciding');
  return (
    <main>
      <p><a href={href('reviews')}>{t('hazard.back')}</a></p>
      <h2>{r.names.units[r.unitId] ?? '—'} · {label('reviewReason', r.reason)}</h2>
      <dl className="card">
        <dt>{t('hazard.status')}</dt><dd data-review-status={r.status}>{label('reviewStatus', r.status)}</dd>
        <dt>{t('review.authority')}</dt><dd>{person(r.authorityId)}</dd>
        {r.statementsUntil && (<><dt>{t('review.statementsUntil')}</dt><dd>{r.status === 'statements' && <Countdown deadline={r.statementsUntil} />} {beijing(r.statementsUntil, lang)}</dd></>)}
        {r.decisionDeadline && (<><dt>{t('review.decisionDeadline')}</dt><dd><Countdown deadline={r.decisionDeadline} /></dd></>)}
        {r.hazardId && (<><dt>{t('hazard.details')}</dt><dd><a href={href('hazards', r.hazardId)}>{r.names.hazardTitle ?? t('hazard.details')}</a></dd></>)}
      </dl>
      {canState && <StatementForm review={r} />}
      <section className="card">
        <h3>{t('review.proposals')}</h3>
        <ul className="list">
          {r.proposals.map((p) => (
            <li key={p.id} data-proposal={p.status} aria-label={p.personName} data-person={p.personId}>
              <strong>{p.personName}</strong>: {p.conducts.map((c) => label('conduct', c)).join(', ')} → {label('sanction', p.proposedSanction)}{' '}
              <span className="badge">{label('proposalStatus', p.status)}</span>
              {p.decidedSanction && p.status === 'changed' && <> → {label('sanction', p.decidedSanction)}</>}
              {p.reason && <div className="muted">{person(p.decidedBy)}: {p.reason}</div>}
              {/* The grounds are the findings' English wording; a Chinese reader has the findings below, in Chinese. */}
              {lang === 'en' && <ul>{p.grounds.map((g, i) => <li key={i} className="muted">{g}</li>)}</ul>}
              {isAuthority && p.status === 'proposed' && <DecisionForm review={r} proposal={p} />}
            </li>
          ))}
        </ul>
      </section>
      {r.statements.length > 0 && (
        <section className="card">
          <h3>{t('review.statements')}</h3>
          <ul>{r.statements.map((s) => <li key={s.personId}><strong>{names.get(s.personId) ?? '—'}</strong> ({beijing(s.submittedAt, lang)}): {s.text}</li>)}</ul>
        </section>
      )}
      <section className="card">
        <h3>{t('review.timeline')}</h3>
        <ol>
          {held.map((e, i) => (
            <li key={i}>
              {beijing(e.at, lang)} · {label('event', e.type)} · {label('level', e.holder!.level)} {person(e.holder!.personId)} ({basis(e.holder!)})
            </li>
          ))}
        </ol>
        <h3>{t('review.findings')}</h3>
        <div className="table-scroll">
          <table>
            <thead><tr><th scope="col">{t('review.person')}</th><th scope="col">{t('review.conduct')}</th><th scope="col">{t('review.reason')}</th></tr></thead>
            <tbody>
              {r.findings.map((f, i) => (
                <tr key={i} data-conduct={f.conduct}>
                  <th scope="row">{person(f.personId)}</th>
                  <td>{label('conduct', f.conduct)}</td>
                  <td>{lang === 'en' ? f.detail : f.lateByMs ? t('review.late', { time: hours(f.lateByMs) }) : label('conduct', f.conduct)} · {basis(f)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}
