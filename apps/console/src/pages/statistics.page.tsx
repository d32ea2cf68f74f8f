import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { href } from '../route';

interface Figures { found: number; major: number; closed: number; closedOnTime: number; open: number; overdue: number; escalated: number; supervised: number; reviews: number; byCategory: Record<string, number> }
interface ReportSummary { id: string; rootUnitName: string; year: number; quarter: number; title: string; status: 'collecting' | 'complete'; total: Figures | null }
interface ReportUnit { unitId: string; unitName: string; depth: number; dueAt: string; status: 'pending' | 'confirmed' | 'late' | 'confirmed_late'; own: Figures | null; total: Figures | null; note: string | null; confirmedByName: string | null; mayConfirm: boolean }
interface Report extends ReportSummary { units: ReportUnit[] }

const FIGURES = ['found', 'major', 'closed', 'closedOnTime', 'open', 'overdue', 'escalated', 'supervised', 'reviews'] as const;
const beijing = (iso: string, lang: string | undefined) => new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' });

/** 季度统计报告: the reports my units take part in. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['statistics'], queryFn: () => api<{ items: ReportSummary[] }>('GET', '/statistics-reports') });
  return (
    <main>
      <h2>{t('statistics.heading')}</h2>
      {q.error ? <p role="alert">{q.error.message}</p> : !q.data ? <p>{t('loading')}</p> : q.data.items.length === 0 ? <p className="muted">{t('statistics.none')}</p> : (
        <ul className="list">
          {q.data.items.map((r) => (
            <li key={r.id} className="card">
              <a href={href('statistics', r.id)}>{r.title}</a> · {r.rootUnitName} · {t(`statistics.status.${r.status}`)}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

/** One report: each unit I may see, its deadline, status and figures; the confirmation for those who may give it now. */
export function StatisticsReportPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const q = useQuery({ queryKey: ['statistics', id], queryFn: () => api<Report>('GET', `/statistics-reports/${encodeURIComponent(id)}`), retry: false });
  const [note, setNote] = useState('');
  const confirm = useMutation({ mutationFn: (unitId: string) => api('POST', `/statistics-reports/${id}/units/${encodeURIComponent(unitId)}/confirm`, { note }), onSuccess: () => client.invalidateQueries({ queryKey: ['statistics'] }) });
  if (q.error) return <main><p role="alert">{q.error.message}</p><a href={href('statistics')}>{t('hazard.back')}</a></main>;
  if (!q.data) return <main><p>{t('loading')}</p></main>;
  const r = q.data;
  const lang = i18n.resolvedLanguage;
  const row = (f: Figures | null) => FIGURES.map((k) => <td key={k}>{f ? f[k] : '—'}</td>);
  return (
    <main>
      <p><a href={href('statistics')}>{t('statistics.heading')}</a></p>
      <h2>{r.title}</h2>
      <p>{r.rootUnitName} · {t(`statistics.status.${r.status}`)}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('overview.unit')}</th>
              <th scope="col">{t('statistics.due')}</th>
              <th scope="col">{t('statistics.state')}</th>
              {FIGURES.map((k) => <th key={k} scope="col">{t(`statistics.figure.${k}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {r.units.map((u) => (
              <tr key={u.unitId} data-statistics-unit={u.unitId} data-status={u.status}>
                <th scope="row">{u.unitName}</th>
                <td>{beijing(u.dueAt, lang)}</td>
                <td className={u.status === 'late' || u.status === 'confirmed_late' ? 'overdue-text' : ''}>{t(`statistics.unit.${u.status}`)}{u.confirmedByName ? ` · ${u.confirmedByName}` : ''}</td>
                {row(u.total)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.units.filter((u) => u.mayConfirm).map((u) => (
        <form key={u.unitId} className="card" onSubmit={(e) => (e.preventDefault(), confirm.mutate(u.unitId))} aria-label={t('statistics.confirmFor', { unit: u.unitName })}>
          <h3>{t('statistics.confirmFor', { unit: u.unitName })}</h3>
          <p className="muted">{t('statistics.confirmHint')}</p>
          <div className="field"><label htmlFor={`note-${u.unitId}`}>{t('statistics.note')}</label><input id={`note-${u.unitId}`} value={note} onChange={(e) => setNote(e.target.value)} /></div>
          <button type="submit" disabled={confirm.isPending}>{t('statistics.confirm')}</button>
        </form>
      ))}
      {confirm.error && <p role="alert" className="form-error">{confirm.error.message}</p>}
    </main>
  );
}
