import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type HazardSummary, type Me } from '../api';
import { label } from '../i18n';
import { Countdown } from '../components/countdown';
import { FormMessage } from '../components/field';
import { href } from '../route';

const due = (h: HazardSummary) => (h.stage?.deadline ? Date.parse(h.stage.deadline) : Number.POSITIVE_INFINITY);
/** Overdue first, then the nearest deadline. */
const byUrgency = (a: HazardSummary, b: HazardSummary) => Number(b.overdue) - Number(a.overdue) || due(a) - due(b);

function HazardList({ items }: { items: HazardSummary[] }) {
  const { t } = useTranslation();
  return (
    <ul className="list">
      {items.map((h) => (
        <li key={h.id} className={h.overdue ? 'card hazard overdue' : 'card hazard'}>
          <a href={href('hazards', h.id)}>
            <strong>{h.title}</strong>
          </a>
          <span className={`badge ${h.severity}`}>{t(`severity.${h.severity}`)}</span>
          <span className="badge">{label('status', h.status)}</span>
          <div>
            {label('stage', h.stage?.action)} · <Countdown deadline={h.stage?.deadline ?? null} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function MyHazardsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const held = useQuery({
    queryKey: ['hazards', 'held', me.id],
    queryFn: () => api<{ items: HazardSummary[] }>('GET', `/hazards?responsiblePersonId=${encodeURIComponent(me.id)}&limit=100`),
    refetchInterval: 15_000,
  });
  const verifier = me.posts.some((p) => p.kind === 'safety_officer' || p.kind === 'principal');
  const toVerify = useQuery({
    queryKey: ['hazards', 'rectified'],
    queryFn: () => api<{ items: HazardSummary[] }>('GET', '/hazards?status=rectified&limit=100'),
    enabled: verifier,
  });
  const open = (held.data?.items ?? []).filter((h) => h.status !== 'closed').sort(byUrgency);
  return (
    <main>
      <h2>{t('hazards.title')}</h2>
      {held.isLoading && <p>{t('loading')}</p>}
      {held.error && <FormMessage error={held.error.message} />}
      {held.data && open.length === 0 && <p className="muted">{t('hazards.empty')}</p>}
      <HazardList items={open} />
      {verifier && (toVerify.data?.items.length ?? 0) > 0 && (
        <>
          <h2>{t('hazards.toVerify')}</h2>
          <HazardList items={[...toVerify.data!.items].sort(byUrgency)} />
        </>
      )}
    </main>
  );
}
