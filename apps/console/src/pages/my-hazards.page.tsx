import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { api, type HazardSummary, type Me } from '../api';
import { label } from '../i18n';
import { Countdown } from '../components/countdown';
import { ErrorPage } from '../components/result-pages';
import { useLang } from '../format';
import { href } from '../route';

const due = (h: HazardSummary) => (h.stage?.deadline ? Date.parse(h.stage.deadline) : Number.POSITIVE_INFINITY);
/** Overdue first, then the nearest deadline. */
const byUrgency = (a: HazardSummary, b: HazardSummary) => Number(b.overdue) - Number(a.overdue) || due(a) - due(b);

function HazardList({ items, empty }: { items: HazardSummary[]; empty: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <List
      dataSource={items}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      renderItem={(h) => (
        <List.Item key={h.id}>
          <Card size="small" className={h.overdue ? 'hazard overdue' : 'hazard'} data-overdue={h.overdue} style={{ width: '100%', borderColor: h.overdue ? '#ff4d4f' : undefined }}
            title={<a href={href('hazards', h.id)} data-user-text>{h.title}</a>}
            extra={<Countdown deadline={h.stage?.deadline ?? null} />}>
            <Space wrap size={[4, 4]}>
              <Tag color={h.severity === 'major' ? 'red' : 'blue'}>{t(`severity.${h.severity}`)}</Tag>
              <Tag>{CATEGORY_LABELS[lang][h.category as keyof (typeof CATEGORY_LABELS)['zh']] ?? '—'}</Tag>
              <Tag color="processing">{label('status', h.status)}</Tag>
              <span>{label('stage', h.stage?.action)}</span>
            </Space>
          </Card>
        </List.Item>
      )}
    />
  );
}

/** 我负责的隐患: the open hazards I hold, overdue first; for verifiers, the rectified ones waiting in my units. */
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
  if (held.isLoading) return <Spin style={{ display: 'block', margin: 48 }} aria-label={t('loading')} />;
  if (held.error) return <ErrorPage error={held.error} retry={() => void held.refetch()} />;
  const open = held.data!.items.filter((h) => h.status !== 'closed').sort(byUrgency);
  return (
    <main>
      <Typography.Title level={2}>{t('hazards.title')}</Typography.Title>
      <HazardList items={open} empty={t('hazards.empty')} />
      {verifier && (toVerify.data?.items.length ?? 0) > 0 && (
        <>
          <Typography.Title level={2}>{t('hazards.toVerify')}</Typography.Title>
          <HazardList items={[...toVerify.data!.items].sort(byUrgency)} empty={t('hazards.empty')} />
        </>
      )}
    </main>
  );
}
