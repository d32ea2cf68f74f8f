import type { CampaignReport } from '#domain';
import { beijingMinute } from '../common/beijing-time.js';

export type ReportLanguage = 'zh' | 'en';

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

const HEADERS: Record<ReportLanguage, string[]> = {
  zh: ['单位', '是否报送', '报送时间（北京时间）', '提醒次数', '逾期告知上级', '检查项数', '不合格项', '一般隐患', '重大隐患', '逾期隐患', '未报告的隐患'],
  en: ['Unit', 'Submitted', 'Submitted at (Beijing time)', 'Reminders', 'Told the unit above', 'Items checked', 'Items not passed', 'General hazards', 'Major hazards', 'Overdue hazards', 'Hazards it did not report'],
};
const WORDS = { zh: { yes: '是', no: '否', total: '合计' }, en: { yes: 'yes', no: 'no', total: 'Total' } };

/**
 * The report for a person to read, in their language: names and item texts instead of ids, times
 * in Beijing time, with a byte-order mark so that spreadsheet programs read the Chinese as UTF-8.
 */
export function campaignReportCsvFor(report: CampaignReport, itemText: (itemId: string) => string, lang: ReportLanguage): string {
  const w = WORDS[lang];
  const yesNo = (b: boolean) => (b ? w.yes : w.no);
  const rows: unknown[][] = report.units.map((u) => [
    u.unitName, yesNo(u.submitted), u.submittedAt ? beijingMinute(u.submittedAt) : '', u.reminders, yesNo(u.escalated), u.itemsChecked, u.itemsFailed.map(itemText).join('；'),
    u.hazardsOpened.general, u.hazardsOpened.major, u.overdueHazards, u.omitted.map((o) => o.title).join('；'),
  ]);
  const s = report.summary;
  rows.push([w.total, `${s.submitted}/${s.units}`, '', '', '', '', s.itemsFailed, s.hazardsOpened.general, s.hazardsOpened.major, s.overdueHazards, s.omitted]);
  return '\uFEFF' + [HEADERS[lang].join(','), ...rows.map((r) => r.map(field).join(','))].join('\r\n') + '\r\n';
}
