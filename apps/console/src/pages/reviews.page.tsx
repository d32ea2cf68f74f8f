import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ReviewSummary } from '../api';
import { FormMessage } from '../components/field';
import { label } from '../i18n';
import { href } from '../route';

/** Reviews of the person's units and below, and those that concern them or wait for their decision. */
export function ReviewsPage() {
  const { t } = useTranslation();
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
              <strong>{r.unitId} · {label('reviewReason', r.reason)}</strong>
            </a>{' '}
            <span className={`badge ${r.severity}`}>{t(`severity.${r.severity}`)}</span> <span className="badge">{label('reviewStatus', r.status)}</span>
            <div className="muted">{new Date(r.createdAt).toLocaleString()} · {t('review.proposals')}: {r.proposals}</div>
          </li>
        ))}
      </ul>
    </main>
  );
}
