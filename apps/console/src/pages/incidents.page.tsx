import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Empty, Form, Input, List, Radio, Select, Space, Spin, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SEVERITY_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { api, type Me } from '../api';
import { showFieldErrors, unplacedError } from '../form-errors';
import { ErrorPage } from '../components/result-pages';
import { beijing, beijingWallClockNow, fromBeijingWallClock, useLang } from '../format';
import { href } from '../route';

interface IncidentSummary { id: string; unitId: string; severity: 'general' | 'major'; title: string; occurredAt: string; status: string; late: boolean }
interface ReportForm { unitId: string; severity: 'general' | 'major'; title: string; description: string; occurredAt: Dayjs }

/** 安全事件: the incidents of my units, and the report of a new one (it goes up level by level). */
export function IncidentsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [form] = Form.useForm<ReportForm>();
  const units = new Map(me.visibleUnits.map((u) => [u.id, u.name]));
  const list = useQuery({ queryKey: ['incidents'], queryFn: () => api<{ items: IncidentSummary[] }>('GET', '/incidents') });
  const report = useMutation({
    mutationFn: (v: ReportForm) => api<{ id: string }>('POST', '/incidents', { ...v, occurredAt: fromBeijingWallClock(v.occurredAt) }),
    onSuccess: (r) => {
      void client.invalidateQueries({ queryKey: ['incidents'] });
      window.location.hash = href('incidents', r.id);
    },
    onError: (err) => showFieldErrors(form, err),
  });
  if (list.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (list.error) return <ErrorPage error={list.error} retry={() => void list.refetch()} />;
  const required = [{ required: true, message: t('report.required') }];
  const general = unplacedError(form, report.error);
  return (
    <main>
      <Typography.Title level={2}>{t('incident.heading')}</Typography.Title>
      <Card size="small" title={t('incident.report')} style={{ marginBottom: 16 }}>
        <Form<ReportForm> form={form} layout="vertical" aria-label={t('incident.report')} initialValues={{ unitId: me.unitId, severity: 'general', occurredAt: beijingWallClockNow() }} onFinish={(v) => report.mutate(v)}>
          <Form.Item name="unitId" label={t('report.unit')} rules={required}><Select options={me.visibleUnits.map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
          <Form.Item name="severity" label={t('report.severity')} rules={required}>
            <Radio.Group options={(['general', 'major'] as const).map((s) => ({ value: s, label: SEVERITY_LABELS[lang][s].replace('隐患', '') }))} />
          </Form.Item>
          <Form.Item name="title" label={t('incident.title')} rules={[...required, { max: 200 }]}><Input maxLength={200} /></Form.Item>
          <Form.Item name="description" label={t('incident.description')} rules={required}><Input.TextArea rows={3} maxLength={8000} /></Form.Item>
          <Form.Item name="occurredAt" label={t('incident.occurredAt')} rules={required}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          {general && <Alert type="error" showIcon message={general} style={{ marginBottom: 12 }} />}
          <Button type="primary" htmlType="submit" loading={report.isPending}>{t('incident.submit')}</Button>
        </Form>
      </Card>
      <List bordered dataSource={list.data!.items} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incident.none')} /> }} renderItem={(i) => (
        <List.Item key={i.id}>
          <Space wrap>
            <a href={href('incidents', i.id)} data-user-text>{i.title}</a>
            <span data-user-text>{units.get(i.unitId) ?? '—'}</span>
            <Tag>{SEVERITY_LABELS[lang][i.severity]}</Tag>
            {i.late && <Tag color="error">{t('incident.late')}</Tag>}
            <span>{beijing(i.occurredAt, lang)}</span>
          </Space>
        </List.Item>
      )} />
    </main>
  );
}
