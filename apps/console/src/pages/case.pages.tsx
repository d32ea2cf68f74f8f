import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type CampaignDetail, type IncidentDetail, type Me } from '../api';
import { Countdown } from '../components/countdown';
import { inLanguage } from '../format';
import { href } from '../route';
import { CampaignChecklist } from './campaign-checklist';

/** Unit names of the units one may see (a dash for the others: ids are not for reading). */
const unitName = (me: Me, id: string) => me.visibleUnits.find((u) => u.id === id)?.name ?? '—';
const when = (iso: string | null, lang: string | undefined) => (iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' }) : '—');

/** A supervision campaign (专项督查) a notice is about: its deadline and each unit's submission. */
export function CampaignPage({ id, me }: { id: string; me: Me }) {
  const { t, i18n } = useTranslation();
  const c = useQuery({ queryKey: ['campaign', id], queryFn: () => api<CampaignDetail>('GET', `/campaigns/${encodeURIComponent(id)}`), refetchInterval: 5_000 });
  if (c.error) return <main><p role="alert">{c.error.message}</p></main>;
  if (!c.data) return <main><p>{t('loading')}</p></main>;
  const d = c.data;
  return (
    <main>
      <h2>{d.title}</h2>
      <p>{t('campaign.issuer', { unit: unitName(me, d.issuerUnitId) })} · {t('campaign.deadline')} {when(d.deadline, i18n.resolvedLanguage)} <Countdown deadline={d.deadline} /></p>
      <table>
        <thead><tr><th>{t('overview.unit')}</th><th>{t('campaign.submission')}</th><th>{t('campaign.reminders')}</th><th>{t('campaign.hazards')}</th></tr></thead>
        <tbody>
          {d.units.map((u) => (
            <tr key={u.unitId} data-status={u.status}>
              <td>{unitName(me, u.unitId)}</td>
              <td>{t(`campaign.status.${u.status}`, { defaultValue: u.status })}{u.submittedAt ? ` · ${when(u.submittedAt, i18n.resolvedLanguage)}` : ''}</td>
              <td>{u.reminders}</td>
              <td>{u.hazards.map((h) => <a key={h.hazardId} href={href('hazards', h.hazardId)}>{inLanguage(d.checklist.find((c) => c.id === h.itemId)?.text ?? '—', i18n.resolvedLanguage === 'en' ? 'en' : 'zh')} </a>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.units.filter((u) => u.status === 'pending' && me.posts.some((p) => p.unitId === u.unitId && p.kind !== 'staff')).map((u) => (
        <CampaignChecklist key={u.unitId} campaign={d} unitId={u.unitId} unitName={unitName(me, u.unitId)} />
      ))}
    </main>
  );
}

/** An incident (安全事件) a notice is about: its report up the chain, level by level. */
export function IncidentPage({ id, me }: { id: string; me: Me }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['incident', id], queryFn: () => api<IncidentDetail>('GET', `/incidents/${encodeURIComponent(id)}`) });
  if (q.error) return <main><p role="alert">{q.error.message}</p></main>;
  if (!q.data) return <main><p>{t('loading')}</p></main>;
  const d = q.data;
  return (
    <main>
      <h2>{d.title}</h2>
      <p>{unitName(me, d.unitId)} · {t(`severity.${d.severity}`)} · {t('incident.occurred')} {when(d.occurredAt, i18n.resolvedLanguage)}{d.late ? ` · ${t('incident.late')}` : ''}</p>
      <p>{d.description}</p>
      {d.warnings.length > 0 && <p data-testid="incident-warnings">{t('incident.duringWarning')} {d.warnings.map((w) => <a key={w.id} href={href('warnings', w.id)}>{t(`warning.level.${w.level}`)}{t('warning.suffix')} · {w.title}</a>)}</p>}
      <ol>
        {d.levels.map((l, i) => (
          <li key={i} data-outcome={l.outcome}>
            {l.unitName ?? unitName(me, l.unitId)}: {t(`incident.outcome.${l.outcome}`, { defaultValue: l.outcome })}{l.passedOnAt ? ` · ${when(l.passedOnAt, i18n.resolvedLanguage)}` : l.dueAt ? ` · ${t('campaign.deadline')} ${when(l.dueAt, i18n.resolvedLanguage)}` : ''}
          </li>
        ))}
      </ol>
    </main>
  );
}
