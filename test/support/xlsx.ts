import ExcelJS from 'exceljs';
import type request from 'supertest';

/** supertest parser that hands a binary body over whole (a Buffer). */
export function binaryBody(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** A workbook read back from the bytes the API sent, or from a downloaded file. */
export async function readWorkbook(from: Buffer | string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  if (typeof from === 'string') await book.xlsx.readFile(from);
  else await book.xlsx.load(from.buffer.slice(from.byteOffset, from.byteOffset + from.byteLength) as ArrayBuffer);
  return book;
}

/** A sheet's rows as plain arrays of cell values (column A first), empty rows left out. */
export function sheetRows(book: ExcelJS.Workbook, name: string): unknown[][] {
  return book.getWorksheet(name)!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
}
