import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Empty, List, Row, Space, Spin, Steps, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS, SEVERITY_LABELS, SOURCE_LABELS, STATUS_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { api, type HazardDetail, type HazardEvent, type Me } from '../api';
import { label } from '../i18n';
import { Countdown } from '../components/countdown';
import { EvidenceList, EvidenceUpload } from '../components/evidence';
import { ErrorPage } from '../components/result-pages';
import { beijing, useLang } from '../format';
import { href } from '../route';
import { ActionPanel } from './action-panel';

type Names = HazardDetail['names'];
const who = (names: Names, id: string | null | undefined) => (id ? (names.people[id] ?? '—') : '—');

/** The escalation ladder: one step per rung, who holds it, the current one marked. */
function Ladder({ h }: { h: HazardDetail }) {
  const { t } = useTranslation();
  const rungs = h.chain?.rungs ?? [];
  const current = h.currentRung ?? -1;
  return (
    <div className="ladder">
      <Steps
        direction="vertical"
        size="small"
        current={current}
        items={rungs.map((r, i) => ({
          title: label('level', r.level),
          description: (
            <span aria-current={i === current ? 'step' : undefined}>
              {r.person.name} · {h.names.units[r.unitId] ?? '—'}
              {i === current && <Tag color="processing" style={{ marginInlineStart: 8 }}>{t('hz.current')}</Tag>}
            </span>
          ),
          status: i < current ? 'finish' : i === current ? 'process' : 'wait',
        }))}
      />
    </div>
  );
}

/** The plan last submitted: the five in place (五落实). */
function PlanCard({ h, events }: { h: HazardDetail; events: HazardEvent[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const last = [...events].reverse().find((e) => e.type === 'plan_submitted');
  if (last?.type !== 'plan_submitted') return null;
  const p = last.payload.plan;
  return (
    <Card title={t('hz.plan')} size="small">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" items={[
        { key: 'person', label: t('hz.planPerson'), children: who(h.names, p.responsiblePersonId) },
        { key: 'deadline', label: t('hz.planDeadline'), children: beijing(p.deadline, lang) },
        { key: 'measures', label: t('hz.planMeasures'), children: p.measures || '—' },
        { key: 'funds', label: t('hz.planFunds'), children: p.funds || '—' },
        { key: 'contingency', label: t('hz.planContingency'), children: p.contingencyPlan || '—' },
      ]} />
    </Card>
  );
}

/** Each rectification with its summary, and the verifier's answer to it. */
function Rectifications({ h, events }: { h: HazardDetail; events: HazardEvent[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = events.flatMap((e) => (e.type === 'rectification_submitted' || e.type === 'verification_passed' || e.type === 'verification_failed' ? [e] : []));
  if (rows.length === 0) return null;
  return (
    <Card title={t('hz.rectifications')} size="small">
      <List
        itemLayout="vertical"
        dataSource={rows}
        renderItem={(e) => (
          <List.Item key={e.sequence} data-event={e.type}>
            <List.Item.Meta
              title={<Space wrap>{label('event', e.type)}{e.type === 'rectification_submitted' && <Tag>{t('hz.attempt', { n: e.payload.attempt })}</Tag>}</Space>}
              description={t('hz.byAt', { who: who(h.names, e.actorId), at: beijing(e.occurredAt, lang) })}
            />
            <Typography.Paragraph style={{ margin: 0 }}>{e.type === 'rectification_submitted' ? e.payload.summary : e.payload.comment || '—'}</Typography.Paragraph>
          </List.Item>
        )}
      />
    </Card>
  );
}

function Requests({ h }: { h: HazardDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (h.requests.length === 0) return null;
  return (
    <Card title={t('hazard.requests')} size="small">
      <List
        itemLayout="vertical"
        dataSource={h.requests}
        renderItem={(r) => {
          const d = r.details as { newDeadline?: string; needs?: string[]; reason?: string };
          return (
            <List.Item key={r.id} data-request={r.status}>
              <List.Item.Meta
                title={<Space wrap><strong>{t(r.kind === 'extension' ? 'action.requestExtension' : 'action.requestEscalation')}</strong><Tag>{label('status', r.status)}</Tag>{r.status === 'pending' && <Countdown deadline={r.deadline} />}</Space>}
                description={t('hz.requestedBy', { who: who(h.names, r.requestedBy), decider: who(h.names, r.deciderId) })}
              />
              <Space direction="vertical" size={2}>
                {d.reason && <span>{d.reason}</span>}
                {d.newDeadline && <span>{t('hz.newDeadline')}: {beijing(d.newDeadline, lang)}</span>}
                {d.needs && <span>{t('hz.needs')}: {d.needs.map((n) => t(`need.${n}`)).join('、')}</span>}
                {r.comment && <Typography.Text type="secondary">“{r.comment}” · {t('hz.decidedBy', { who: who(h.names, (r as { decidedBy?: string }).decidedBy ?? r.deciderId) })}</Typography.Text>}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

export function HazardPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const hazard = useQuery({ queryKey: ['hazard', id], queryFn: () => api<HazardDetail>('GET', `/hazards/${id}`), refetchInterval: 10_000, retry: (n, err) => n < 2 && !(err as { status?: number }).status });
  const chain = useQuery({
    queryKey: ['hazard', id, 'verify', hazard.data?.events.length],
    queryFn: () => api<{ valid: boolean; firstBrokenLink?: { sequence: number } | null }>('GET', `/hazards/${id}/timeline/verify`),
    enabled: Boolean(hazard.data),
  });
  if (hazard.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (hazard.error) return <ErrorPage error={hazard.error} retry={() => void hazard.refetch()} />;
  const h = hazard.data!;
  const reported = h.events.find((e) => e.type === 'reported');
  const mayAttach = h.you.actions.includes('attachEvidence');
  return (
    <main>
      <p><a href={href('hazards')}>← {t('hazard.back')}</a></p>
      <Space wrap align="center">
        <Typography.Title level={2} style={{ margin: 0 }} data-user-text>{h.title}</Typography.Title>
        <Tag color={h.severity === 'major' ? 'red' : 'blue'}>{SEVERITY_LABELS[lang][h.severity]}</Tag>
        <Tag data-testid="status" data-status={h.status}>{STATUS_LABELS[lang][h.status as keyof (typeof STATUS_LABELS)['zh']] ?? label('status', h.status)}</Tag>
        {h.supervised && <Tag color="volcano">{t('hz.supervised')}</Tag>}
        {h.overdue && <Tag color="error">{t('ledger.overdueTag')}</Tag>}
      </Space>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('hazard.details')} size="small">
              <Descriptions column={{ xs: 1, md: 2 }} size="small" items={[
                { key: 'unit', label: t('hz.unit'), children: h.names.units[h.unitId] ?? '—' },
                { key: 'category', label: t('hz.category'), children: CATEGORY_LABELS[lang][h.category as keyof (typeof CATEGORY_LABELS)['zh']] ?? '—' },
                { key: 'holder', label: t('hazard.holder'), children: h.responsiblePerson?.name ?? '—' },
                { key: 'stage', label: t('hazard.stage'), children: label('stage', h.stage?.action) },
                { key: 'deadline', label: t('hazard.deadline'), children: h.stage?.deadline ? <span data-testid="deadline">{beijing(h.stage.deadline, lang)} · <Countdown deadline={h.stage.deadline} /></span> : '—' },
                { key: 'source', label: t('hz.source'), children: SOURCE_LABELS[lang][h.source as keyof (typeof SOURCE_LABELS)['zh']] ?? '—' },
                { key: 'by', label: t('hz.discoveredBy'), children: who(h.names, h.discoveredBy) },
                { key: 'at', label: t('hz.discoveredAt'), children: beijing(h.discoveredAt, lang) },
                { key: 'reported', label: t('hz.reportedAt'), children: beijing(reported?.occurredAt ?? h.createdAt, lang) },
                { key: 'location', label: t('hazard.location'), children: h.location, span: 2 },
                { key: 'description', label: t('hazard.description'), children: h.description, span: 2 },
              ]} />
              {h.reviewWorkflowId && <Alert type="warning" showIcon style={{ marginTop: 12 }} message={t('hz.review')} action={<a href={href('reviews', h.reviewWorkflowId)}>{t('hz.openReview')}</a>} />}
              {h.liveError && <Alert type="info" showIcon style={{ marginTop: 12 }} message={t('hazard.liveMissing', { why: h.liveError })} />}
            </Card>
            <PlanCard h={h} events={h.events} />
            <Rectifications h={h} events={h.events} />
            <Card title={t('hz.evidence')} size="small">
              <EvidenceList hazardId={h.id} />
              {mayAttach && <div style={{ marginTop: 12 }}><EvidenceUpload hazardId={h.id} /></div>}
            </Card>
            <Requests h={h} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <ActionPanel hazard={h} me={me} />
            <Card title={t('hazard.ladder')} size="small">
              <Ladder h={h} />
              {h.live && (
                <>
                  <Typography.Title level={5}>{t('hazard.heldBy')}</Typography.Title>
                  <List size="small" dataSource={h.live.holders} renderItem={(s, i) => (
                    <List.Item key={i}>{who(h.names, s.personId)}（{label('level', s.level)}）{t('hazard.from')} {beijing(s.from, lang)} {t('hazard.to')} {s.to ? beijing(s.to, lang) : t('hazard.now')}</List.Item>
                  )} />
                </>
              )}
            </Card>
            <Card title={t('hazard.timeline')} size="small">
              {chain.data && (
                <Alert type={chain.data.valid ? 'success' : 'error'} showIcon data-testid="chain-status" style={{ marginBottom: 12 }}
                  message={chain.data.valid ? t('hazard.chainOk', { n: h.events.length }) : t('hazard.chainBroken', { seq: chain.data.firstBrokenLink?.sequence ?? '?' })} />
              )}
              {h.events.length === 0 ? <Empty /> : (
                <Timeline items={h.events.map((e) => ({
                  key: e.sequence,
                  children: (
                    <span data-event={e.type}>
                      <time dateTime={e.occurredAt}>{beijing(e.occurredAt, lang)}</time> <strong>{label('event', e.type)}</strong>
                      {e.actorId && <Typography.Text type="secondary"> · {who(h.names, e.actorId)}</Typography.Text>}
                    </span>
                  ),
                }))} />
              )}
            </Card>
          </Space>
        </Col>
      </Row>
    </main>
  );
}
