import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Descriptions, Empty, Form, Input, List, Popconfirm, Radio, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Me } from '../api';
import { showFieldErrors, unplacedError } from '../form-errors';
import type { WarningDetail, WarningSummary } from '../api-preparedness';
import { Countdown } from '../components/countdown';
import { ErrorPage } from '../components/result-pages';
import { beijing, useLang } from '../format';
import { href } from '../route';

const LEVELS = ['blue', 'yellow', 'orange', 'red'] as const;
const ISSUERS = ['principal', 'deputy', 'safety_officer'];
/** Warning levels in their own colours (GB/T 27962's blue, yellow, orange, red). */
const LEVEL_COLOR: Record<string, string> = { blue: 'blue', yellow: 'gold', orange: 'orange', red: 'red' };
const UNIT_TAG: Record<string, string> = { confirmed: 'success', escalated: 'error', pending: 'processing' };

function Level({ level }: { level: string }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLOR[level]} className={`level-${level}`}>{t(`warning.level.${level}`)}</Tag>;
}

const measureLine = (field: string) => field.replace(/^measures\..*/, 'measures');

interface IssueValues { issuerUnitId: string; level: string; title: string; measures: string }

/** Issue a warning to every unit below one the person may issue for; measures one per line. */
function IssueWarning({ me }: { me: Me }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const units = [...new Set(me.posts.filter((p) => ISSUERS.includes(p.kind)).map((p) => p.unitId))].filter((id) => me.visibleUnits.some((u) => u.parentId === id));
  const [form] = Form.useForm<IssueValues>();
  const issue = useMutation({
    mutationFn: (v: IssueValues) => api<WarningDetail>('POST', '/warnings', {
      issuerUnitId: v.issuerUnitId, level: v.level, title: v.title,
      measures: v.measures.split('\n').map((l) => l.trim()).filter(Boolean).map((text, i) => ({ id: `m${i + 1}`, text })),
    }),
    onSuccess: (w) => void client.invalidateQueries({ queryKey: ['warnings'] }).then(() => (window.location.hash = href('warnings', w.id))),
    // Each measure is a line of one field: the API's measures.N.text errors show on it.
    onError: (err) => showFieldErrors(form, err, measureLine),
  });
  if (units.length === 0) return null;
  const general = unplacedError(form, issue.error, measureLine);
  const required = [{ required: true, whitespace: true, message: t('report.required') }];
  return (
    <Card title={<span id="issue-warning">{t('warning.issue')}</span>} style={{ marginTop: 16 }}>
      <Form<IssueValues> name="issue-warning" form={form} layout="vertical" aria-labelledby="issue-warning" initialValues={{ issuerUnitId: units[0], level: 'yellow' }} onFinish={(v) => issue.mutate(v)}>
        <Form.Item name="issuerUnitId" label={t('warning.issuer')} rules={required}>
          <Select options={units.map((id) => ({ value: id, label: me.visibleUnits.find((u) => u.id === id)?.name ?? '—' }))} />
        </Form.Item>
        <Form.Item name="level" label={t('warning.levelLabel')}>
          <Radio.Group optionType="button" options={LEVELS.map((l) => ({ value: l, label: t(`warning.level.${l}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('warning.title')} rules={[...required, { max: 200 }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="measures" label={t('warning.measures')} rules={required} extra={t('warning.measuresHint')}><Input.TextArea rows={3} /></Form.Item>
        {general && <Alert type="error" showIcon message={general} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={issue.isPending}>{t('warning.issueButton')}</Button>
      </Form>
    </Card>
  );
}

/** 预警: warnings issued by or covering the person's units, in force first. */
export function WarningsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery({ queryKey: ['warnings'], queryFn: () => api<{ items: WarningSummary[] }>('GET', '/warnings') });
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  return (
    <main>
      <Typography.Title level={2}>{t('warning.heading')}</Typography.Title>
      {!q.data ? <Spin aria-label={t('loading')} /> : (
        <List
          dataSource={q.data.items}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('warning.none')} /> }}
          renderItem={(w) => (
            <List.Item key={w.id} data-warning={w.id}>
              <Card size="small" style={{ width: '100%' }} title={<Space wrap><Level level={w.level} /><a href={href('warnings', w.id)} data-user-text>{w.title}</a></Space>}>
                <Typography.Text type="secondary">
                  {w.issuerUnitName} · {t(`warning.status.${w.status}`)} · {t('warning.tally', { confirmed: w.confirmed, units: w.units, escalated: w.escalated })}{w.status === 'active' ? ` · ${t('warning.confirmBy')} ${beijing(w.confirmBy, lang)}` : ''}
                </Typography.Text>
              </Card>
            </List.Item>
          )}
        />
      )}
      <IssueWarning me={me} />
    </main>
  );
}

type ConfirmValues = { results: Array<{ done: boolean; note?: string }> };

/** A unit's confirmation: each measure done or not, with a note. */
function ConfirmForm({ w, unitId }: { w: WarningDetail; unitId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<ConfirmValues>();
  const confirm = useMutation({
    mutationFn: (v: ConfirmValues) => api('POST', `/warnings/${w.id}/units/${encodeURIComponent(unitId)}/confirm`, {
      results: w.measures.map((m, i) => ({ measureId: m.id, done: v.results[i]?.done ?? false, ...(v.results[i]?.note?.trim() ? { note: v.results[i]!.note!.trim() } : {}) })),
    }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['warnings'] }),
  });
  return (
    <Form<ConfirmValues> name={`confirm-${unitId}`} form={form} layout="vertical" initialValues={{ results: w.measures.map(() => ({ done: true, note: '' })) }} onFinish={(v) => confirm.mutate(v)}
      aria-label={t('warning.confirmFor', { unit: w.units.find((u) => u.unitId === unitId)?.unitName })}>
      {w.measures.map((m, i) => (
        <Card key={m.id} size="small" style={{ marginBottom: 8 }}>
          <Form.Item name={['results', i, 'done']} valuePropName="checked" style={{ marginBottom: 8 }}><Checkbox><span data-user-text>{m.text}</span></Checkbox></Form.Item>
          <Form.Item name={['results', i, 'note']} style={{ marginBottom: 0 }}><Input aria-label={t('warning.note')} placeholder={t('warning.note')} maxLength={2000} /></Form.Item>
        </Card>
      ))}
      {confirm.error && <Alert type="error" showIcon message={confirm.error.message} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={confirm.isPending}>{t('warning.confirm')}</Button>
    </Form>
  );
}

type WarningUnit = WarningDetail['units'][number];

export function WarningPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const q = useQuery({ queryKey: ['warnings', id], queryFn: () => api<WarningDetail>('GET', `/warnings/${encodeURIComponent(id)}`), retry: false });
  const [liftForm] = Form.useForm<{ note: string }>();
  const lift = useMutation({ mutationFn: (note: string) => api('POST', `/warnings/${id}/lift`, { note }), onSuccess: () => client.invalidateQueries({ queryKey: ['warnings'] }) });
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  if (!q.data) return <Spin style={{ display: 'block', margin: 48 }} aria-label={t('loading')} />;
  const w = q.data;
  const mine = w.units.filter((u) => u.mayConfirm);
  const notDone = (u: WarningUnit) => (w.summary?.find((x) => x.unitId === u.unitId)?.measuresNotDone ?? []).map((m) => w.measures.find((x) => x.id === m)?.text ?? '—').join('；') || t('warning.allDone');
  return (
    <main>
      <Typography.Paragraph><a href={href('warnings')}>{t('hazard.back')}</a></Typography.Paragraph>
      <Typography.Title level={2}><Level level={w.level} /> <span data-user-text>{w.title}</span></Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('warning.issuer')}>{w.issuerUnitName} · {w.issuedByName}</Descriptions.Item>
          <Descriptions.Item label={t('warning.issuedAt')}>{beijing(w.issuedAt, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('hazard.status')}><Tag>{t(`warning.status.${w.status}`)}</Tag></Descriptions.Item>
          {w.status === 'active' && <Descriptions.Item label={t('warning.confirmBy')}>{beijing(w.confirmBy, lang)} <Countdown deadline={w.confirmBy} /></Descriptions.Item>}
        </Descriptions>
        <Typography.Title level={3} style={{ fontSize: 16 }}>{t('warning.measuresHeading')}</Typography.Title>
        <ol>{w.measures.map((m) => <li key={m.id} data-user-text>{m.text}</li>)}</ol>
      </Card>
      <Table<WarningUnit>
        rowKey="unitId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={w.units}
        onRow={(u) => ({ 'data-status': u.status }) as React.HTMLAttributes<HTMLElement>}
        style={{ marginBottom: 16 }}
        columns={[
          { key: 'unit', title: t('overview.unit'), dataIndex: 'unitName' },
          { key: 'status', title: t('warning.unitStatus'), render: (_, u) => <Tag color={UNIT_TAG[u.status]}>{t(`warning.unit.${u.status}`)}</Tag> },
          { key: 'by', title: t('warning.confirmedBy'), render: (_, u) => (u.confirmedByName ? `${u.confirmedByName} · ${beijing(u.confirmedAt!, lang)}` : '—') },
          ...(w.summary ? [{ key: 'notDone', title: t('warning.notDone'), render: (_: unknown, u: WarningUnit) => notDone(u) }] : []),
        ]}
      />
      <Card title={<span id="warning-incidents">{t('warning.incidents')}</span>} aria-labelledby="warning-incidents" style={{ marginBottom: 16 }}>
        <List
          dataSource={w.incidents}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('warning.noIncidents')} /> }}
          renderItem={(i) => <List.Item key={i.id}><a href={href('incidents', i.id)} data-user-text>{i.title}</a> · {i.unitName} · {t(`severity.${i.severity}`)} · {beijing(i.occurredAt, lang)}</List.Item>}
        />
      </Card>
      {mine.map((u) => (
        <Card key={u.unitId} title={t('warning.confirmFor', { unit: u.unitName })} style={{ marginBottom: 16 }}>
          <ConfirmForm w={w} unitId={u.unitId} />
        </Card>
      ))}
      {w.mayLift && (
        <Card title={t('warning.lift')}>
          <Form name="lift-warning" form={liftForm} layout="vertical">
            <Form.Item name="note" label={t('warning.liftNote')} rules={[{ required: true, whitespace: true, message: t('report.required') }]}><Input maxLength={2000} /></Form.Item>
            {lift.error && <Alert type="error" showIcon message={lift.error.message} style={{ marginBottom: 12 }} />}
            <Popconfirm title={t('hz.confirmTitle')} description={t('warning.liftConfirm')} okText={t('warning.lift')} cancelText={t('hz.cancel')}
              onConfirm={() => void liftForm.validateFields().then((v) => lift.mutate(v.note), () => undefined)}>
              <Button type="primary" loading={lift.isPending}>{t('warning.lift')}</Button>
            </Popconfirm>
          </Form>
        </Card>
      )}
    </main>
  );
}
