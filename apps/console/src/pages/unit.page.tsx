import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, List, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Assessment, type Scorecard } from '../api';
import { ErrorPage } from '../components/result-pages';
import { beijing, useLang } from '../format';
import { label } from '../i18n';
import { href } from '../route';
import { PlansSection } from './plans.section';
import { RiskSection } from './risk.section';

/** One unit's discipline: its scorecard and this year's assessment (一票否决). */
export function UnitPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  const card = useQuery({ queryKey: ['scorecard', id], queryFn: () => api<Scorecard>('GET', `/units/${encodeURIComponent(id)}/scorecard`), refetchInterval: 30_000 });
  const assessment = useQuery({ queryKey: ['assessment', id, year], queryFn: () => api<Assessment>('GET', `/units/${encodeURIComponent(id)}/assessment?year=${year}`) });
  if (card.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (card.error) return <ErrorPage error={card.error} retry={() => void card.refetch()} />;
  const s = card.data!;
  const day = (iso: string | null) => (iso ? beijing(iso, lang, false) : '—');
  const a = assessment.data;
  return (
    <main>
      <p><a href={href('overview')}>{t('hazard.back')}</a></p>
      <Typography.Title level={2} data-user-text>{s.unitName}</Typography.Title>
      {a && (
        <Alert type={a.result === 'pass' ? 'success' : 'error'} showIcon style={{ marginBottom: 16 }} data-assessment={a.result}
          message={<><strong>{t('unit.assessment', { year })}</strong>：{t(a.result === 'pass' ? 'unit.pass' : 'unit.fail')}</>}
          description={a.vetoes.length > 0 ? <ul style={{ margin: 0 }}>{a.vetoes.map((v) => <li key={v.id} data-user-text>{v.detail}</li>)}</ul> : undefined} />
      )}
      <RiskSection unitId={id} />
      <PlansSection unitId={id} />
      <Card size="small" title={t('unit.scorecard')} style={{ marginBottom: 16 }}>
        <Table rowKey="severity" size="small" dataSource={s.hazards} pagination={false} scroll={{ x: true }} style={{ marginBottom: 16 }}
          onRow={(h) => ({ 'data-severity': h.severity } as React.HTMLAttributes<HTMLElement>)}
          columns={[
            { title: t('hazard.severity'), dataIndex: 'severity', render: (v: string) => t(`severity.${v}`) },
            { title: t('overview.open'), dataIndex: 'open' },
            { title: t('overview.overdue'), dataIndex: 'overdue', render: (v: number) => <span className={v ? 'overdue-text' : ''}>{v}</span> },
            { title: t('overview.closed'), dataIndex: 'closed' },
            { title: t('unit.medianHours'), dataIndex: 'medianHoursToRectify', render: (v: number | null) => v ?? '—' },
          ]} />
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={[
          { key: 'escalations', label: t('unit.escalations'), children: s.escalations },
          { key: 'lapsed', label: t('unit.lapsedDecisions'), children: s.lapsedDecisions },
          { key: 'vacant', label: t('unit.vacantPosts'), children: s.vacantPosts },
          { key: 'omissions', label: t('unit.omissions'), children: s.omissions },
          { key: 'notSubmitted', label: t('unit.notSubmitted'), children: s.campaignsNotSubmitted },
          { key: 'lateIncidents', label: t('unit.lateIncidents'), children: s.lateIncidentReports },
        ]} />
      </Card>
      <Card size="small" title={t('unit.yellowCards')} style={{ marginBottom: 16 }}>
        {s.yellowCards.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.noCards')} /> : (
          <List size="small" dataSource={s.yellowCards} renderItem={(c) => (
            <List.Item key={c.id}>
              <Space wrap><span data-user-text>{c.reasons.join('；')}</span><Tag color={c.inForce ? 'error' : undefined}>{t(c.inForce ? 'unit.inForce' : 'unit.expired', { until: day(c.validUntil) })}</Tag></Space>
            </List.Item>
          )} />
        )}
      </Card>
      <Card size="small" title={t('unit.sanctions')}>
        {s.sanctionsInForce.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.noSanctions')} /> : (
          <List size="small" data-testid="sanctions" dataSource={s.sanctionsInForce} renderItem={(x) => (
            <List.Item key={x.id}>
              <span><span data-person={x.personId} data-user-text>{x.personName}</span>：<a href={href('reviews', x.reviewId)}>{t('review.sanctionUntil', { sanction: label('sanction', x.kind), until: day(x.endsAt) })}</a></span>
            </List.Item>
          )} />
        )}
      </Card>
    </main>
  );
}
