import { useQuery } from '@tanstack/react-query';
import { Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Me, type ReviewSummary } from '../api';
import { ErrorPage } from '../components/result-pages';
import { beijing, useLang } from '../format';
import { label } from '../i18n';
import { href } from '../route';

const STATUS_COLOURS: Record<string, string> = { statements: 'processing', deciding: 'warning', appeals: 'processing', decided: 'success', preparation_failed: 'error' };

/** Reviews of the person's units and below, and those that concern them or wait for their decision. */
export function ReviewsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const units = new Map(me.visibleUnits.map((u) => [u.id, u.name]));
  const reviews = useQuery({ queryKey: ['reviews'], queryFn: () => api<{ items: ReviewSummary[] }>('GET', '/accountability-reviews'), refetchInterval: 15_000 });
  if (reviews.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (reviews.error) return <ErrorPage error={reviews.error} retry={() => void reviews.refetch()} />;
  return (
    <main>
      <Typography.Title level={2}>{t('review.title')}</Typography.Title>
      <List bordered dataSource={reviews.data!.items} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.empty')} /> }}
        renderItem={(r) => (
          <List.Item key={r.id} data-review={r.status}>
            <List.Item.Meta
              title={<a href={href('reviews', r.id)}><span data-user-text>{units.get(r.unitId) ?? '—'}</span> · {label('reviewReason', r.reason)}</a>}
              description={`${beijing(r.createdAt, lang)} · ${t('review.proposals')}: ${r.proposals}`} />
            <Space wrap>
              <Tag color={r.severity === 'major' ? 'red' : undefined}>{t(`severity.${r.severity}`)}</Tag>
              <Tag color={STATUS_COLOURS[r.status]}>{label('reviewStatus', r.status)}</Tag>
            </Space>
          </List.Item>
        )} />
    </main>
  );
}
