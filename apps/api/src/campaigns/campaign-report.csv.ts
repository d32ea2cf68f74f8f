import type { CampaignReport } from '#domain';

const COLUMNS = ['unit_id', 'unit_name', 'submitted', 'submitted_at', 'reminders', 'escalated', 'items_checked', 'items_failed', 'hazards_general', 'hazards_major', 'overdue_hazards', 'omitted'] as const;

/** RFC 4180: quote every field that holds a comma, quote or line break. */
function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per unit, then a TOTAL row: what the authorities file. */
export function campaignReportCsv(report: CampaignReport): string {
  const rows = report.units.map((u) => [
    u.unitId, u.unitName, u.submitted, u.submittedAt, u.reminders, u.escalated, u.itemsChecked, u.itemsFailed.join(' '),
    u.hazardsOpened.general, u.hazardsOpened.major, u.overdueHazards, u.omitted.map((o) => o.hazardId).join(' '),
  ]);
  const s = report.summary;
  rows.push(['TOTAL', report.title, `${s.submitted}/${s.units}`, '', '', '', '', s.itemsFailed, s.hazardsOpened.general, s.hazardsOpened.major, s.overdueHazards, s.omitted]);
  return [COLUMNS.join(','), ...rows.map((r) => r.map(field).join(','))].join('\r\n') + '\r\n';
}
