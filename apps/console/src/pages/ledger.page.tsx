import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS, SEVERITY_LABELS, SOURCE_LABELS, STATUS_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { api, type Me } from '../api';
import { downloadFile } from '../api-files';
import { beijing } from '../format';
import { hashQuery, href } from '../route';

interface LedgerRow {
  id: string; title: string; unitName: string; category: string; severity: 'general' | 'major'; status: string; source: string; location: string;
  discoveredAt: string; holderName: string | null; deadline: string | null; overdue: boolean; supervised: boolean;
}
interface LedgerPage { total: number; page: number; pageSize: number; items: LedgerRow[] }
interface Filters { q?: string; unitId?: string; category?: string; severity?: string; status?: string; source?: string; overdue?: 'true' | 'false'; discovered?: [Dayjs | null, Dayjs | null] | null }

const SORTS: Record<string, string> = { discoveredAt: 'discoveredAt', deadline: 'deadline', severity: 'severity', unitName: 'unit', status: 'status' };
/** A picked day as the instant its Beijing day starts. */
const dayStart = (d: Dayjs, plusDays = 0) => new Date(Date.parse(`${d.add(plusDays, 'day').format('YYYY-MM-DD')}T00:00:00+08:00`)).toISOString();

function query(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of ['q', 'unitId', 'category', 'severity', 'status', 'source', 'overdue'] as const) if (f[k]) p.set(k, String(f[k]));
  if (f.discovered?.[0]) p.set('discoveredFrom', dayStart(f.discovered[0]));
  if (f.discovered?.[1]) p.set('discoveredTo', dayStart(f.discovered[1], 1));
  return p;
}

/** 隐患台账: search, filters, server-side sort and pages, and the export of what the filters select. */
export function LedgerPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  // The overview's counts open the ledger with their unit, severity and state (#/ledger?unitId=…&overdue=true).
  const [initial] = useState<Filters>(() => {
    const h = hashQuery();
    const pick = (k: 'unitId' | 'severity' | 'status' | 'category' | 'source') => (h.get(k) ? { [k]: h.get(k)! } : {});
    const overdue = h.get('overdue');
    return { ...pick('unitId'), ...pick('severity'), ...pick('status'), ...pick('category'), ...pick('source'), ...(overdue === 'true' || overdue === 'false' ? { overdue } : {}) };
  });
  const [filters, setFilters] = useState<Filters>(initial);
  const [page, setPage] = useState({ page: 1, pageSize: 20, sort: 'discoveredAt', order: 'desc' as 'asc' | 'desc' });
  const [exportError, setExportError] = useState<string | null>(null);
  const params = query(filters);
  const q = useQuery({
    queryKey: ['ledger', params.toString(), page],
    queryFn: () => api<LedgerPage>('GET', `/ledger?${params}&page=${page.page}&pageSize=${page.pageSize}&sort=${page.sort}&order=${page.order}`),
    retry: false,
  });
  const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
  const columns: TableProps<LedgerRow>['columns'] = [
    { title: t('ledger.title'), dataIndex: 'title', render: (v: string, r) => <a href={href('hazards', r.id)}>{v}</a> },
    { title: t('ledger.unit'), dataIndex: 'unitName', sorter: true, responsive: ['md'] },
    { title: t('ledger.category'), dataIndex: 'category', render: (v: string) => CATEGORY_LABELS[lang][v as keyof (typeof CATEGORY_LABELS)['zh']] },
    { title: t('ledger.severity'), dataIndex: 'severity', sorter: true, render: (v: 'general' | 'major') => <Tag color={v === 'major' ? 'red' : 'blue'}>{SEVERITY_LABELS[lang][v]}</Tag> },
    { title: t('ledger.status'), dataIndex: 'status', sorter: true, render: (v: string, r) => <Space size={4} wrap>{STATUS_LABELS[lang][v as keyof (typeof STATUS_LABELS)['zh']]}{r.overdue && <Tag color="error">{t('ledger.overdueTag')}</Tag>}{r.supervised && <Tag color="purple">{t('ledger.supervisedTag')}</Tag>}</Space> },
    { title: t('ledger.holder'), dataIndex: 'holderName', responsive: ['lg'], render: (v: string | null) => v ?? '—' },
    { title: t('ledger.deadline'), dataIndex: 'deadline', sorter: true, responsive: ['md'], render: (v: string | null) => beijing(v, lang) },
    { title: t('ledger.discoveredAt'), dataIndex: 'discoveredAt', sorter: true, defaultSortOrder: 'descend', responsive: ['lg'], render: (v: string) => beijing(v, lang) },
  ];
  const onChange: TableProps<LedgerRow>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.order ? SORTS[String(s.field)] ?? 'discoveredAt' : 'discoveredAt';
    setPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20, sort: field, order: s?.order === 'ascend' ? 'asc' : 'desc' });
  };
  const exportAs = (format: 'xlsx' | 'csv') => {
    setExportError(null);
    const params = query(filters);
    params.set('format', format);
    downloadFile(`/ledger/export?${params}`, `ledger.${format}`).catch((e: Error) => setExportError(e.message));
  };
  return (
    <main>
      <Typography.Title level={2}>{t('ledger.heading')}</Typography.Title>
      <Card>
        <Form layout="inline" initialValues={initial} onFinish={(v: Filters) => (setFilters(v), setPage({ ...page, page: 1 }))} aria-label={t('ledger.search')} style={{ rowGap: 8 }}>
          <Form.Item name="q" label={t('ledger.q')}><Input allowClear placeholder={t('ledger.qHint')} maxLength={100} /></Form.Item>
          <Form.Item name="unitId" label={t('ledger.unit')}><Select allowClear style={{ minWidth: 180 }} options={me.visibleUnits.map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
          <Form.Item name="category" label={t('ledger.category')}><Select allowClear style={{ minWidth: 140 }} options={options(CATEGORY_LABELS[lang])} /></Form.Item>
          <Form.Item name="severity" label={t('ledger.severity')}><Select allowClear style={{ minWidth: 120 }} options={options(SEVERITY_LABELS[lang])} /></Form.Item>
          <Form.Item name="status" label={t('ledger.status')}><Select allowClear style={{ minWidth: 140 }} options={options(STATUS_LABELS[lang])} /></Form.Item>
          <Form.Item name="source" label={t('ledger.source')}><Select allowClear style={{ minWidth: 120 }} options={options(SOURCE_LABELS[lang])} /></Form.Item>
          <Form.Item name="overdue" label={t('ledger.overdue')}><Select allowClear style={{ minWidth: 100 }} options={[{ value: 'true', label: t('ledger.yes') }, { value: 'false', label: t('ledger.no') }]} /></Form.Item>
          <Form.Item name="discovered" label={t('ledger.discoveredAt')}><DatePicker.RangePicker allowEmpty={[true, true]} /></Form.Item>
          <Form.Item><Button type="primary" htmlType="submit">{t('ledger.search')}</Button></Form.Item>
        </Form>
      </Card>
      <Space style={{ margin: '12px 0' }} wrap>
        <Button icon={<DownloadOutlined />} onClick={() => exportAs('xlsx')}>{t('ledger.exportXlsx')}</Button>
        <Button icon={<DownloadOutlined />} onClick={() => exportAs('csv')}>{t('ledger.exportCsv')}</Button>
        {q.data && <Typography.Text type="secondary">{t('ledger.total', { count: q.data.total })}</Typography.Text>}
      </Space>
      {exportError && <Alert type="error" showIcon title={exportError} />}
      {q.error ? (
        <Alert type="error" showIcon title={q.error.message} />
      ) : (
        <Table<LedgerRow>
          rowKey="id" size="middle" loading={q.isLoading} columns={columns} dataSource={q.data?.items ?? []} onChange={onChange} scroll={{ x: true }}
          pagination={{ current: page.page, pageSize: page.pageSize, total: q.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100] }}
        />
      )}
    </main>
  );
}
