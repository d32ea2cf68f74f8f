import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Card, Spin, Table, Tag, Typography } from 'antd';
import { api } from '../api';
import { BarChart } from '../components/bar-chart';
import { ErrorPage } from '../components/result-pages';
import { href } from '../route';

interface StatRow {
  unitId: string;
  unitName: string;
  riskLevel: 'high' | 'medium' | 'low' | null;
  severity: 'general' | 'major';
  open: number;
  overdue: number;
  closed: number;
}

/** Open and overdue hazards per unit of the signed-in leader's subtree: a chart and the table behind it. */
export function OverviewPage() {
  const { t } = useTranslation();
  const stats = useQuery({ queryKey: ['stats'], queryFn: () => api<{ units: StatRow[] }>('GET', '/hazards/stats'), refetchInterval: 30_000 });
  if (stats.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (stats.error) return <ErrorPage error={stats.error} retry={() => void stats.refetch()} />;
  const units = new Map<string, { name: string; risk: StatRow['riskLevel']; general?: StatRow; major?: StatRow }>();
  for (const r of stats.data!.units) units.set(r.unitId, { ...(units.get(r.unitId) ?? { name: r.unitName, risk: r.riskLevel }), [r.severity]: r });
  const rows = [...units].map(([id, u]) => ({
    id,
    name: u.name,
    risk: u.risk,
    open: (u.general?.open ?? 0) + (u.major?.open ?? 0),
    overdue: (u.general?.overdue ?? 0) + (u.major?.overdue ?? 0),
    general: u.general,
    major: u.major,
  }));
  const counts = (r: (typeof rows)[number], s: 'general' | 'major') => (
    <span>
      {r[s]?.open ?? 0} / <a className={r[s]?.overdue ? 'overdue-text' : ''} style={{ textDecoration: 'underline' }} href={`${href('ledger')}?unitId=${encodeURIComponent(r.id)}&severity=${s}&overdue=true`}>{r[s]?.overdue ?? 0}</a> /{' '}
      <a style={{ textDecoration: 'underline' }} href={`${href('ledger')}?unitId=${encodeURIComponent(r.id)}&severity=${s}&status=closed`}>{r[s]?.closed ?? 0}</a>
    </span>
  );
  const cell = (attrs: Record<string, string>) => attrs as React.HTMLAttributes<HTMLElement>;
  return (
    <main>
      <Typography.Title level={2}>{t('overview.title')}</Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <BarChart title={t('overview.chart')} rows={rows.map((r) => ({ label: r.name, values: [r.open, r.overdue] }))}
          series={[{ name: t('overview.open'), color: '#0b57d0' }, { name: t('overview.overdue'), color: '#c62828' }]} />
      </Card>
      <Table rowKey="id" size="small" dataSource={rows} pagination={false} scroll={{ x: true }}
        columns={[
          { title: t('overview.unit'), dataIndex: 'name', render: (v: string, r) => <a href={href('units', r.id)} data-user-text>{v}</a> },
          { title: t('risk.heading'), key: 'risk', onCell: (r) => cell({ 'data-risk': r.risk ?? 'none' }),
            render: (_: unknown, r) => <Tag color={r.risk === 'high' ? 'error' : r.risk === 'medium' ? 'warning' : r.risk === 'low' ? 'success' : undefined}>{t(`risk.level.${r.risk ?? 'none'}`)}</Tag> },
          ...(['general', 'major'] as const).map((s) => ({
            title: `${t(`overview.${s}`)}: ${t('overview.open')} / ${t('overview.overdue')} / ${t('overview.closed')}`,
            key: s,
            onCell: () => cell({ 'data-counts': s }),
            render: (_: unknown, r: (typeof rows)[number]) => counts(r, s),
          })),
        ]} />
    </main>
  );
}
