import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { FormMessage } from '../components/field';
import { href } from '../route';

interface StatRow {
  unitId: string;
  unitName: string;
  riskLevel: 'high' | 'medium' | 'low' | null;
  severity: 'general' | 'major';
  open: number;
  overdue: number;
  closed: number;
}

/** Open and overdue hazards per unit of the signed-in leader's subtree: a chart and the table behind it. */
export function OverviewPage() {
  const { t } = useTranslation();
  const stats = useQuery({ queryKey: ['stats'], queryFn: () => api<{ units: StatRow[] }>('GET', '/hazards/stats'), refetchInterval: 30_000 });
  if (stats.isLoading) return <p>{t('loading')}</p>;
  if (stats.error) return <FormMessage error={stats.error.message} />;
  const units = new Map<string, { name: string; risk: StatRow['riskLevel']; general?: StatRow; major?: StatRow }>();
  for (const r of stats.data!.units) units.set(r.unitId, { ...(units.get(r.unitId) ?? { name: r.unitName, risk: r.riskLevel }), [r.severity]: r });
  const rows = [...units].map(([id, u]) => ({
    id,
    name: u.name,
    risk: u.risk,
    open: (u.general?.open ?? 0) + (u.major?.open ?? 0),
    overdue: (u.general?.overdue ?? 0) + (u.major?.overdue ?? 0),
    general: u.general,
    major: u.major,
  }));
  const max = Math.max(1, ...rows.map((r) => r.open));
  const barH = 22;
  return (
    <main>
      <h2>{t('overview.title')}</h2>
      <figure className="card">
        <svg viewBox={`0 0 420 ${rows.length * (barH + 8) + 4}`} role="img" aria-label={t('overview.chart')}>
          {rows.map((r, i) => {
            const y = i * (barH + 8);
            const w = (r.open / max) * 260;
            const wOver = (r.overdue / max) * 260;
            return (
              <g key={r.id}>
                <text x={0} y={y + 15} className="axis">{r.name.slice(0, 14)}</text>
                <rect x={112} y={y} width={4} height={barH} className={`risk-${r.risk ?? 'none'}`}><title>{t(`risk.level.${r.risk ?? 'none'}`)}</title></rect>
                <rect x={120} y={y} width={w} height={barH} className="bar-open" />
                <rect x={120} y={y} width={wOver} height={barH} className="bar-overdue" />
                <text x={124 + w} y={y + 15} className="axis">{r.open}</text>
              </g>
            );
          })}
        </svg>
        <figcaption>{t('overview.chart')}</figcaption>
      </figure>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('overview.unit')}</th>
              <th scope="col">{t('risk.heading')}</th>
              <th scope="col">{t('overview.general')}: {t('overview.open')} / {t('overview.overdue')} / {t('overview.closed')}</th>
              <th scope="col">{t('overview.major')}: {t('overview.open')} / {t('overview.overdue')} / {t('overview.closed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row"><a href={href('units', r.id)}>{r.name}</a></th>
                <td data-risk={r.risk ?? 'none'} className={r.risk === 'high' ? 'overdue-text' : ''}>{t(`risk.level.${r.risk ?? 'none'}`)}</td>
                {(['general', 'major'] as const).map((s) => (
                  <td key={s}>
                    {r[s]?.open ?? 0} / <a className={r[s]?.overdue ? 'overdue-text' : ''} style={{ textDecoration: 'underline' }} href={`${href('ledger')}?unitId=${encodeURIComponent(r.id)}&severity=${s}&overdue=true`}>{r[s]?.overdue ?? 0}</a> /{' '}
                    <a style={{ textDecoration: 'underline' }} href={`${href('ledger')}?unitId=${encodeURIComponent(r.id)}&severity=${s}&status=closed`}>{r[s]?.closed ?? 0}</a>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
