import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Empty, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { showFieldErrors, unplacedError } from '../form-errors';
import type { Drill, Plan } from '../api-preparedness';
import { ErrorPage } from '../components/result-pages';
import { beijing, fromBeijingWallClock, useLang } from '../format';
import { href } from '../route';
import { usePeople } from './plans.section';

const DRILL_TAG: Record<Drill['status'], string> = { planned: 'processing', held: 'success', held_late: 'warning', missed: 'error' };

/** One contingency plan: its version and review date, its drills with participants, findings and the hazards they opened; drill forms for those who manage it. */
export function PlanPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery({ queryKey: ['plan', id], queryFn: () => api<Plan>('GET', `/plans/${id}`), retry: false });
  if (q.isLoading) return <Card loading />;
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  const plan = q.data!;
  return (
    <main>
      <Typography.Paragraph><a href={href('units', plan.unitId)}>{plan.unitName}</a></Typography.Paragraph>
      <Typography.Title level={2} data-user-text>{plan.title}</Typography.Title>
      <Card data-plan-review={plan.reviewStatus} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('plan.type')}>{t(`plan.types.${plan.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('plan.owner')}>{plan.ownerName}</Descriptions.Item>
          <Descriptions.Item label={t('plan.version')}><span data-user-text>{plan.version}</span></Descriptions.Item>
          <Descriptions.Item label={t('plan.reviewBy')}>
            {beijing(plan.reviewBy, lang, false)} <Tag color={plan.reviewStatus === 'current' ? 'success' : 'error'}>{t(`plan.review.${plan.reviewStatus}`)}</Tag>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={<span id="drills-heading">{t('plan.drillsHeading')}</span>} aria-labelledby="drills-heading" style={{ marginBottom: 16 }}>
        <List
          dataSource={plan.drills}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.noDrills')} /> }}
          renderItem={(d) => <DrillItem key={d.id} drill={d} />}
        />
      </Card>
      {plan.mayDrill && <PlanDrillForm plan={plan} />}
      {plan.mayDrill && <RecordDrillForm plan={plan} />}
    </main>
  );
}

function DrillItem({ drill: d }: { drill: Drill }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <List.Item data-drill-status={d.status}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <span>
          <Tag color={DRILL_TAG[d.status]}>{t(`plan.drill.${d.status}`)}</Tag> {beijing(d.heldAt ?? d.plannedAt, lang, false)} · <span data-user-text>{d.scenario}</span>
        </span>
        {d.participants && d.participants.length > 0 && <span>{t('plan.participantsOf', { names: d.participants.map((p) => p.name).join(t('plan.separator')) })}</span>}
        {d.findings && d.findings.length > 0 && (
          <ul style={{ margin: 0 }}>{d.findings.map((f, i) => <li key={i}><span data-user-text>{f.text}</span>{f.openHazard ? ` · ${t(`severity.${f.severity}`)}` : ''}</li>)}</ul>
        )}
        {d.hazards.length > 0 && <span>{t('plan.hazards')} <Space wrap size={8}>{d.hazards.map((h) => <a key={h.hazardId} href={href('hazards', h.hazardId)} data-user-text>{h.title}</a>)}</Space></span>}
        {d.recordedByName && <Typography.Text type="secondary">{t('plan.recordedBy', { name: d.recordedByName })}</Typography.Text>}
      </Space>
    </List.Item>
  );
}

/** A drill form's mutation: the API's field errors go onto the form's fields, anything else into an Alert. */
function useDrillForm<V extends object>(plan: Plan, path: 'drills' | 'drill-records', body: (v: V) => unknown) {
  const client = useQueryClient();
  const [form] = Form.useForm<V>();
  const send = useMutation({
    mutationFn: (v: V) => api<Plan>('POST', `/units/${encodeURIComponent(plan.unitId)}/${path}`, body(v)),
    onSuccess: () => {
      form.resetFields();
      return Promise.all([client.invalidateQueries({ queryKey: ['plan', plan.id] }), client.invalidateQueries({ queryKey: ['plans', plan.unitId] })]);
    },
    onError: (err) => showFieldErrors(form, err),
  });
  return { form, send, general: unplacedError(form, send.error) };
}

function Outcome({ general, ok }: { general: string | null; ok: string | null }) {
  if (general) return <Alert type="error" showIcon message={general} style={{ marginBottom: 12 }} />;
  if (ok) return <Alert type="success" showIcon role="status" message={ok} style={{ marginBottom: 12 }} />;
  return null;
}

interface PlanDrillValues { plannedAt: Dayjs; scenario: string }

function PlanDrillForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { form, send, general } = useDrillForm<PlanDrillValues>(plan, 'drills', (v) => ({ planId: plan.id, plannedAt: fromBeijingWallClock(v.plannedAt), scenario: v.scenario }));
  const required = [{ required: true, message: t('report.required') }];
  return (
    <Card title={t('plan.planDrill')} style={{ marginBottom: 16 }}>
      <Form<PlanDrillValues> name="plan-drill" form={form} layout="vertical" aria-label={t('plan.planDrill')} onFinish={(v) => send.mutate(v)}>
        <Form.Item name="plannedAt" label={t('plan.plannedAtBeijing')} rules={required}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="scenario" label={t('plan.scenario')} rules={[...required, { max: 500 }]}><Input maxLength={500} /></Form.Item>
        <Outcome general={general} ok={send.isSuccess ? t('plan.planned') : null} />
        <Button type="primary" htmlType="submit" loading={send.isPending}>{t('plan.planDrill')}</Button>
      </Form>
    </Card>
  );
}

interface FindingInput { text: string; openHazard: boolean; severity: 'general' | 'major' }
interface RecordDrillValues { drillId: string; heldAt: Dayjs; scenario: string; participants: string[]; findings: FindingInput[] }

function RecordDrillForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const people = usePeople(plan.unitId);
  const { form, send, general } = useDrillForm<RecordDrillValues>(plan, 'drill-records', (v) => ({
    planId: plan.id, ...(v.drillId ? { drillId: v.drillId } : {}), heldAt: fromBeijingWallClock(v.heldAt), scenario: v.scenario, participants: v.participants ?? [], findings: v.findings ?? [],
  }));
  const open = plan.drills.filter((d) => d.status === 'planned' || d.status === 'missed');
  const required = [{ required: true, message: t('report.required') }];
  return (
    <Card title={t('plan.recordDrill')} style={{ marginBottom: 16 }}>
      <Form<RecordDrillValues> name="record-drill" form={form} layout="vertical" aria-label={t('plan.recordDrill')} initialValues={{ drillId: '', participants: [], findings: [] }} onFinish={(v) => send.mutate(v)}>
        <Form.Item name="drillId" label={t('plan.whichDrill')}>
          <Select options={[{ value: '', label: t('plan.adHoc') }, ...open.map((d) => ({ value: d.id, label: `${d.scenario} · ${t(`plan.drill.${d.status}`)}` }))]} />
        </Form.Item>
        <Form.Item name="heldAt" label={t('plan.heldAtBeijing')} rules={required}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="scenario" label={t('plan.scenario')} rules={[...required, { max: 500 }]}><Input maxLength={500} /></Form.Item>
        <Form.Item name="participants" label={t('plan.participants')}>
          <Checkbox.Group options={people.data?.items.map((x) => ({ value: x.id, label: x.name })) ?? []} />
        </Form.Item>
        <Typography.Text strong>{t('plan.findings')}</Typography.Text>
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card key={f.key} size="small" className="finding" style={{ margin: '8px 0' }} extra={<Button type="link" danger onClick={() => remove(f.name)}>{t('plan.removeFinding')}</Button>}>
                  <Form.Item name={[f.name, 'text']} label={t('plan.finding', { n: i + 1 })} rules={[...required, { max: 500 }]}><Input maxLength={500} /></Form.Item>
                  <Space wrap>
                    <Form.Item name={[f.name, 'openHazard']} valuePropName="checked" noStyle><Checkbox>{t('plan.openHazard')}</Checkbox></Form.Item>
                    <Form.Item name={[f.name, 'severity']} noStyle>
                      <Select aria-label={t('hazard.severity')} style={{ minWidth: 120 }} options={(['general', 'major'] as const).map((s) => ({ value: s, label: t(`severity.${s}`) }))} />
                    </Form.Item>
                  </Space>
                </Card>
              ))}
              <Button onClick={() => add({ text: '', openHazard: false, severity: 'general' })} style={{ margin: '8px 0 16px', display: 'block' }}>{t('plan.addFinding')}</Button>
            </>
          )}
        </Form.List>
        <Outcome general={general} ok={send.isSuccess ? t('plan.recorded') : null} />
        <Button type="primary" htmlType="submit" loading={send.isPending}>{t('plan.recordDrill')}</Button>
      </Form>
    </Card>
  );
}
