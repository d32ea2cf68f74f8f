import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Popconfirm, Space, Spin, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEVERITY_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { api, type IncidentDetail } from '../api';
import { Countdown } from '../components/countdown';
import { ErrorPage } from '../components/result-pages';
import { beijing, useLang } from '../format';
import { href } from '../route';

const STEP_STATUS: Record<string, 'finish' | 'process' | 'error' | 'wait'> = { forwarded: 'finish', received: 'finish', reported: 'finish', missed: 'error' };

/** An incident (安全事件): its report going up the chain level by level, and, for the level that holds it, the form that passes it on. */
export function IncidentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [form] = Form.useForm<{ note?: string }>();
  const q = useQuery({ queryKey: ['incident', id], queryFn: () => api<IncidentDetail>('GET', `/incidents/${encodeURIComponent(id)}`), refetchInterval: 5_000 });
  const forward = useMutation({
    mutationFn: (note: string | undefined) => api('POST', `/incidents/${encodeURIComponent(id)}/forward`, note ? { note } : {}),
    onSuccess: () => {
      form.resetFields();
      return client.invalidateQueries({ queryKey: ['incident', id] });
    },
  });
  if (q.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  const d = q.data!;
  const unitName = (l: IncidentDetail['levels'][number]) => l.unitName ?? '—';
  const holding = d.levels.find((l) => l.unitId === d.you.holdingUnitId);
  return (
    <main>
      <Typography.Title level={2} data-user-text>{d.title}</Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} items={[
        { key: 'unit', label: t('hz.unit'), children: <span data-user-text>{d.levels[0] ? unitName(d.levels[0]) : '—'}</span> },
        { key: 'severity', label: t('report.severity'), children: <Space><Tag color={d.severity === 'major' ? 'red' : undefined}>{SEVERITY_LABELS[lang][d.severity as 'general' | 'major']}</Tag>{d.late && <Tag color="error">{t('incident.late')}</Tag>}</Space> },
        { key: 'occurred', label: t('incident.occurredAt'), children: beijing(d.occurredAt, lang) },
        { key: 'description', label: t('incident.description'), span: 2, children: <span data-user-text>{d.description}</span> },
      ]} />
      {d.warnings.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="incident-warnings" message={<Space wrap>{t('incident.duringWarning')}
          {d.warnings.map((w) => <a key={w.id} href={href('warnings', w.id)} data-user-text>{t(`warning.level.${w.level}`)}{t('warning.suffix')} · {w.title}</a>)}</Space>} />
      )}
      <Card size="small" title={t('incident.levels')} style={{ marginBottom: 16 }}>
        <Steps direction="vertical" size="small" items={d.levels.map((l) => ({
          status: l.unitId === d.you.holdingUnitId ? 'process' : STEP_STATUS[l.outcome] ?? 'wait',
          title: <span data-user-text>{unitName(l)}</span>,
          description: (
            <span data-outcome={l.outcome}>
              {t(`incident.outcome.${l.outcome}`, { defaultValue: l.outcome })}
              {l.passedOnAt ? ` · ${beijing(l.passedOnAt, lang)}` : l.dueAt ? <> · {t('campaign.deadline')} {beijing(l.dueAt, lang)} <Countdown deadline={l.dueAt} /></> : ''}
            </span>
          ),
        }))} />
        {holding ? <Typography.Text type="secondary">{t('incident.holding', { unit: unitName(holding) })}</Typography.Text> : d.status === 'complete' && <Typography.Text type="success">{t('incident.complete')}</Typography.Text>}
      </Card>
      {forward.isSuccess && <Alert type="success" showIcon role="status" message={t('incident.forwarded')} style={{ marginBottom: 16 }} />}
      {d.you.mayForward && (
        <Card size="small" title={t('incident.forward')}>
          <Form form={form} layout="vertical" aria-label={t('incident.forward')}>
            <Form.Item name="note" label={t('incident.forwardNote')}><Input.TextArea rows={2} maxLength={4000} /></Form.Item>
            {forward.error && <Alert type="error" showIcon message={forward.error.message} style={{ marginBottom: 12 }} />}
            <Popconfirm title={t('hz.confirmTitle')} description={t('incident.forwardConfirm')} okText={t('incident.forwardButton')} cancelText={t('hz.cancel')}
              onConfirm={() => forward.mutate(form.getFieldValue('note') as string | undefined)}>
              <Button type="primary" loading={forward.isPending}>{t('incident.forwardButton')}</Button>
            </Popconfirm>
          </Form>
        </Card>
      )}
    </main>
  );
}
