import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type HazardDetail, type Me } from '../api';
import { label } from '../i18n';
import { Countdown } from '../components/countdown';
import { FormMessage } from '../components/field';
import { href } from '../route';
import { ActionPanel } from './action-panel';

/** The escalation ladder as a picture: one step per rung, the current one highlighted. */
function Ladder({ hazard }: { hazard: HazardDetail }) {
  const { t } = useTranslation();
  const rungs = hazard.chain?.rungs ?? [];
  const w = 150;
  const h = 44;
  const height = rungs.length * (h + 12) + 10;
  return (
    <figure className="ladder">
      <svg viewBox={`0 0 ${w + 40 * rungs.length + 20} ${height}`} role="img" aria-label={t('hazard.ladder')}>
        {rungs.map((r, i) => {
          const y = height - (i + 1) * (h + 12);
          const x = 10 + i * 40;
          const current = i === hazard.currentRung;
          return (
            <g key={i} className={current ? 'rung current' : i < (hazard.currentRung ?? 0) ? 'rung passed' : 'rung'}>
              <rect x={x} y={y} width={w} height={h} rx={6} />
              <text x={x + 8} y={y + 18}>{label('level', r.level)}</text>
              <text x={x + 8} y={y + 36} className="who">{r.person.name}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ol>
          {rungs.map((r, i) => (
            <li key={i} aria-current={i === hazard.currentRung ? 'step' : undefined}>
              {label('level', r.level)}: {r.person.name} ({r.person.id}, {r.unitId})
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}

export function HazardPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation();
  const hazard = useQuery({ queryKey: ['hazard', id], queryFn: () => api<HazardDetail>('GET', `/hazards/${id}`), refetchInterval: 10_000 });
  const chain = useQuery({
    queryKey: ['hazard', id, 'verify', hazard.data?.events.length],
    queryFn: () => api<{ valid: boolean; checked?: number; firstBrokenLink?: { sequence: number } | null }>('GET', `/hazards/${id}/timeline/verify`),
    enabled: Boolean(hazard.data),
  });
  if (hazard.isLoading) return <p>{t('loading')}</p>;
  if (hazard.error) return <FormMessage error={hazard.error.message} />;
  const h = hazard.data!;
  const names = new Map((h.chain?.rungs ?? []).map((r) => [r.person.id, r.person.name]));
  return (
    <main>
      <p>
        <a href={href('hazards')}>← {t('hazard.back')}</a>
      </p>
      <h2>{h.title}</h2>
      <section className="card" aria-labelledby="details-h">
        <h3 id="details-h">{t('hazard.details')}</h3>
        <dl className="grid">
          <dt>{t('hazard.status')}</dt>
          <dd data-testid="status" data-status={h.status}>{label('status', h.status)}</dd>
          <dt>{t('hazard.severity')}</dt>
          <dd>{t(`severity.${h.severity}`)}</dd>
          <dt>{t('hazard.holder')}</dt>
          <dd>{h.responsiblePerson ? `${h.responsiblePerson.name ?? ''} (${h.responsiblePerson.id})` : '—'}</dd>
          <dt>{t('hazard.stage')}</dt>
          <dd>{label('stage', h.stage?.action)}</dd>
          <dt>{t('hazard.deadline')}</dt>
          <dd data-testid="deadline">
            {h.stage?.deadline ? (
              <>
                {new Date(h.stage.deadline).toLocaleString()} · <Countdown deadline={h.stage.deadline} />
              </>
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('hazard.location')}</dt>
          <dd>{h.location}</dd>
          <dt>{t('hazard.description')}</dt>
          <dd>{h.description}</dd>
        </dl>
        <p className="muted">{t('hazard.discovered', { who: h.discoveredBy, at: new Date(h.discoveredAt).toLocaleString() })}</p>
        <h4>{t('hazard.evidence')}</h4>
        {h.evidence.length ? (
          <ul>
            {h.evidence.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('hazard.noEvidence')}</p>
        )}
        {h.liveError && <p className="muted">{t('hazard.liveMissing', { why: h.liveError })}</p>}
      </section>

      <ActionPanel hazard={h} me={me} />

      {h.requests.length > 0 && (
        <section className="card" aria-labelledby="requests-h">
          <h3 id="requests-h">{t('hazard.requests')}</h3>
          <ul className="list">
            {h.requests.map((r) => (
              <li key={r.id} data-request={r.status}>
                <strong>{t(r.kind === 'extension' ? 'action.requestExtension' : 'action.requestEscalation')}</strong> · {label('status', r.status)} · {r.requestedBy} → {r.deciderId}
                {r.status === 'pending' && <> · <Countdown deadline={r.deadline} /></>}
                {r.comment && <div className="muted">“{r.comment}”</div>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby="ladder-h">
        <h3 id="ladder-h">{t('hazard.ladder')}</h3>
        <Ladder hazard={h} />
        {h.live && (
          <>
            <h4>{t('hazard.heldBy')}</h4>
            <ul>
              {h.live.holders.map((s, i) => (
                <li key={i}>
                  {names.get(s.personId) ?? s.personId} ({label('level', s.level)}) — {t('hazard.from')} {new Date(s.from).toLocaleString()} {t('hazard.to')}{' '}
                  {s.to ? new Date(s.to).toLocaleString() : t('hazard.now')}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="timeline-h">
        <h3 id="timeline-h">{t('hazard.timeline')}</h3>
        {chain.data && (
          <p className={chain.data.valid ? 'form-ok' : 'form-error'} data-testid="chain-status">
            {chain.data.valid ? t('hazard.chainOk', { n: h.events.length }) : t('hazard.chainBroken', { seq: chain.data.firstBrokenLink?.sequence ?? '?' })}
          </p>
        )}
        <ol className="timeline">
          {h.events.map((e) => (
            <li key={e.sequence} data-event={e.type}>
              <time dateTime={e.occurredAt}>{new Date(e.occurredAt).toLocaleString()}</time> <strong>{label('event', e.type)}</strong>
              {e.actorId && <span className="muted"> · {e.actorId}</span>}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
