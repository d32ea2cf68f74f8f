import PDFDocument from 'pdfkit';
import { CATEGORY_LABELS, HAZARD_CATEGORIES, type StatisticsFigures } from '#domain';
import { FIGURES, STATUS, type ReportForExport } from './statistics-export.js';

const FONT = 'cjk';
/** U+3000, the full-width space that indents and spaces Chinese text. */
const IDEOGRAPHIC_SPACE = '\u3000';
const PAGE = { size: 'A4', layout: 'landscape', margin: 36 } as const;

/** A table row by row: the first column wide, the others even; a new page (with the header again) when full. */
function table(doc: PDFKit.PDFDocument, header: string[], rows: string[][], firstWidth: number): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const rest = (width - firstWidth) / (header.length - 1);
  const x = (i: number) => left + (i === 0 ? 0 : firstWidth + (i - 1) * rest);
  const w = (i: number) => (i === 0 ? firstWidth : rest);
  const line = (cells: string[], bold: boolean) => {
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: w(i) - 6 }))) + 8;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom - 60) {
      doc.addPage(PAGE);
      if (!bold) line(header, true);
    }
    const top = doc.y;
    if (bold) doc.rect(left, top, width, height).fill('#eef3f8').fillColor('#000');
    cells.forEach((c, i) => doc.text(c, x(i) + 3, top + 4, { width: w(i) - 6, align: i === 0 ? 'left' : 'center' }));
    doc.moveTo(left, top + height).lineTo(left + width, top + height).lineWidth(0.5).strokeColor('#999').stroke();
    doc.x = left;
    doc.y = top + height;
  };
  line(header, true);
  for (const r of rows) line(r, false);
}

/**
 * The quarterly report as a PDF a principal signs and sends up: the units with their status and
 * totals, the hazards found by category, and a place to sign. Chinese text needs a CJK font:
 * Debian's fonts-wqy-zenhei by default (PDF_FONT_PATH).
 */
export function statisticsPdf(r: ReportForExport & { generatedAt: string }, fontPath: string): Promise<Buffer> {
  const doc = new PDFDocument({ ...PAGE, info: { Title: r.title, Author: r.rootUnitName, Creator: 'Dutychain' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT, fontPath, 'WenQuanYiZenHei');
  doc.font(FONT).fontSize(16).text(r.title, { align: 'center' });
  doc.moveDown(0.3).fontSize(10).text(`填报单位：${r.rootUnitName}${IDEOGRAPHIC_SPACE.repeat(2)}生成时间：${r.generatedAt}（北京时间）`, { align: 'center' });
  doc.moveDown(0.8).fontSize(9);
  const figure = (f: StatisticsFigures | null, k: (typeof FIGURES)[number][0]) => (f ? String(f[k]) : '—');
  table(
    doc,
    ['单位', '报送状态', '确认人', ...FIGURES.map(([, h]) => h)],
    r.units.map((u) => [`${IDEOGRAPHIC_SPACE.repeat(u.depth)}${u.unitName}`, STATUS[u.status] ?? u.status, u.confirmedByName ?? '—', ...FIGURES.map(([k]) => figure(u.total, k))]),
    190,
  );
  doc.moveDown(1).fontSize(12).text('按类别统计的发现隐患', { align: 'left' });
  doc.moveDown(0.4).fontSize(8);
  const used = HAZARD_CATEGORIES.filter((c) => r.units.some((u) => (u.total?.byCategory[c] ?? 0) > 0));
  const categories = used.length ? used : HAZARD_CATEGORIES.slice(0, 6);
  table(doc, ['单位', ...categories.map((c) => CATEGORY_LABELS.zh[c])], r.units.map((u) => [u.unitName, ...categories.map((c) => String(u.total?.byCategory[c] ?? 0))]), 190);
  if (doc.y > doc.page.height - 130) doc.addPage(PAGE);
  doc.moveDown(2).fontSize(11);
  doc.text(['单位主要负责人（签字）：____________________', '日期：________年____月____日', '（单位盖章）'].join(IDEOGRAPHIC_SPACE.repeat(4)), doc.page.margins.left);
  doc.end();
  return done;
}
