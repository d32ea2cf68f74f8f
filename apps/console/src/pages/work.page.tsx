import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Input, List, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { api, ApiError, type Schemas } from '../api';
import { Countdown } from '../components/countdown';
import { ErrorPage } from '../components/result-pages';
import { beijing, useLang } from '../format';
import { href } from '../route';

type WorkItem = Schemas['WorkItemDto'];
type RequestDetails = { newDeadline?: string; reason?: string; needs?: string[] };

/** A decision in place: approve or reject with a comment, confirmed first. */
function Decide({ item, onDecided }: { item: WorkItem; onDecided: (title: string) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const decide = useMutation({
    mutationFn: (approve: boolean) => api('POST', `/hazards/${item.hazard.id}/decide`, { requestId: item.request!.id, approve, comment }),
    onSuccess: () => {
      onDecided(item.hazard.title);
      return client.invalidateQueries();
    },
  });
  const err = decide.error instanceof ApiError ? decide.error : null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.TextArea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} aria-label={t('hz.decisionComment')} placeholder={t('hz.decisionComment')} status={err?.fields.comment ? 'error' : undefined} />
      {err && <Alert type="error" showIcon message={err.fields.comment ?? err.message} />}
      <Space>
        <Popconfirm title={t('hz.confirmTitle')} description={`${t('hz.approve')} · ${item.hazard.title}`} okText={t('hz.approve')} cancelText={t('hz.cancel')} onConfirm={() => decide.mutate(true)}>
          <Button type="primary" loading={decide.isPending}>{t('hz.approve')}</Button>
        </Popconfirm>
        <Popconfirm title={t('hz.confirmTitle')} description={`${t('hz.reject')} · ${item.hazard.title}`} okText={t('hz.reject')} cancelText={t('hz.cancel')} onConfirm={() => decide.mutate(false)}>
          <Button danger loading={decide.isPending}>{t('hz.reject')}</Button>
        </Popconfirm>
      </Space>
    </Space>
  );
}

/** 我的工作: what waits for me, each with its next step (what, by when, for whom); overdue first. */
export function WorkPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [decided, setDecided] = useState<string | null>(null);
  const work = useQuery({ queryKey: ['work'], queryFn: () => api<{ items: WorkItem[] }>('GET', '/work'), refetchInterval: 10_000 });
  if (work.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (work.error) return <ErrorPage error={work.error} retry={() => void work.refetch()} />;
  const items = work.data!.items;
  return (
    <main>
      <Typography.Title level={2}>{t('work.heading')}</Typography.Title>
      <div aria-live="polite">{decided && <Alert type="success" showIcon role="status" message={t('work.decided', { title: decided })} style={{ marginBottom: 12 }} />}</div>
      {items.length === 0 ? (
        <Empty description={t('work.empty')} />
      ) : (
        <List
          dataSource={items}
          renderItem={(i) => {
            const what = t(`work.what.${i.kind}`, { kind: i.request ? t(`work.kind.${i.request.kind}`) : '' });
            const whom = i.forWhom ? t(`work.forWhom.${i.kind}`, { name: i.forWhom.name }) : null;
            return (
              <List.Item key={`${i.kind}-${i.hazard.id}-${i.request?.id ?? ''}`}>
                <Card size="small" style={{ width: '100%', borderColor: i.overdue ? '#ff4d4f' : undefined }} data-work={i.kind} data-overdue={i.overdue}
                  title={<a href={href('hazards', i.hazard.id)} data-user-text>{i.hazard.title}</a>}
                  extra={<Countdown deadline={i.due} />}>
                  <Space wrap size={[4, 4]} style={{ marginBottom: 8 }}>
                    <Tag color={i.hazard.severity === 'major' ? 'red' : 'blue'}>{SEVERITY_LABELS[lang][i.hazard.severity as 'general' | 'major']}</Tag>
                    <Tag>{CATEGORY_LABELS[lang][i.hazard.category as keyof (typeof CATEGORY_LABELS)['zh']] ?? '—'}</Tag>
                    <Tag data-user-text>{i.hazard.unitName}</Tag>
                    {i.actingFor && <Tag color="purple" data-user-text>{t('work.actingFor', { name: i.actingFor.name })}</Tag>}
                  </Space>
                  <p className="next-step">
                    <strong>{t('work.next')}：</strong>{what}{i.due ? ` · ${t('work.by', { at: beijing(i.due, lang) })}` : ''}{whom ? ` · ${whom}` : ''}
                  </p>
                  {i.request && ((d: RequestDetails) => (
                    <Space direction="vertical" size={2} style={{ marginBottom: 8 }}>
                      {d.reason && <span>{d.reason}</span>}
                      {d.newDeadline && <span>{t('hz.newDeadline')}: {beijing(d.newDeadline, lang)}</span>}
                      {d.needs && <span>{t('hz.needs')}: {d.needs.map((n) => t(`need.${n}`)).join('、')}</span>}
                      {i.hazard.stageDeadline && <span>{t('hazard.deadline')}: {beijing(i.hazard.stageDeadline, lang)}</span>}
                    </Space>
                  ))(i.request.details as RequestDetails)}
                  {i.kind === 'decide' ? <Decide item={i} onDecided={setDecided} /> : <Button href={href('hazards', i.hazard.id)}>{t('work.open')}</Button>}
                </Card>
              </List.Item>
            );
          }}
        />
      )}
    </main>
  );
}
