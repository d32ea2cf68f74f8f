import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Me, type ReviewSummary } from '../api';
import { beijing } from '../format';
import { FormMessage } from '../components/field';
import { label } from '../i18n';
import { href } from '../route';

/** Reviews of the person's units and below, and those that concern them or wait for their decision. */
export function ReviewsPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const units = new Map(me.visibleUnits.map((u) => [u.id, u.name]));
  const reviews = useQuery({ queryKey: ['reviews'], queryFn: () => api<{ items: ReviewSummary[] }>('GET', '/accountability-reviews'), refetchInterval: 15_000 });
  return (
    <main>
      <h2>{t('review.title')}</h2>
      {reviews.isLoading && <p>{t('loading')}</p>}
      {reviews.error && <FormMessage error={reviews.error.message} />}
      {reviews.data && reviews.data.items.length === 0 && <p className="muted">{t('review.empty')}</p>}
      <ul className="list">
        {reviews.data?.items.map((r) => (
          <li key={r.id} className="card" data-review={r.status}>
            <a href={href('reviews', r.id)}>
              <strong>{units.get(r.unitId) ?? '—'} · {label('reviewReason', r.reason)}</strong>
            </a>{' '}
            <span className={`badge ${r.severity}`}>{t(`severity.${r.severity}`)}</span> <span className="badge">{label('reviewStatus', r.status)}</span>
            <div className="muted">{beijing(r.createdAt, i18n.resolvedLanguage === 'en' ? 'en' : 'zh')} · {t('review.proposals')}: {r.proposals}</div>
          </li>
        ))}
      </ul>
    </main>
  );
}
