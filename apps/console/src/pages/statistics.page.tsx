import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Form, Input, List, Space, Spin, Table, Tag, Typography } from 'antd';
import type { Breakpoint } from 'antd/es/_util/responsiveObserver';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { HAZARD_CATEGORIES } from '../../../../libs/domain/src/shared/vocabulary.js';
import { api } from '../api';
import { downloadFile } from '../api-files';
import { BarChart } from '../components/bar-chart';
import { ErrorPage } from '../components/result-pages';
import { beijing, useLang } from '../format';
import { href } from '../route';

interface Figures { found: number; major: number; closed: number; closedOnTime: number; open: number; overdue: number; escalated: number; supervised: number; reviews: number; byCategory: Record<string, number> }
interface ReportSummary { id: string; rootUnitName: string; year: number; quarter: number; title: string; status: 'collecting' | 'complete'; total: Figures | null }
interface ReportUnit { unitId: string; unitName: string; depth: number; dueAt: string; status: 'pending' | 'confirmed' | 'late' | 'confirmed_late'; own: Figures | null; total: Figures | null; note: string | null; confirmedByName: string | null; mayConfirm: boolean }
interface Report extends ReportSummary { units: ReportUnit[] }

const FIGURES = ['found', 'major', 'closed', 'closedOnTime', 'open', 'overdue', 'escalated', 'supervised', 'reviews'] as const;

/** 季度统计报告: the reports my units take part in. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['statistics'], queryFn: () => api<{ items: ReportSummary[] }>('GET', '/statistics-reports') });
  if (q.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  return (
    <main>
      <Typography.Title level={2}>{t('statistics.heading')}</Typography.Title>
      {q.data!.items.length === 0 ? <Empty description={t('statistics.none')} /> : (
        <List bordered dataSource={q.data!.items} renderItem={(r) => (
          <List.Item key={r.id}><Space wrap><a href={href('statistics', r.id)}>{r.title}</a><span>{r.rootUnitName}</span><Tag>{t(`statistics.status.${r.status}`)}</Tag></Space></List.Item>
        )} />
      )}
    </main>
  );
}

/** One report: each unit I may see with its deadline, status and figures, as a table and charts; the exports; the confirmation for those who may give it now. */
export function StatisticsReportPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const q = useQuery({ queryKey: ['statistics', id], queryFn: () => api<Report>('GET', `/statistics-reports/${encodeURIComponent(id)}`), retry: false });
  const [note, setNote] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);
  const confirm = useMutation({ mutationFn: (unitId: string) => api('POST', `/statistics-reports/${id}/units/${encodeURIComponent(unitId)}/confirm`, { note }), onSuccess: () => client.invalidateQueries({ queryKey: ['statistics'] }) });
  if (q.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  const r = q.data!;
  const save = (format: 'xlsx' | 'pdf') => {
    setExportError(null);
    downloadFile(`/statistics-reports/${id}/export?format=${format}`, `statistics.${format}`).catch((e: Error) => setExportError(e.message));
  };
  const withFigures = r.units.filter((u) => u.total);
  const categories = HAZARD_CATEGORIES.filter((c) => withFigures.some((u) => (u.total!.byCategory[c] ?? 0) > 0));
  return (
    <main>
      <p><a href={href('statistics')}>{t('statistics.heading')}</a></p>
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>{r.title}</Typography.Title>
        <Tag>{t(`statistics.status.${r.status}`)}</Tag>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} onClick={() => save('pdf')}>{t('statistics.exportPdf')}</Button>
        <Button icon={<DownloadOutlined />} onClick={() => save('xlsx')}>{t('statistics.exportXlsx')}</Button>
      </Space>
      {exportError && <Alert type="error" showIcon message={exportError} style={{ marginBottom: 12 }} />}
      <Table<ReportUnit>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={r.units}
        onRow={(u) => ({ 'data-statistics-unit': u.unitId, 'data-status': u.status }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('overview.unit'), dataIndex: 'unitName', render: (v: string, u) => <span style={{ paddingInlineStart: u.depth * 12 }}>{v}</span> },
          { title: t('statistics.due'), dataIndex: 'dueAt', responsive: ['lg'], render: (v: string) => beijing(v, lang) },
          { title: t('statistics.state'), dataIndex: 'status', render: (v: string, u) => <Tag color={v === 'late' || v === 'confirmed_late' ? 'error' : v === 'confirmed' ? 'success' : 'default'}>{t(`statistics.unit.${v}`)}{u.confirmedByName ? ` · ${u.confirmedByName}` : ''}</Tag> },
          // On a phone: found and overdue; the rest from a tablet up (all of it is in the exports and the charts).
          ...FIGURES.map((k) => ({ title: t(`statistics.figure.${k}`), key: k, responsive: k === 'found' || k === 'overdue' ? undefined : (['md'] as Breakpoint[]), render: (_: unknown, u: ReportUnit) => (u.total ? u.total[k] : '—') })),
        ]}
      />
      {withFigures.length > 0 && (
        <Space direction="vertical" size={16} style={{ width: '100%', marginTop: 16 }}>
          <Card size="small" title={t('statistics.chartUnits')}>
            <BarChart title={t('statistics.chartUnits')} series={[{ name: t('statistics.figure.found'), color: '#1677ff' }, { name: t('statistics.figure.closedOnTime'), color: '#52c41a' }, { name: t('statistics.figure.overdue'), color: '#ff4d4f' }]}
              rows={withFigures.map((u) => ({ label: u.unitName, values: [u.total!.found, u.total!.closedOnTime, u.total!.overdue] }))} />
          </Card>
          {categories.length > 0 && (
            <Card size="small" title={t('statistics.chartCategories')}>
              <BarChart title={t('statistics.chartCategories')} series={[{ name: t('statistics.figure.found'), color: '#1677ff' }]}
                rows={categories.map((c) => ({ label: CATEGORY_LABELS[lang][c], values: [withFigures.filter((u) => u.depth === 0).reduce((s, u) => s + (u.total!.byCategory[c] ?? 0), 0)] }))} />
            </Card>
          )}
        </Space>
      )}
      {r.units.filter((u) => u.mayConfirm).map((u) => (
        <Card key={u.unitId} size="small" style={{ marginTop: 16 }} title={t('statistics.confirmFor', { unit: u.unitName })}>
          <Form layout="vertical" aria-label={t('statistics.confirmFor', { unit: u.unitName })} onFinish={() => confirm.mutate(u.unitId)}>
            <Typography.Paragraph type="secondary">{t('statistics.confirmHint')}</Typography.Paragraph>
            <Form.Item label={t('statistics.note')} htmlFor={`note-${u.unitId}`}><Input id={`note-${u.unitId}`} value={note} onChange={(e) => setNote(e.target.value)} /></Form.Item>
            <Button type="primary" htmlType="submit" loading={confirm.isPending}>{t('statistics.confirm')}</Button>
          </Form>
        </Card>
      ))}
      {confirm.error && <Alert type="error" showIcon message={confirm.error.message} style={{ marginTop: 12 }} />}
    </main>
  );
}
