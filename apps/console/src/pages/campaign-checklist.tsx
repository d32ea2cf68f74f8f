import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas } from '../api';
import { inLanguage, useLang } from '../format';

type CampaignDetail = Schemas['CampaignDto'];
type Item = CampaignDetail['checklist'][number];
interface Answer { passed?: boolean; note?: string; evidence?: string }

/** A unit's self-inspection for a campaign, filled in item by item on a phone: passed or not, a note, the evidence an item asks for. */
export function CampaignChecklist({ campaign, unitId, unitName }: { campaign: CampaignDetail; unitId: string; unitName: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [form] = Form.useForm<Record<string, Answer>>();
  const send = useMutation({
    mutationFn: (answers: Record<string, Answer>) =>
      api('POST', `/campaigns/${encodeURIComponent(campaign.id)}/units/${encodeURIComponent(unitId)}/inspection`, {
        results: (campaign.checklist as Item[]).map((i) => ({
          itemId: i.id,
          passed: answers[i.id]?.passed ?? true,
          ...(answers[i.id]?.note ? { note: answers[i.id]!.note } : {}),
          ...(answers[i.id]?.evidence ? { evidence: [answers[i.id]!.evidence!] } : {}),
        })),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['campaign', campaign.id] }),
  });
  const err = send.error instanceof ApiError ? send.error : null;
  return (
    <Card size="small" title={t('campaign.fillFor', { unit: unitName })} style={{ marginTop: 16 }}>
      <Form form={form} layout="vertical" aria-label={t('campaign.fillFor', { unit: unitName })} onFinish={(v) => send.mutate(v)}>
        {(campaign.checklist as Item[]).map((i, n) => (
          <Card key={i.id} size="small" type="inner" style={{ marginBottom: 12 }} data-item={i.id}
            title={<Typography.Text strong>{n + 1}. {inLanguage(i.text, lang)}</Typography.Text>}>
            <Form.Item name={[i.id, 'passed']} label={t('campaign.result')} initialValue={true}>
              <Radio.Group options={[{ value: true, label: t('campaign.passed') }, { value: false, label: t('campaign.failed') }]} />
            </Form.Item>
            <Form.Item name={[i.id, 'note']} label={t('campaign.note')}><Input.TextArea rows={1} maxLength={4000} /></Form.Item>
            {i.evidenceRequired && (
              <Form.Item name={[i.id, 'evidence']} label={t('campaign.evidence')} rules={[{ required: true, message: t('report.required') }]}><Input /></Form.Item>
            )}
          </Card>
        ))}
        {err && <Alert type="error" showIcon message={err.message} style={{ marginBottom: 12 }} />}
        {send.isSuccess && <Alert type="success" showIcon role="status" message={t('campaign.submitted')} style={{ marginBottom: 12 }} />}
        <Space><Button type="primary" htmlType="submit" loading={send.isPending}>{t('campaign.submit')}</Button></Space>
      </Form>
    </Card>
  );
}
