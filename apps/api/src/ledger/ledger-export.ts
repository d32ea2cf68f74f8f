import type { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CATEGORY_LABELS, SEVERITY_LABELS, SOURCE_LABELS, STATUS_LABELS } from '#domain';
import type { LedgerRow } from '#persistence';
import { beijingMinute } from '../common/beijing-time.js';

/** The export's columns: Chinese headers, one row per hazard, names never ids. */
const COLUMNS: Array<{ header: string; width: number; value: (r: LedgerRow) => string }> = [
  { header: '隐患名称', width: 32, value: (r) => r.title },
  { header: '单位', width: 28, value: (r) => r.unitName },
  { header: '类别', width: 12, value: (r) => CATEGORY_LABELS.zh[r.category] },
  { header: '等级', width: 10, value: (r) => SEVERITY_LABELS.zh[r.severity] },
  { header: '状态', width: 14, value: (r) => STATUS_LABELS.zh[r.status] },
  { header: '来源', width: 10, value: (r) => SOURCE_LABELS.zh[r.source] },
  { header: '位置', width: 20, value: (r) => r.location },
  { header: '描述', width: 40, value: (r) => r.description },
  { header: '发现时间', width: 18, value: (r) => beijingMinute(r.discoveredAt) },
  { header: '发现人', width: 10, value: (r) => r.discoveredByName ?? '' },
  { header: '责任人', width: 10, value: (r) => r.holderName ?? '' },
  { header: '当前期限', width: 18, value: (r) => (r.deadline ? beijingMinute(r.deadline) : '') },
  { header: '是否逾期', width: 8, value: (r) => (r.overdue ? '是' : '否') },
  { header: '挂牌督办', width: 8, value: (r) => (r.supervised ? '是' : '否') },
];

/** `YYYY-MM-DD HH:mm`, Beijing time. */
/** Streams the rows into an .xlsx workbook written to `out` as they come: nothing of the whole is held in memory. */
export async function writeLedgerXlsx(rows: AsyncIterable<LedgerRow>, out: Writable): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('隐患台账');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  let n = 0;
  for await (const r of rows) {
    sheet.addRow(COLUMNS.map((c) => c.value(r))).commit();
    n++;
  }
  sheet.commit();
  await workbook.commit();
  return n;
}

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Streams the rows as CSV (UTF-8 with a BOM, so that Excel reads the Chinese), honouring back-pressure. */
export async function writeLedgerCsv(rows: AsyncIterable<LedgerRow>, out: Writable): Promise<number> {
  const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  await write(`\uFEFF${COLUMNS.map((c) => csvCell(c.header)).join(',')}\r\n`);
  let n = 0;
  for await (const r of rows) {
    await write(`${COLUMNS.map((c) => csvCell(c.value(r))).join(',')}\r\n`);
    n++;
  }
  out.end();
  return n;
}

export type LedgerRows = Readable & AsyncIterable<LedgerRow>;
