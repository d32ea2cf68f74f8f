import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, DatePicker, Empty, Form, Input, Progress, Radio, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { api, type Me, type Schemas } from '../api';
import { showFieldErrors, unplacedError } from '../form-errors';
import { ErrorPage } from '../components/result-pages';
import { beijing, beijingWallClockNow, fromBeijingWallClock, useLang } from '../format';
import { href } from '../route';

type CampaignList = Schemas['CampaignListDto'];
interface ItemForm { text: string; category: string; severity: 'general' | 'major'; evidenceRequired?: boolean }
interface StartForm { issuerUnitId: string; title: string; deadline: Dayjs; checklist: ItemForm[]; unitIds?: string[] }

/** The units below a unit, from the org chart the reader sees (the campaign's default scope). */
function unitsBelow(me: Me, unitId: string): Me['visibleUnits'] {
  const out: Me['visibleUnits'] = [];
  const walk = (id: string) => me.visibleUnits.filter((u) => u.parentId === id).forEach((u) => (out.push(u), walk(u.id)));
  walk(unitId);
  return out;
}

/** 专项督查: the campaigns of my units, and, for those who may run one, the form that starts it. */
export function CampaignsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery({ queryKey: ['campaigns'], queryFn: () => api<CampaignList>('GET', '/campaigns') });
  if (q.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  const { items, mayStartFor } = q.data!;
  return (
    <main>
      <Typography.Title level={2}>{t('campaign.heading')}</Typography.Title>
      {mayStartFor.length > 0 && <StartCampaign me={me} issuers={mayStartFor} />}
      <Table rowKey="id" dataSource={items} pagination={false} scroll={{ x: true }} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaign.none')} /> }}
        columns={[
          { title: t('campaign.title'), dataIndex: 'title', render: (v: string, c) => <a href={href('campaigns', c.id)} data-user-text>{v}</a> },
          { title: t('campaign.issuerLabel'), dataIndex: 'issuerUnitName', render: (v: string) => <span data-user-text>{v}</span> },
          { title: t('campaign.deadline'), dataIndex: 'deadline', render: (v: string) => beijing(v, lang) },
          { title: t('campaign.progress'), key: 'progress', render: (_: unknown, c) => <Progress size="small" aria-label={t('campaign.progress')} percent={Math.round((100 * c.submitted) / Math.max(1, c.units))} format={() => `${c.submitted} / ${c.units}`} style={{ minWidth: 120 }} /> },
          { title: t('campaign.stateLabel'), dataIndex: 'status', render: (v: string) => <Tag color={v === 'running' ? 'processing' : 'default'}>{t(`campaign.state.${v}`, { defaultValue: v })}</Tag> },
        ]} />
    </main>
  );
}

/** The issuer's form: title, deadline in Beijing time, the checklist item by item, and (optionally) the units in scope. */
function StartCampaign({ me, issuers }: { me: Me; issuers: CampaignList['mayStartFor'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [form] = Form.useForm<StartForm>();
  const issuer = Form.useWatch('issuerUnitId', form) ?? issuers[0]!.id;
  const start = useMutation({
    mutationFn: (v: StartForm) => api<{ id: string }>('POST', '/campaigns', {
      issuerUnitId: v.issuerUnitId,
      title: v.title,
      deadline: fromBeijingWallClock(v.deadline),
      checklist: v.checklist.map((i, n) => ({ id: `item-${n + 1}`, text: i.text, category: i.category, severity: i.severity, ...(i.evidenceRequired ? { evidenceRequired: true } : {}) })),
      ...(v.unitIds?.length ? { unitIds: v.unitIds } : {}),
    }),
    onSuccess: (c) => {
      void client.invalidateQueries({ queryKey: ['campaigns'] });
      window.location.hash = href('campaigns', c.id);
    },
    onError: (err) => showFieldErrors(form, err),
  });
  const required = [{ required: true, message: t('report.required') }];
  const categories = Object.entries(CATEGORY_LABELS[lang]).map(([value, label]) => ({ value, label }));
  const general = unplacedError(form, start.error);
  return (
    <Card size="small" title={t('campaign.start')} style={{ marginBottom: 16 }}>
      <Form<StartForm> form={form} layout="vertical" aria-label={t('campaign.start')} onFinish={(v) => start.mutate(v)}
        initialValues={{ issuerUnitId: issuers[0]!.id, deadline: beijingWallClockNow().add(7, 'day').hour(17).minute(0).second(0), checklist: [{ text: '', category: 'fire', severity: 'general' }] }}>
        <Form.Item name="issuerUnitId" label={t('campaign.startFrom')} rules={required}>
          <Select options={issuers.map((u) => ({ value: u.id, label: u.name }))} onChange={() => form.setFieldValue('unitIds', [])} />
        </Form.Item>
        <Form.Item name="title" label={t('campaign.title')} rules={[...required, { max: 200 }]}><Input maxLength={200} placeholder={t('campaign.titleHint')} /></Form.Item>
        <Form.Item name="deadline" label={t('campaign.deadlineBeijing')} rules={required}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Typography.Text strong>{t('campaign.items')}</Typography.Text>
        <Form.List name="checklist">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, n) => (
                <Card key={f.key} size="small" type="inner" style={{ margin: '8px 0' }} data-item={n + 1}
                  title={`${n + 1}.`} extra={fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('campaign.removeItem')} onClick={() => remove(f.name)} />}>
                  <Form.Item name={[f.name, 'text']} label={t('campaign.itemText')} rules={[...required, { max: 500 }]}><Input.TextArea rows={1} maxLength={500} /></Form.Item>
                  <Space wrap align="start">
                    <Form.Item name={[f.name, 'category']} label={t('campaign.itemCategory')} rules={required}><Select options={categories} style={{ minWidth: 160 }} /></Form.Item>
                    <Form.Item name={[f.name, 'severity']} label={t('campaign.itemSeverity')} rules={required}>
                      <Radio.Group options={(['general', 'major'] as const).map((s) => ({ value: s, label: SEVERITY_LABELS[lang][s] }))} />
                    </Form.Item>
                  </Space>
                  <Form.Item name={[f.name, 'evidenceRequired']} valuePropName="checked" style={{ marginBottom: 0 }}><Checkbox>{t('campaign.evidenceRequired')}</Checkbox></Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '', category: 'fire', severity: 'general' })} style={{ marginBottom: 16 }}>{t('campaign.addItem')}</Button>
            </>
          )}
        </Form.List>
        <Form.Item name="unitIds" label={t('campaign.scope')} extra={t('campaign.scopeHint')}>
          <Select mode="multiple" allowClear optionFilterProp="label" options={unitsBelow(me, issuer).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        {general && <Alert type="error" showIcon message={general} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={start.isPending}>{t('campaign.startButton')}</Button>
      </Form>
    </Card>
  );
}
