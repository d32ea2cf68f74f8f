import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, List, Progress, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignReport } from '../../../../libs/domain/src/campaigns/campaign.js';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { api, type Me, type Schemas } from '../api';
import { downloadFile } from '../api-files';
import { Countdown } from '../components/countdown';
import { ErrorPage } from '../components/result-pages';
import { beijing, inLanguage, useLang, type Lang } from '../format';
import { href } from '../route';
import { CampaignChecklist } from './campaign-checklist';

type Campaign = Schemas['CampaignDto'];
const STATUS_COLOURS: Record<string, string> = { pending: 'processing', submitted: 'success', not_submitted: 'error' };

/** A supervision campaign (专项督查): its checklist, each unit's submission, my unit's self-inspection to fill in, and the report at the deadline. */
export function CampaignPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = useQuery({ queryKey: ['campaign', id], queryFn: () => api<Campaign>('GET', `/campaigns/${encodeURIComponent(id)}`), refetchInterval: 5_000 });
  if (c.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (c.error) return <ErrorPage error={c.error} retry={() => void c.refetch()} />;
  const d = c.data!;
  const itemText = (itemId: string) => inLanguage(d.checklist.find((i) => i.id === itemId)?.text ?? '—', lang);
  const submitted = d.units.filter((u) => u.status === 'submitted').length;
  const mine = d.units.filter((u) => u.status === 'pending' && me.posts.some((p) => p.unitId === u.unitId && p.kind !== 'staff'));
  return (
    <main>
      <Typography.Title level={2} data-user-text>{d.title}</Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} items={[
        { key: 'issuer', label: t('campaign.issuerLabel'), children: <span data-user-text>{d.issuerUnitName ?? '—'}</span> },
        { key: 'by', label: t('campaign.createdBy'), children: <span data-user-text>{d.createdByName ?? '—'}</span> },
        { key: 'deadline', label: t('campaign.deadline'), children: <Space>{beijing(d.deadline, lang)}{d.status === 'running' && <Countdown deadline={d.deadline} />}</Space> },
        { key: 'status', label: t('campaign.stateLabel'), children: <Tag color={d.status === 'running' ? 'processing' : 'default'}>{t(`campaign.state.${d.status}`, { defaultValue: d.status })}</Tag> },
        { key: 'progress', label: t('campaign.progress'), span: 2, children: <Progress aria-label={t('campaign.progress')} percent={Math.round((100 * submitted) / Math.max(1, d.units.length))} format={() => `${submitted} / ${d.units.length}`} /> },
      ]} />
      <Card size="small" title={t('campaign.checklist')} style={{ marginBottom: 16 }}>
        <List size="small" dataSource={d.checklist} renderItem={(i, n) => (
          <List.Item key={i.id}>
            <Space wrap>
              <span data-user-text>{n + 1}. {inLanguage(i.text, lang)}</span>
              <Tag>{CATEGORY_LABELS[lang][i.category as keyof (typeof CATEGORY_LABELS)['zh']] ?? '—'}</Tag>
              <Tag color={i.severity === 'major' ? 'red' : undefined}>{SEVERITY_LABELS[lang][i.severity as 'general' | 'major']}</Tag>
              {i.evidenceRequired && <Tag color="blue">{t('campaign.evidenceRequired')}</Tag>}
            </Space>
          </List.Item>
        )} />
      </Card>
      <Table rowKey="unitId" size="small" dataSource={d.units} pagination={false} scroll={{ x: true }} style={{ marginBottom: 16 }} title={() => t('campaign.units')}
        onRow={(u) => ({ 'data-status': u.status } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('campaign.col.unit'), dataIndex: 'unitName', render: (v: string) => <span data-user-text>{v}</span> },
          { title: t('campaign.submission'), key: 'submission', render: (_: unknown, u) => (
            <Space direction="vertical" size={0}>
              <Tag color={STATUS_COLOURS[u.status]}>{t(`campaign.status.${u.status}`, { defaultValue: u.status })}</Tag>
              {u.submittedAt && <span>{beijing(u.submittedAt, lang)}{u.submittedByName ? ` · ${t('campaign.submittedBy', { name: u.submittedByName })}` : ''}</span>}
              {u.escalatedAt && <Typography.Text type="danger">{t('campaign.escalated')}</Typography.Text>}
            </Space>
          ) },
          { title: t('campaign.reminders'), dataIndex: 'reminders' },
          { title: t('campaign.hazards'), key: 'hazards', render: (_: unknown, u) => u.hazards.length === 0 ? '—' : (
            <Space direction="vertical" size={0}>{u.hazards.map((h) => <a key={h.hazardId} href={href('hazards', h.hazardId)} data-user-text>{itemText(h.itemId)}</a>)}</Space>
          ) },
        ]} />
      {d.status === 'running' && mine.map((u) => <CampaignChecklist key={u.unitId} campaign={d} unitId={u.unitId} unitName={u.unitName} />)}
      <CampaignReportCard campaign={d} lang={lang} />
    </main>
  );
}

/** The report compiled at the deadline, unit by unit with totals, and its CSV. */
function CampaignReportCard({ campaign, lang }: { campaign: Campaign; lang: Lang }) {
  const { t } = useTranslation();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const r = useQuery({
    queryKey: ['campaign-report', campaign.id],
    queryFn: () => api<CampaignReport>('GET', `/campaigns/${encodeURIComponent(campaign.id)}/report`),
    enabled: Boolean(campaign.reportedAt),
  });
  if (!campaign.reportedAt) return <Card size="small" title={t('campaign.report')}><Typography.Text type="secondary">{t('campaign.reportPending')}</Typography.Text></Card>;
  if (r.error) return <Alert type="error" showIcon message={r.error.message} />;
  if (!r.data) return <Spin />;
  const report = r.data;
  const itemText = (itemId: string) => inLanguage(campaign.checklist.find((i) => i.id === itemId)?.text ?? '—', lang);
  const s = report.summary;
  return (
    <Card size="small" title={t('campaign.report')} data-testid="campaign-report"
      extra={<Button onClick={() => downloadFile(`/campaigns/${encodeURIComponent(campaign.id)}/report?format=csv&lang=${lang}`, `${campaign.title}.csv`).catch((e: Error) => setDownloadError(e.message))}>{t('campaign.downloadCsv')}</Button>}>
      <Typography.Paragraph type="secondary">{t('campaign.compiledAt')} {beijing(report.compiledAt, lang)}</Typography.Paragraph>
      {downloadError && <Alert type="error" showIcon message={downloadError} style={{ marginBottom: 12 }} />}
      <Table rowKey="unitId" size="small" dataSource={report.units} pagination={false} scroll={{ x: true }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('campaign.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1}>{s.submitted} / {s.units}</Table.Summary.Cell>
            <Table.Summary.Cell index={2}>—</Table.Summary.Cell>
            <Table.Summary.Cell index={3}>{s.itemsFailed}</Table.Summary.Cell>
            <Table.Summary.Cell index={4}>{s.hazardsOpened.general}</Table.Summary.Cell>
            <Table.Summary.Cell index={5}>{s.hazardsOpened.major}</Table.Summary.Cell>
            <Table.Summary.Cell index={6}>{s.overdueHazards}</Table.Summary.Cell>
            <Table.Summary.Cell index={7}>{s.omitted}</Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        columns={[
          { title: t('campaign.col.unit'), dataIndex: 'unitName', render: (v: string) => <span data-user-text>{v}</span> },
          { title: t('campaign.col.submitted'), key: 'submitted', render: (_: unknown, u) => (u.submitted ? `${t('campaign.yes')} · ${beijing(u.submittedAt, lang)}` : <Typography.Text type="danger">{t('campaign.no')}</Typography.Text>) },
          { title: t('campaign.col.itemsChecked'), dataIndex: 'itemsChecked' },
          { title: t('campaign.col.itemsFailed'), key: 'failed', render: (_: unknown, u) => (u.itemsFailed.length ? <span data-user-text>{u.itemsFailed.map(itemText).join('；')}</span> : '0') },
          { title: t('campaign.col.general'), key: 'general', render: (_: unknown, u) => u.hazardsOpened.general },
          { title: t('campaign.col.major'), key: 'major', render: (_: unknown, u) => u.hazardsOpened.major },
          { title: t('campaign.col.overdue'), dataIndex: 'overdueHazards' },
          { title: t('campaign.col.omitted'), key: 'omitted', render: (_: unknown, u) => (u.omitted.length ? (
            <Space direction="vertical" size={0}>{u.omitted.map((o) => <a key={o.hazardId} href={href('hazards', o.hazardId)} data-user-text>{o.title}</a>)}</Space>
          ) : '0') },
        ]} />
    </Card>
  );
}
