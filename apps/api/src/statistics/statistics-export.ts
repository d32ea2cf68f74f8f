import ExcelJS from 'exceljs';
import { CATEGORY_LABELS, HAZARD_CATEGORIES, type StatisticsFigures } from '#domain';

export const FIGURES: Array<[keyof Omit<StatisticsFigures, 'byCategory'>, string]> = [
  ['found', '发现隐患'], ['major', '其中重大隐患'], ['closed', '已整改销号'], ['closedOnTime', '按期整改'], ['open', '未整改'], ['overdue', '逾期未整改'],
  ['escalated', '升级处理'], ['supervised', '挂牌督办'], ['reviews', '责任倒查'],
];
export const STATUS: Record<string, string> = { pending: '待确认', confirmed: '已确认', late: '迟报', confirmed_late: '逾期后确认' };

export interface ReportForExport {
  title: string;
  rootUnitName: string;
  units: Array<{ unitName: string; depth: number; status: string; own: StatisticsFigures | null; total: StatisticsFigures | null; confirmedByName: string | null }>;
}

/** The report as a workbook a principal can sign and send up: one row per unit (its total), then the found hazards by category. */
export async function statisticsWorkbook(r: ReportForExport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('季度统计');
  sheet.addRow([r.title]);
  sheet.addRow(['单位', '层级', '报送状态', '确认人', ...FIGURES.map(([, h]) => h)]);
  for (const u of r.units) {
    sheet.addRow([`${'　'.repeat(u.depth)}${u.unitName}`, u.depth, STATUS[u.status] ?? u.status, u.confirmedByName ?? '', ...FIGURES.map(([k]) => u.total?.[k] ?? '')]);
  }
  const categories = book.addWorksheet('按类别');
  categories.addRow(['单位', ...HAZARD_CATEGORIES.map((c) => CATEGORY_LABELS.zh[c])]);
  for (const u of r.units) categories.addRow([u.unitName, ...HAZARD_CATEGORIES.map((c) => u.total?.byCategory[c] ?? 0)]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(2).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 32 : 12));
  return Buffer.from(await book.xlsx.writeBuffer());
}
