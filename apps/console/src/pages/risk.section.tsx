import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, List, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { RiskAssessments, RiskTemplate } from '../api-preparedness';
import { beijing, inLanguage, useLang } from '../format';
import { href } from '../route';

const RESULTS = ['none', 'danger', 'high'] as const;

/** 风险分级管控 on a unit's page: its level, its assessments and the hazards they opened, and the form for those who may assess. */
export function RiskSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const lang = useLang();
  const q = useQuery({ queryKey: ['risk', unitId], queryFn: () => api<RiskAssessments>('GET', `/units/${encodeURIComponent(unitId)}/risk-assessments`) });
  const template = useQuery({ queryKey: ['risk-template', unitId], queryFn: () => api<RiskTemplate>('GET', `/units/${encodeURIComponent(unitId)}/risk-template`), enabled: Boolean(q.data?.mayAssess) });
  const [results, setResults] = useState<Record<string, string>>({});
  const assess = useMutation({
    mutationFn: (indicators: string[]) => api('POST', `/units/${encodeURIComponent(unitId)}/risk-assessments`, { results: indicators.map((indicatorId) => ({ indicatorId, result: results[indicatorId] ?? 'none' })) }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['risk', unitId] }),
  });
  if (!q.data) return null;
  const r = q.data;
  const indicators = template.data?.areas.flatMap((a) => a.groups.flatMap((g) => g.indicators)) ?? [];
  const levelColour = r.level === 'high' ? 'error' : r.level === 'medium' ? 'warning' : r.level === 'low' ? 'success' : undefined;
  return (
    <section aria-labelledby="risk-heading" data-risk-level={r.level ?? 'none'} style={{ marginBottom: 16 }}>
      <Card size="small" title={<span id="risk-heading">{t('risk.heading')}</span>} extra={<Tag color={levelColour}>{t(`risk.level.${r.level ?? 'none'}`)}</Tag>}>
        {r.items.length > 0 && (
          <List size="small" dataSource={r.items.slice(0, 5)} style={{ marginBottom: 12 }} renderItem={(a) => (
            <List.Item key={a.id} style={{ display: 'block' }}>
              <Space wrap>
                <span>{beijing(a.assessedAt, lang, false)}</span><span data-user-text>{a.assessedByName}</span>
                <Tag>{t(a.bySuperior ? 'risk.bySuperior' : 'risk.self')}</Tag><span>{t(`risk.level.${a.level}`)}</span>
              </Space>
              {a.hazards.length > 0 && <div>{a.hazards.map((h) => <div key={h.hazardId}><a href={href('hazards', h.hazardId)} data-user-text>{h.title}</a></div>)}</div>}
            </List.Item>
          )} />
        )}
        {r.mayAssess && indicators.length > 0 && (
          <Form layout="vertical" aria-label={t('risk.assess')} onFinish={() => assess.mutate(indicators.map((i) => i.id))}>
            <Typography.Title level={4}>{t('risk.assess')}</Typography.Title>
            {indicators.map((i) => (
              <Form.Item key={i.id} label={inLanguage(i.content, lang)} extra={inLanguage(`${i.method} · ${i.basis}`, lang)}>
                <Radio.Group aria-label={inLanguage(i.content, lang)} optionType="button" buttonStyle="solid" value={results[i.id] ?? 'none'} onChange={(e) => setResults({ ...results, [i.id]: e.target.value as string })}
                  options={RESULTS.map((x) => ({ value: x, label: t(`risk.result.${x}`) }))} />
              </Form.Item>
            ))}
            {assess.error && <Alert type="error" showIcon message={assess.error.message} style={{ marginBottom: 12 }} />}
            {assess.isSuccess && <Alert type="success" showIcon role="status" message={t('risk.recorded')} style={{ marginBottom: 12 }} />}
            <Button type="primary" htmlType="submit" loading={assess.isPending}>{t('risk.submit')}</Button>
          </Form>
        )}
      </Card>
    </section>
  );
}
