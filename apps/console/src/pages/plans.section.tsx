import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Empty, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { showFieldErrors, unplacedError } from '../form-errors';
import type { Plan, PlanRegister, PlanType, UnitPeople } from '../api-preparedness';
import { beijing, fromBeijingWallClock, useLang } from '../format';
import { href } from '../route';

export const PLAN_TYPES: PlanType[] = ['flood', 'fire', 'theft', 'network_security', 'exhibition_evacuation', 'records_rescue'];

/** The people holding a post in the unit, by name, for a picker. */
export function usePeople(unitId: string, enabled = true) {
  return useQuery({ queryKey: ['people', unitId], queryFn: () => api<UnitPeople>('GET', `/units/${encodeURIComponent(unitId)}/people`), enabled });
}

/** 应急预案 on a unit's page: the register by type, with review status and this year's drills against the policy; the form for those who manage it. */
export function PlansSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery({ queryKey: ['plans', unitId], queryFn: () => api<PlanRegister>('GET', `/units/${encodeURIComponent(unitId)}/plans`) });
  if (!q.data) return null;
  const r = q.data;
  type Row = PlanRegister['items'][number];
  return (
    <section className="card" aria-labelledby="plans-heading">
      <h3 id="plans-heading">{t('plan.heading', { year: r.year })}</h3>
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={r.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.none')} /> }}
        onRow={(p) => ({ 'data-plan-review': p.reviewStatus }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'type', title: t('plan.type'), render: (_, p) => t(`plan.types.${p.type}`) },
          { key: 'title', title: t('plan.title'), render: (_, p) => <><a href={href('plans', p.id)} data-user-text>{p.title}</a> · <span data-user-text>{p.version}</span></> },
          { key: 'owner', title: t('plan.owner'), dataIndex: 'ownerName' },
          { key: 'reviewBy', title: t('plan.reviewBy'), render: (_, p) => <>{beijing(p.reviewBy, lang, false)} <Tag color={p.reviewStatus === 'current' ? 'success' : 'error'}>{t(`plan.review.${p.reviewStatus}`)}</Tag></> },
          { key: 'drills', title: t('plan.drills'), render: (_, p) => <Typography.Text type={p.drillsMissed > 0 ? 'danger' : undefined}>{t('plan.drillTally', { held: p.drillsHeld, required: p.drillsRequired, missed: p.drillsMissed })}</Typography.Text> },
        ]}
      />
      {r.mayManage && <RegisterPlanForm unitId={unitId} />}
    </section>
  );
}

interface RegisterForm { type: PlanType; title: string; ownerId: string; version: string; reviewBy: Dayjs }

function RegisterPlanForm({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const people = usePeople(unitId);
  const [form] = Form.useForm<RegisterForm>();
  const register = useMutation({
    mutationFn: (v: RegisterForm) => api<Plan>('POST', `/units/${encodeURIComponent(unitId)}/plans`, { ...v, reviewBy: fromBeijingWallClock(v.reviewBy) }),
    onSuccess: () => {
      form.resetFields();
      return client.invalidateQueries({ queryKey: ['plans', unitId] });
    },
    onError: (err) => showFieldErrors(form, err),
  });
  const general = unplacedError(form, register.error);
  const required = [{ required: true, message: t('report.required') }];
  return (
    <Form<RegisterForm> name="register-plan" form={form} layout="vertical" aria-label={t('plan.register')} initialValues={{ type: 'flood' }} onFinish={(v) => register.mutate(v)} style={{ marginTop: 16 }}>
      <Typography.Title level={4}>{t('plan.register')}</Typography.Title>
      <Form.Item name="type" label={t('plan.type')} rules={required}><Select options={PLAN_TYPES.map((x) => ({ value: x, label: t(`plan.types.${x}`) }))} /></Form.Item>
      <Form.Item name="title" label={t('plan.title')} rules={[...required, { max: 200 }]}><Input maxLength={200} /></Form.Item>
      <Form.Item name="ownerId" label={t('plan.owner')} rules={required}>
        <Select placeholder={t('plan.choose')} showSearch optionFilterProp="label" options={people.data?.items.map((x) => ({ value: x.id, label: x.name })) ?? []} />
      </Form.Item>
      <Form.Item name="version" label={t('plan.version')} rules={required}><Input maxLength={100} /></Form.Item>
      <Form.Item name="reviewBy" label={t('plan.reviewByBeijing')} rules={required}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
      {general && <Alert type="error" showIcon message={general} style={{ marginBottom: 12 }} />}
      {register.isSuccess && <Alert type="success" showIcon role="status" message={t('plan.registered')} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={register.isPending}>{t('plan.register')}</Button>
    </Form>
  );
}
