import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Popconfirm, Radio, Select, Space, Typography, type FormInstance, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_NEEDS as NEEDS } from '../../../../libs/domain/src/hazards/state.js';
import { api, type HazardDetail, type Me } from '../api';
import { showFieldErrors, unplacedError } from '../form-errors';
import { apiUpload, type Attachment } from '../api-files';
import type { UnitPeople } from '../api-preparedness';
import { EvidencePicker, pickedFiles } from '../components/evidence';
import { beijing, fromBeijingWallClock, toBeijingWallClock, useLang } from '../format';

const fromPlan = (field: string) => field.replace(/^plan\./, '');

type Values = Record<string, unknown>;

/** One action: an antd form that posts to the API and puts its field messages under the fields (`plan.deadline` under `deadline`). */
function ActionForm({ hazard, action, title, body, confirm, onDone, children, initialValues }: {
  hazard: HazardDetail;
  action: string;
  title: string;
  body: (v: Values) => Promise<unknown> | unknown;
  confirm?: string;
  onDone: (title: string) => void;
  children: (form: FormInstance) => ReactNode;
  initialValues?: Values;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const send = useMutation({
    mutationFn: async (v: Values) => api('POST', `/hazards/${hazard.id}/${action}`, await body(v)),
    onSuccess: () => {
      onDone(title);
      return client.invalidateQueries();
    },
    // The plan's fields come in the body under plan.* and sit on the form at the top.
    onError: (err) => showFieldErrors(form, err, fromPlan),
  });
  const unplaced = unplacedError(form, send.error, fromPlan);
  const submit = () => void form.validateFields().then((v) => send.mutate(v), () => undefined);
  return (
    <Card size="small" title={title} className="action">
      <Form form={form} layout="vertical" name={action} aria-label={title} initialValues={initialValues} onFinish={(v) => send.mutate(v)}>
        {children(form)}
        {unplaced && <Alert type="error" showIcon message={unplaced} style={{ marginBottom: 12 }} />}
        {confirm ? (
          <Popconfirm title={t('hz.confirmTitle')} description={confirm} okText={title} cancelText={t('hz.cancel')} onConfirm={submit}>
            <Button type="primary" loading={send.isPending}>{title}</Button>
          </Popconfirm>
        ) : (
          <Button type="primary" htmlType="submit" loading={send.isPending}>{title}</Button>
        )}
      </Form>
    </Card>
  );
}

/** The forms of what this person may do now (the API's answer in `you.actions`), with the policy's defaults. */
export function ActionPanel({ hazard: h, me }: { hazard: HazardDetail; me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [done, setDone] = useState<string | null>(null);
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const may = new Set(h.you.actions);
  const people = useQuery({ queryKey: ['unit-people', h.unitId], queryFn: () => api<UnitPeople>('GET', `/units/${h.unitId}/people`), enabled: may.has('submitPlan') });
  const required = (field: string) => [{ required: true, message: t('report.required') + ` (${field})` }];
  const forms: ReactNode[] = [];
  const pending = h.requests.find((r) => r.status === 'pending');

  if (may.has('acknowledge')) {
    forms.push(
      <ActionForm key="ack" hazard={h} action="acknowledge" title={t('action.acknowledge')} onDone={setDone} body={(v) => (v.note ? { note: v.note } : {})}>
        {() => <Form.Item name="note" label={t('hz.noteOptional')}><Input /></Form.Item>}
      </ActionForm>,
    );
  }
  if (may.has('submitPlan') && h.you.planDeadline) {
    const latest = toBeijingWallClock(h.you.planDeadline);
    forms.push(
      <ActionForm key="plan" hazard={h} action="submit-plan" title={t('action.submitPlan')} onDone={setDone}
        initialValues={{ responsiblePersonId: me.id, deadline: latest }}
        body={(v) => ({ plan: { responsiblePersonId: v.responsiblePersonId, measures: v.measures ?? '', funds: v.funds ?? '', deadline: fromBeijingWallClock(v.deadline as Dayjs), contingencyPlan: v.contingencyPlan ?? '' } })}>
        {() => (
          <>
            <Form.Item name="responsiblePersonId" label={t('action.responsiblePersonId')} rules={required(t('action.responsiblePersonId'))}>
              <Select showSearch optionFilterProp="label" placeholder={t('hz.chooseResponsible')} loading={people.isLoading}
                options={[{ value: me.id, label: me.name }, ...(people.data?.items ?? []).filter((p) => p.id !== me.id).map((p) => ({ value: p.id, label: p.name }))]} />
            </Form.Item>
            <Form.Item name="measures" label={t('action.measures')} rules={h.severity === 'major' ? required(t('action.measures')) : []}><Input.TextArea rows={2} /></Form.Item>
            <Form.Item name="funds" label={t('action.funds')} rules={h.severity === 'major' ? required(t('action.funds')) : []}><Input /></Form.Item>
            <Form.Item name="deadline" label={t('action.planDeadline')} rules={required(t('action.planDeadline'))} extra={t('hz.planDefault', { at: beijing(h.you.planDeadline, lang) })}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(latest, 'minute')} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="contingencyPlan" label={t('action.contingencyPlan')} rules={h.severity === 'major' ? required(t('action.contingencyPlan')) : []}><Input.TextArea rows={2} /></Form.Item>
          </>
        )}
      </ActionForm>,
    );
  }
  if (may.has('submitRectification')) {
    forms.push(
      <ActionForm key="rect" hazard={h} action="submit-rectification" title={t('action.submitRectification')} onDone={(x) => (setPhotos([]), setDone(x))}
        body={async (v) => {
          const files = pickedFiles(photos);
          const stored = files.length ? (await apiUpload<{ items: Attachment[] }>(`/hazards/${h.id}/attachments`, files)).items.map((a) => a.url) : [];
          const other = String(v.evidence ?? '').split('\n').map((s) => s.trim()).filter(Boolean);
          return { summary: v.summary, evidence: [...stored, ...other] };
        }}>
        {() => (
          <>
            <Form.Item name="summary" label={t('action.summary')} rules={required(t('action.summary'))}><Input.TextArea rows={2} /></Form.Item>
            <Form.Item label={t('report.photos')} extra={t('report.photosHint')}>
              <EvidencePicker files={photos} onChange={setPhotos} label={t('report.addPhoto')} />
            </Form.Item>
            <Form.Item name="evidence" label={t('action.evidence')} rules={[{ validator: (_r, value) => (photos.length || String(value ?? '').trim() ? Promise.resolve() : Promise.reject(new Error(t('report.required')))) }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </ActionForm>,
    );
  }
  if (may.has('verify')) {
    forms.push(
      <ActionForm key="verify" hazard={h} action="verify" title={t('action.verify')} onDone={setDone} initialValues={{ passed: true }} confirm={t('hz.verifyComment')}
        body={(v) => ({ passed: v.passed, comment: v.comment ?? '' })}>
        {() => (
          <>
            <Form.Item name="passed" label={t('action.verify')}>
              <Radio.Group options={[{ value: true, label: t('hz.pass') }, { value: false, label: t('hz.fail') }]} />
            </Form.Item>
            <Form.Item name="comment" label={t('hz.verifyComment')} rules={required(t('hz.verifyComment'))}><Input.TextArea rows={2} /></Form.Item>
          </>
        )}
      </ActionForm>,
    );
  }
  if (may.has('decide') && pending) {
    for (const approve of [true, false]) {
      forms.push(
        <ActionForm key={`decide-${approve}`} hazard={h} action="decide" title={t(approve ? 'hz.approve' : 'hz.reject')} onDone={setDone} confirm={t('hz.decisionComment')}
          body={(v) => ({ requestId: pending.id, approve, comment: v.comment ?? '' })}>
          {() => <Form.Item name="comment" label={t('hz.decisionComment')} rules={approve ? [] : required(t('hz.decisionComment'))}><Input.TextArea rows={2} /></Form.Item>}
        </ActionForm>,
      );
    }
  }
  if (may.has('requestExtension') && h.you.currentDeadline) {
    const current = toBeijingWallClock(h.you.currentDeadline);
    forms.push(
      <ActionForm key="ext" hazard={h} action="request-extension" title={t('action.requestExtension')} onDone={setDone} initialValues={{ newDeadline: current.add(1, 'day') }}
        body={(v) => ({ newDeadline: fromBeijingWallClock(v.newDeadline as Dayjs), reason: v.reason ?? '' })}>
        {() => (
          <>
            <Form.Item name="newDeadline" label={t('action.newDeadline')} rules={required(t('action.newDeadline'))} extra={t('hz.extensionAfter', { at: beijing(h.you.currentDeadline, lang) })}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(current, 'day')} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="reason" label={t('hz.extensionReason')} rules={required(t('hz.extensionReason'))}><Input.TextArea rows={2} /></Form.Item>
          </>
        )}
      </ActionForm>,
    );
  }
  if (may.has('requestEscalation')) {
    forms.push(
      <ActionForm key="esc" hazard={h} action="request-escalation" title={t('action.requestEscalation')} onDone={setDone} initialValues={{ mode: 'transfer', needs: [] }}
        body={(v) => ({ reason: v.reason ?? '', needs: v.needs, mode: v.mode })}>
        {() => (
          <>
            <Form.Item name="reason" label={t('hz.escalationReason')} rules={required(t('hz.escalationReason'))}><Input.TextArea rows={2} /></Form.Item>
            <Form.Item name="needs" label={t('action.needs')} rules={[{ type: 'array', min: 1, message: t('report.required') + ` (${t('action.needs')})` }]}>
              <Checkbox.Group options={NEEDS.map((n) => ({ value: n, label: t(`need.${n}`) }))} />
            </Form.Item>
            <Form.Item name="mode" label={t('action.mode')}>
              <Radio.Group options={[{ value: 'transfer', label: t('action.transfer') }, { value: 'co_own', label: t('action.coOwn') }]} />
            </Form.Item>
          </>
        )}
      </ActionForm>,
    );
  }
  return (
    <section aria-labelledby="actions-h">
      <Typography.Title level={4} id="actions-h">{t('hazard.actions')}</Typography.Title>
      <div aria-live="polite">{done && <Alert type="success" showIcon role="status" message={`${done}: ${t('action.done')}`} style={{ marginBottom: 12 }} />}</div>
      {forms.length ? <Space direction="vertical" size={12} style={{ width: '100%' }}>{forms}</Space> : <Typography.Text type="secondary">{t('hz.noActions')}</Typography.Text>}
    </section>
  );
}
