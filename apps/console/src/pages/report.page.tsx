import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Select, Space, Typography, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HAZARD_CATEGORIES } from '../../../../libs/domain/src/shared/vocabulary.js';
import { CATEGORY_LABELS, SEVERITY_LABELS, SOURCE_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { api, ApiError, type Me } from '../api';
import { apiUpload } from '../api-files';
import type { UnitPeople } from '../api-preparedness';
import { EvidencePicker, pickedFiles } from '../components/evidence';
import { beijingWallClockNow, fromBeijingWallClock, useLang } from '../format';
import { href } from '../route';

interface ReportForm {
  unitId: string;
  category: string;
  severity: 'general' | 'major';
  title: string;
  location: string;
  description: string;
  source: string;
  discoveredBy: string;
  discoveredAt: Dayjs;
}

/** Sources a person may pick: anyone reports; a post holder also inspects their own unit; in a unit below theirs, it is supervision (督查). */
function sourcesFor(me: Me, unitId: string | undefined): string[] {
  const own = new Set(me.posts.map((p) => p.unitId));
  if (unitId && !own.has(unitId)) return ['supervision', 'report'];
  const holdsPost = me.posts.some((p) => p.kind !== 'staff');
  return holdsPost ? ['self_inspection', 'report'] : ['report'];
}

/** 上报隐患: anyone in a unit reports what they found, with photos from the phone's camera. */
export function ReportPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<ReportForm>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const unitId = Form.useWatch('unitId', form) ?? me.unitId;
  const people = useQuery({ queryKey: ['unit-people', unitId], queryFn: () => api<UnitPeople>('GET', `/units/${unitId}/people`) });
  const sources = sourcesFor(me, unitId);

  const send = useMutation({
    mutationFn: async (v: ReportForm) => {
      const body = { ...v, discoveredAt: fromBeijingWallClock(v.discoveredAt) };
      const picked = pickedFiles(files);
      // With photos, one multipart request: a refused photo refuses the report, and nothing is half-made.
      return picked.length ? apiUpload<{ id: string }>('/hazards', picked, { report: JSON.stringify(body) }) : api<{ id: string }>('POST', '/hazards', body);
    },
    onSuccess: (hazard) => {
      window.location.hash = href('hazards', hazard.id);
    },
    onError: (err) => {
      if (!(err instanceof ApiError)) return;
      const fields = Object.entries(err.fields).filter(([f]) => f in form.getFieldsValue(true));
      form.setFields(fields.map(([name, reason]) => ({ name: name as keyof ReportForm, errors: [reason] })));
    },
  });
  const err = send.error instanceof ApiError ? send.error : send.error;
  const peopleOptions = [{ value: me.id, label: me.name }, ...(people.data?.items ?? []).filter((p) => p.id !== me.id).map((p) => ({ value: p.id, label: p.name }))];
  const required = [{ required: true, message: t('report.required') }];

  return (
    <main>
      <Card title={<Typography.Title level={2} style={{ margin: 0 }}>{t('report.heading')}</Typography.Title>}>
        <Form<ReportForm>
          form={form}
          layout="vertical"
          name="report"
          aria-label={t('report.heading')}
          initialValues={{ unitId: me.unitId, severity: 'general', source: sourcesFor(me, me.unitId)[0], discoveredBy: me.id, discoveredAt: beijingWallClockNow() }}
          onValuesChange={(changed) => {
            if ('unitId' in changed) form.setFieldsValue({ source: sourcesFor(me, changed.unitId)[0] });
          }}
          onFinish={(v) => send.mutate(v)}
        >
          <Form.Item name="unitId" label={t('report.unit')} rules={required}>
            <Select options={me.visibleUnits.map((u) => ({ value: u.id, label: u.name }))} showSearch optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="category" label={t('report.category')} rules={required} extra={t('report.categoryHint')}>
            <Select showSearch optionFilterProp="label" options={HAZARD_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[lang][c] }))} />
          </Form.Item>
          <Form.Item name="severity" label={t('report.severity')} rules={required}>
            <Radio.Group>
              <Space direction="vertical">
                {(['general', 'major'] as const).map((s) => (
                  <Radio key={s} value={s}>
                    <strong>{SEVERITY_LABELS[lang][s]}</strong>
                    <div><Typography.Text type="secondary">{t(`report.${s}`)}</Typography.Text></div>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="title" label={t('report.title')} rules={[...required, { max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="location" label={t('report.location')} rules={[...required, { max: 500 }]}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="description" label={t('report.description')} rules={[...required, { max: 4000 }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="source" label={t('report.source')} rules={required}>
            <Radio.Group options={sources.map((s) => ({ value: s, label: SOURCE_LABELS[lang][s as keyof (typeof SOURCE_LABELS)['zh']] }))} />
          </Form.Item>
          <Form.Item name="discoveredBy" label={t('report.discoveredBy')} rules={required}>
            <Select showSearch optionFilterProp="label" options={peopleOptions} />
          </Form.Item>
          <Form.Item name="discoveredAt" label={t('report.discoveredAt')} rules={required}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(beijingWallClockNow(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('report.photos')} extra={t('report.photosHint')}>
            <EvidencePicker files={files} onChange={setFiles} label={t('report.addPhoto')} />
          </Form.Item>
          {err && !(err instanceof ApiError && Object.keys(err.fields).length) && <Alert type="error" showIcon message={err.message} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={send.isPending} block>{t('report.submit')}</Button>
        </Form>
      </Card>
    </main>
  );
}
