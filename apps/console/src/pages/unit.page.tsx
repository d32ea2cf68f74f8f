import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Assessment, type Scorecard } from '../api';
import { FormMessage } from '../components/field';
import { label } from '../i18n';
import { href } from '../route';
import { PlansSection } from './plans.section';
import { RiskSection } from './risk.section';

/** One unit's discipline: its scorecard and this year's assessment (一票否决). */
export function UnitPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  const card = useQuery({ queryKey: ['scorecard', id], queryFn: () => api<Scorecard>('GET', `/units/${encodeURIComponent(id)}/scorecard`), refetchInterval: 30_000 });
  const assessment = useQuery({ queryKey: ['assessment', id, year], queryFn: () => api<Assessment>('GET', `/units/${encodeURIComponent(id)}/assessment?year=${year}`) });
  if (card.isLoading) return <p>{t('loading')}</p>;
  if (card.error) return <FormMessage error={card.error.message} />;
  const s = card.data!;
  const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : '—');
  return (
    <main>
      <p><a href={href('overview')}>{t('hazard.back')}</a></p>
      <h2>{s.unitName}</h2>
      {assessment.data && (
        <section className={`card assessment ${assessment.data.result}`} data-assessment={assessment.data.result}>
          <h3>{t('unit.assessment', { year })}</h3>
          <p><strong>{t(assessment.data.result === 'pass' ? 'unit.pass' : 'unit.fail')}</strong></p>
          {assessment.data.vetoes.length > 0 && <ul>{assessment.data.vetoes.map((v) => <li key={v.id}>{v.detail}</li>)}</ul>}
        </section>
      )}
      <RiskSection unitId={id} />
      <PlansSection unitId={id} />
      <section className="card">
        <h3>{t('unit.scorecard')}</h3>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('hazard.severity')}</th>
                <th scope="col">{t('overview.open')}</th>
                <th scope="col">{t('overview.overdue')}</th>
                <th scope="col">{t('overview.closed')}</th>
                <th scope="col">{t('unit.medianHours')}</th>
              </tr>
            </thead>
            <tbody>
              {s.hazards.map((h) => (
                <tr key={h.severity} data-severity={h.severity}>
                  <th scope="row">{t(`severity.${h.severity}`)}</th>
                  <td>{h.open}</td>
                  <td className={h.overdue ? 'overdue-text' : ''}>{h.overdue}</td>
                  <td>{h.closed}</td>
                  <td>{h.medianHoursToRectify ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl>
          <dt>{t('unit.escalations')}</dt><dd>{s.escalations}</dd>
          <dt>{t('unit.lapsedDecisions')}</dt><dd>{s.lapsedDecisions}</dd>
          <dt>{t('unit.vacantPosts')}</dt><dd>{s.vacantPosts}</dd>
          <dt>{t('unit.omissions')}</dt><dd>{s.omissions}</dd>
          <dt>{t('unit.notSubmitted')}</dt><dd>{s.campaignsNotSubmitted}</dd>
          <dt>{t('unit.lateIncidents')}</dt><dd>{s.lateIncidentReports}</dd>
        </dl>
      </section>
      <section className="card">
        <h3>{t('unit.yellowCards')}</h3>
        {s.yellowCards.length === 0 ? <p className="muted">{t('unit.noCards')}</p> : (
          <ul>{s.yellowCards.map((c) => <li key={c.id} className={c.inForce ? 'overdue-text' : ''}>{c.reasons.join('; ')} · {t(c.inForce ? 'unit.inForce' : 'unit.expired', { until: day(c.validUntil) })}</li>)}</ul>
        )}
      </section>
      <section className="card">
        <h3>{t('unit.sanctions')}</h3>
        {s.sanctionsInForce.length === 0 ? <p className="muted">{t('unit.noSanctions')}</p> : (
          <ul data-testid="sanctions">
            {s.sanctionsInForce.map((x) => (
              <li key={x.id}>
                <span data-person={x.personId}>{x.personName}</span>: <a href={href('reviews', x.reviewId)}>{t('review.sanctionUntil', { sanction: label('sanction', x.kind), until: day(x.endsAt) })}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
