import { spawnSync } from 'node:child_process';

/** The text of a PDF, as poppler's pdftotext reads it (Debian's poppler-utils, which .ci/run installs). */
export function pdfText(pdf: Buffer): string {
  const out = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`pdftotext failed (${out.status}): ${out.stderr}`);
  return out.stdout;
}

/** The first page as a PNG, to look at (pdftoppm). */
export function pdfFirstPagePng(pdf: Buffer, outBase: string): void {
  const out = spawnSync('pdftoppm', ['-png', '-r', '72', '-singlefile', '-f', '1', '-l', '1', '-', outBase], { input: pdf });
  if (out.status !== 0) throw new Error(`pdftoppm failed (${out.status}): ${out.stderr}`);
}
