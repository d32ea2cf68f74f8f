import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Empty, Form, Input, InputNumber, List, Row, Select, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Me } from '../api';
import { showFieldErrors, unplacedError } from '../form-errors';
import type { DutySpec, ScheduleDetail, ScheduleHistory, ScheduleSummary } from '../api-preparedness';
import { ErrorPage } from '../components/result-pages';
import { beijing, inLanguage, useLang } from '../format';
import { href } from '../route';

const KINDS = ['self_inspection', 'backup_check', 'letter_round', 'pre_holiday_inspection', 'risk_assessment'] as const;
const MANAGERS = ['principal', 'deputy', 'safety_officer'];
const pad = (n: number) => String(n).padStart(2, '0');

/** When a duty falls due, in words of the reader's language. */
function useSpecText() {
  const { t } = useTranslation();
  return (s: DutySpec) => {
    if (s.everySeconds !== undefined) return t('schedule.every', { count: s.everySeconds });
    const c = s.calendar!;
    const time = `${pad(c.hour)}:${pad(c.minute)}`;
    if (c.dayOfWeek !== undefined) return t('schedule.weekly', { day: t(`schedule.weekday.${c.dayOfWeek}`), time });
    if (c.month && c.dayOfMonth) return t('schedule.yearly', { month: c.month, day: c.dayOfMonth, time });
    if (c.dayOfMonth) return t('schedule.monthly', { day: c.dayOfMonth, time });
    return t('schedule.daily', { time });
  };
}

/** Pause, resume and run-now for one schedule, offered only to those the API says may manage it. */
function ScheduleActions({ s }: { s: ScheduleSummary }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const act = useMutation({
    mutationFn: (what: 'pause' | 'resume' | 'trigger') => api<ScheduleDetail>('POST', `/schedules/${s.id}/${what}`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['schedules'] }),
  });
  if (!s.mayManage) return null;
  return (
    <Space wrap>
      <Button loading={act.isPending && act.variables !== 'trigger'} disabled={act.isPending} onClick={() => act.mutate(s.paused ? 'resume' : 'pause')}>{t(s.paused ? 'schedule.resume' : 'schedule.pause')}</Button>
      <Button loading={act.isPending && act.variables === 'trigger'} disabled={act.isPending || s.paused} onClick={() => act.mutate('trigger')}>{t('schedule.trigger')}</Button>
      {act.error && <Typography.Text type="danger" role="alert">{act.error.message}</Typography.Text>}
      {act.isSuccess && act.variables === 'trigger' && <Typography.Text type="success" role="status">{t('schedule.triggered')}</Typography.Text>}
    </Space>
  );
}

/** The API names calendar fields by their place in the body (spec.calendar.dayOfMonth); the form by their own name. */
const calendarField = (field: string) => field.replace(/^spec\.calendar\./, '');

interface NewScheduleValues { unitId: string; kind: string; title?: string; month: number | ''; dayOfMonth: number; hour: number; minute: number }

/** Set up a recurring duty for a unit the person manages: monthly by default. */
function NewSchedule({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const posts = me.posts.filter((p) => MANAGERS.includes(p.kind));
  const units = [...new Set(posts.map((p) => p.unitId))].map((id) => ({ id, name: me.visibleUnits.find((u) => u.id === id)?.name ?? '—', principal: posts.some((p) => p.unitId === id && p.kind === 'principal') }));
  const [form] = Form.useForm<NewScheduleValues>();
  const unitId = Form.useWatch('unitId', form);
  const kind = Form.useWatch('kind', form) ?? 'self_inspection';
  const create = useMutation({
    mutationFn: (v: NewScheduleValues) => {
      const calendar = { dayOfMonth: v.dayOfMonth, hour: v.hour, minute: v.minute, ...(v.month ? { month: v.month } : {}) };
      return api<ScheduleDetail>('POST', '/schedules', { unitId: v.unitId, kind: v.kind, title: v.title?.trim() || `${i18n.getFixedT('zh')(`schedule.kind.${v.kind}`)} · ${i18n.getFixedT('en')(`schedule.kind.${v.kind}`)}`, spec: { calendar } });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['schedules'] }),
    onError: (err) => showFieldErrors(form, err, calendarField),
  });
  if (units.length === 0) return null;
  const general = unplacedError(form, create.error, calendarField);
  const kinds = KINDS.filter((k) => k !== 'letter_round' || units.find((u) => u.id === (unitId ?? units[0]!.id))?.principal);
  return (
    <Card title={<span id="new-schedule">{t('schedule.new')}</span>} style={{ marginTop: 16 }}>
      <Form<NewScheduleValues> name="new-schedule" form={form} layout="vertical" aria-labelledby="new-schedule" initialValues={{ unitId: units[0]!.id, kind: 'self_inspection', month: '', dayOfMonth: 1, hour: 9, minute: 0 }} onFinish={(v) => create.mutate(v)}>
        <Form.Item name="unitId" label={t('overview.unit')}><Select options={units.map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
        <Form.Item name="kind" label={t('schedule.kindLabel')}><Select options={kinds.map((k) => ({ value: k, label: t(`schedule.kind.${k}`) }))} /></Form.Item>
        <Form.Item name="title" label={t('schedule.title')}><Input placeholder={t(`schedule.kind.${kind}`)} maxLength={200} /></Form.Item>
        <Row gutter={12}>
          <Col xs={12} sm={6}><Form.Item name="month" label={t('schedule.month')}><Select virtual={false} options={[{ value: '', label: t('schedule.everyMonth') }, ...Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: String(i + 1) }))]} /></Form.Item></Col>
          <Col xs={12} sm={6}><Form.Item name="dayOfMonth" label={t('schedule.day')} rules={[{ required: true, message: t('report.required') }]}><InputNumber min={1} max={31} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={12} sm={6}><Form.Item name="hour" label={t('schedule.hour')} rules={[{ required: true, message: t('report.required') }]}><InputNumber min={0} max={23} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={12} sm={6}><Form.Item name="minute" label={t('schedule.minute')} rules={[{ required: true, message: t('report.required') }]}><InputNumber min={0} max={59} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Typography.Paragraph type="secondary">{t('schedule.workingDayHint')}</Typography.Paragraph>
        {general && <Alert type="error" showIcon message={general} style={{ marginBottom: 12 }} />}
        {create.isSuccess && <Alert type="success" showIcon role="status" message={t('schedule.created')} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={create.isPending}>{t('schedule.create')}</Button>
      </Form>
    </Card>
  );
}

/** 定期工作: the recurring duties of the units the person may see. */
export function SchedulesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const specText = useSpecText();
  const q = useQuery({ queryKey: ['schedules'], queryFn: () => api<{ items: ScheduleSummary[] }>('GET', '/schedules') });
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  return (
    <main>
      <Typography.Title level={2}>{t('schedule.heading')}</Typography.Title>
      {!q.data ? <Spin aria-label={t('loading')} /> : (
        <List
          dataSource={q.data.items}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('schedule.none')} /> }}
          renderItem={(s) => (
            <List.Item key={s.id} data-schedule={s.id}>
              <Card size="small" style={{ width: '100%' }} title={<a href={href('schedules', s.id)} data-user-text>{inLanguage(s.title, lang)}</a>}
                extra={<Space size={4}><Tag>{t(`schedule.kind.${s.kind}`)}</Tag>{s.paused && <Tag color="warning">{t('schedule.paused')}</Tag>}</Space>}>
                <Typography.Paragraph type="secondary">{s.unitName} · {specText(s.spec)}{s.workingDay ? ` · ${t('schedule.workingDay')}` : ''}</Typography.Paragraph>
                <ScheduleActions s={s} />
              </Card>
            </List.Item>
          )}
        />
      )}
      <NewSchedule me={me} />
    </main>
  );
}

/** One duty: when it is next due, its runs, and every change to it and event of its runs. */
export function SchedulePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const specText = useSpecText();
  const q = useQuery({ queryKey: ['schedules', id], queryFn: () => api<ScheduleDetail>('GET', `/schedules/${encodeURIComponent(id)}`), retry: false });
  const h = useQuery({ queryKey: ['schedules', id, 'history'], queryFn: () => api<ScheduleHistory>('GET', `/schedules/${encodeURIComponent(id)}/history`), retry: false });
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  if (!q.data) return <Spin style={{ display: 'block', margin: 48 }} aria-label={t('loading')} />;
  const s = q.data;
  return (
    <main>
      <Typography.Paragraph><a href={href('schedules')}>{t('hazard.back')}</a></Typography.Paragraph>
      <Typography.Title level={2} data-user-text>{inLanguage(s.title, lang)}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('overview.unit')}>{s.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('schedule.kindLabel')}>{t(`schedule.kind.${s.kind}`)}{s.paused && <Tag color="warning" style={{ marginLeft: 8 }}>{t('schedule.paused')}</Tag>}</Descriptions.Item>
          <Descriptions.Item label={t('schedule.when')}>{specText(s.spec)}</Descriptions.Item>
          <Descriptions.Item label={t('schedule.overlapLabel')}>{t(`schedule.overlap.${s.overlap}`)}</Descriptions.Item>
        </Descriptions>
        <ScheduleActions s={s} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Card title={t('schedule.next')} size="small" style={{ marginBottom: 16 }}>
            <List size="small" dataSource={s.nextRuns} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('schedule.paused')} /> }} renderItem={(r) => <List.Item key={r}>{beijing(r, lang)}</List.Item>} />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('schedule.runs')} size="small" style={{ marginBottom: 16 }}>
            <List size="small" dataSource={s.recentRuns} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('schedule.noRuns')} /> }}
              renderItem={(r) => <List.Item key={r.workflowId}>{beijing(r.startedAt, lang)} <Tag color={s.runningRuns.includes(r.workflowId) ? 'processing' : 'default'}>{t(s.runningRuns.includes(r.workflowId) ? 'schedule.open' : 'schedule.ended')}</Tag></List.Item>} />
            {s.skippedRuns > 0 && <Typography.Text type="secondary">{t('schedule.skipped', { count: s.skippedRuns })}</Typography.Text>}
          </Card>
        </Col>
      </Row>
      <Card title={t('hazard.timeline')}>
        {h.isLoading ? <Spin aria-label={t('loading')} /> : (
          <Timeline
            mode="left"
            items={(h.data?.items ?? []).map((e) => ({
              key: `${e.stream}:${e.sequence}`,
              children: `${beijing(e.occurredAt, lang)} · ${t(`schedule.event.${e.type}`, { defaultValue: e.type })}${e.actorName ? ` · ${e.actorName}` : ''}${typeof e.payload.note === 'string' && e.payload.note ? ` · ${e.payload.note}` : ''}`,
            }))}
          />
        )}
      </Card>
    </main>
  );
}
