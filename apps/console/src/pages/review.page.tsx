import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, List, Popconfirm, Radio, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Me, type ReviewDetail } from '../api';
import { showFieldErrors, unplacedError } from '../form-errors';
import { Countdown } from '../components/countdown';
import { ErrorPage } from '../components/result-pages';
import { label } from '../i18n';
import { beijing } from '../format';
import { href } from '../route';

const SANCTIONS = ['warning', 'demerit', 'major_demerit', 'demotion', 'removal', 'dismissal'];
const PROPOSAL_TAG: Record<string, string> = { proposed: 'processing', accepted: 'error', changed: 'warning', dismissed: 'default' };
type Proposal = ReviewDetail['proposals'][number];
type Finding = ReviewDetail['findings'][number];

function StatementForm({ review }: { review: ReviewDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<{ text: string }>();
  const submit = useMutation({
    mutationFn: (v: { text: string }) => api('POST', `/accountability-reviews/${encodeURIComponent(review.id)}/statements`, v),
    onSuccess: () => client.invalidateQueries({ queryKey: ['review', review.id] }),
    onError: (err) => showFieldErrors(form, err),
  });
  const general = unplacedError(form, submit.error);
  return (
    <Card title={<Space wrap>{t('review.statement')}<Countdown deadline={review.statementsUntil} /></Space>} style={{ marginBottom: 16 }}>
      <Form name="statement" form={form} layout="vertical" aria-label={t('review.statement')} onFinish={(v) => submit.mutate(v)}>
        <Form.Item name="text" label={t('review.statement')} rules={[{ required: true, whitespace: true, message: t('report.required') }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        {general && <Alert type="error" showIcon message={general} style={{ marginBottom: 12 }} />}
        {submit.isSuccess && <Alert type="success" showIcon role="status" message={t('review.statementDone')} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={submit.isPending}>{t('review.submitStatement')}</Button>
      </Form>
    </Card>
  );
}

interface DecisionValues { outcome: 'accept' | 'change' | 'dismiss'; sanction?: string; reason: string }

function DecisionForm({ review, proposal }: { review: ReviewDetail; proposal: Proposal }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<DecisionValues>();
  const outcome = Form.useWatch('outcome', form);
  const decide = useMutation({
    mutationFn: (v: DecisionValues) =>
      api('POST', `/accountability-reviews/${encodeURIComponent(review.id)}/decisions`, { proposalId: proposal.id, outcome: v.outcome, reason: v.reason, ...(v.outcome === 'change' && v.sanction ? { sanction: v.sanction } : {}) }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['review', review.id] }),
    onError: (err) => showFieldErrors(form, err),
  });
  const general = unplacedError(form, decide.error);
  // The form is checked first; the confirmation then says what is about to be decided.
  const confirm = () => void form.validateFields().then((v) => decide.mutate(v), () => undefined);
  return (
    <Form<DecisionValues> name={`decide-${proposal.id}`} form={form} layout="vertical" aria-label={`${t('review.decide')} ${proposal.personName}`} initialValues={{ outcome: 'accept' }} style={{ marginTop: 12, width: '100%' }}>
      <Form.Item name="outcome" label={t('review.outcome')}>
        <Radio.Group optionType="button" options={(['accept', 'change', 'dismiss'] as const).map((o) => ({ value: o, label: t(`review.${o}`) }))} />
      </Form.Item>
      {outcome === 'change' && (
        <Form.Item name="sanction" label={t('review.sanction')} rules={[{ required: true, message: t('report.required') }]}>
          <Select placeholder={t('plan.choose')} options={SANCTIONS.filter((s) => s !== proposal.proposedSanction).map((s) => ({ value: s, label: label('sanction', s) }))} />
        </Form.Item>
      )}
      <Form.Item name="reason" label={t('review.decisionReason')} rules={[{ required: true, whitespace: true, message: t('report.required') }]}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      {general && <Alert type="error" showIcon message={general} style={{ marginBottom: 12 }} />}
      {decide.isSuccess && <Alert type="success" showIcon role="status" message={t('review.decided')} style={{ marginBottom: 12 }} />}
      <Popconfirm title={t('hz.confirmTitle')} description={t('review.decideConfirm', { name: proposal.personName })} okText={t('review.decide')} cancelText={t('hz.cancel')} onConfirm={confirm}>
        <Button type="primary" loading={decide.isPending}>{t('review.decide')}</Button>
      </Popconfirm>
    </Form>
  );
}

/** 责任倒查: who held the hazard when (by the letters valid then), findings, proposals, statements and decisions. */
export function ReviewPage({ id, me }: { id: string; me: Me }) {
  const { t, i18n } = useTranslation();
  const review = useQuery({ queryKey: ['review', id], queryFn: () => api<ReviewDetail>('GET', `/accountability-reviews/${encodeURIComponent(id)}`), refetchInterval: 5_000, retry: false });
  if (review.isLoading) return <Card loading />;
  if (review.error) return <ErrorPage error={review.error} retry={() => void review.refetch()} />;
  const r = review.data!;
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  const person = (id: string | null | undefined) => (id ? (r.names.people[id] ?? '—') : '—');
  const hours = (ms: number) => (ms >= 86_400_000 ? t('span.d', { count: Math.round(ms / 86_400_000) }) : ms >= 3_600_000 ? t('span.h', { count: Math.round(ms / 3_600_000) }) : t('span.m', { count: Math.max(1, Math.round(ms / 60_000)) }));
  const basis = (a: { basis: string }) => (a.basis === 'letter' ? t('review.byLetter') : t('review.byChart'));
  const held = r.timeline.filter((e) => e.holder && (e.type === 'assigned' || e.type === 'escalated' || e.type.startsWith('incident_')));
  const concerned = r.proposals.find((p) => p.personId === me.id);
  const canState = concerned && r.status === 'statements' && !r.statements.some((s) => s.personId === me.id);
  const isAuthority = r.authorityId === me.id && (r.status === 'statements' || r.status === 'deciding');
  return (
    <main>
      <Typography.Paragraph><a href={href('reviews')}>{t('hazard.back')}</a></Typography.Paragraph>
      <Typography.Title level={2}>{r.names.units[r.unitId] ?? '—'} · {label('reviewReason', r.reason)}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('hazard.status')}><Tag data-review-status={r.status}>{label('reviewStatus', r.status)}</Tag></Descriptions.Item>
          <Descriptions.Item label={t('review.authority')}>{person(r.authorityId)}</Descriptions.Item>
          {r.statementsUntil && <Descriptions.Item label={t('review.statementsUntil')}>{r.status === 'statements' && <Countdown deadline={r.statementsUntil} />} {beijing(r.statementsUntil, lang)}</Descriptions.Item>}
          {r.decisionDeadline && <Descriptions.Item label={t('review.decisionDeadline')}><Countdown deadline={r.decisionDeadline} /> {beijing(r.decisionDeadline, lang)}</Descriptions.Item>}
          {r.hazardId && <Descriptions.Item label={t('hazard.details')}><a href={href('hazards', r.hazardId)} data-user-text>{r.names.hazardTitle ?? t('hazard.details')}</a></Descriptions.Item>}
        </Descriptions>
      </Card>
      {canState && <StatementForm review={r} />}
      <Card title={t('review.proposals')} style={{ marginBottom: 16 }}>
        <List
          dataSource={r.proposals}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.noProposals')} /> }}
          renderItem={(p) => (
            <List.Item key={p.id} data-proposal={p.status} aria-label={p.personName} data-person={p.personId}>
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <span>
                  <strong>{p.personName}</strong>: {p.conducts.map((c) => label('conduct', c)).join(t('plan.separator'))} → {label('sanction', p.proposedSanction)}{' '}
                  <Tag color={PROPOSAL_TAG[p.status]}>{label('proposalStatus', p.status)}</Tag>
                  {p.decidedSanction && p.status === 'changed' && <> → {label('sanction', p.decidedSanction)}</>}
                </span>
                {p.reason && <Typography.Text type="secondary">{person(p.decidedBy)}: <span data-user-text>{p.reason}</span></Typography.Text>}
                {/* The grounds are the findings' English wording; a Chinese reader has the findings below, in Chinese. */}
                {lang === 'en' && <ul style={{ margin: 0 }}>{p.grounds.map((g, i) => <li key={i}><Typography.Text type="secondary">{g}</Typography.Text></li>)}</ul>}
                {isAuthority && p.status === 'proposed' && <DecisionForm review={r} proposal={p} />}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {r.statements.length > 0 && (
        <Card title={t('review.statements')} style={{ marginBottom: 16 }}>
          <List
            dataSource={r.statements}
            renderItem={(s) => (
              <List.Item key={s.personId}>
                <List.Item.Meta title={`${person(s.personId)} · ${beijing(s.submittedAt, lang)}`} description={<span data-user-text style={{ whiteSpace: 'pre-wrap' }}>{s.text}</span>} />
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card title={t('review.timeline')} style={{ marginBottom: 16 }}>
        <Timeline items={held.map((e) => ({ children: t('review.held', { at: beijing(e.at, lang), event: label('event', e.type), level: label('level', e.holder!.level), person: person(e.holder!.personId), basis: basis(e.holder!) }) }))} />
      </Card>
      <Card title={t('review.findings')}>
        <Table<Finding>
          rowKey={(f) => `${f.personId}-${f.conduct}-${f.at}`}
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={r.findings}
          onRow={(f) => ({ 'data-conduct': f.conduct }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.noFindings')} /> }}
          columns={[
            { key: 'person', title: t('review.person'), render: (_, f) => person(f.personId) },
            { key: 'conduct', title: t('review.conduct'), render: (_, f) => label('conduct', f.conduct) },
            { key: 'reason', title: t('review.reason'), render: (_, f) => `${lang === 'en' ? f.detail : f.lateByMs ? t('review.late', { time: hours(f.lateByMs) }) : label('conduct', f.conduct)} · ${basis(f)}` },
          ]}
        />
      </Card>
    </main>
  );
}
