import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { RiskAssessments, RiskTemplate } from '../api-preparedness';
import { inLanguage, useLang } from '../format';
import { href } from '../route';

const RESULTS = ['none', 'danger', 'high'] as const;

/** 风险分级管控 on a unit's page: its level, its assessments and the hazards they opened, and the form for those who may assess. */
export function RiskSection({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
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
  return (
    <section className="card" aria-labelledby="risk-heading" data-risk-level={r.level ?? 'none'}>
      <h3 id="risk-heading">{t('risk.heading')}</h3>
      <p><strong className={r.level === 'high' ? 'overdue-text' : ''}>{t(`risk.level.${r.level ?? 'none'}`)}</strong></p>
      <ul>
        {r.items.slice(0, 5).map((a) => (
          <li key={a.id}>
            {new Date(a.assessedAt).toLocaleDateString(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' })} · {a.assessedByName} · {t(a.bySuperior ? 'risk.bySuperior' : 'risk.self')} · {t(`risk.level.${a.level}`)}
            {a.hazards.length > 0 && <ul>{a.hazards.map((h) => <li key={h.hazardId}><a href={href('hazards', h.hazardId)}>{h.title}</a></li>)}</ul>}
          </li>
        ))}
      </ul>
      {r.mayAssess && indicators.length > 0 && (
        <form onSubmit={(e) => (e.preventDefault(), assess.mutate(indicators.map((i) => i.id)))} aria-label={t('risk.assess')}>
          <h4>{t('risk.assess')}</h4>
          {indicators.map((i) => (
            <div key={i.id} className="field">
              <label htmlFor={`risk-${i.id}`}>{inLanguage(i.content, lang)}</label>
              <select id={`risk-${i.id}`} value={results[i.id] ?? 'none'} onChange={(e) => setResults({ ...results, [i.id]: e.target.value })}>
                {RESULTS.map((x) => <option key={x} value={x}>{t(`risk.result.${x}`)}</option>)}
              </select>
              <p className="muted">{inLanguage(`${i.method} · ${i.basis}`, lang)}</p>
            </div>
          ))}
          <button type="submit" disabled={assess.isPending}>{t('risk.submit')}</button>
          {assess.error && <p role="alert" className="form-error">{assess.error.message}</p>}
          {assess.isSuccess && <p className="form-ok">{t('risk.recorded')}</p>}
        </form>
      )}
    </section>
  );
}
