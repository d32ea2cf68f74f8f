import { InvalidInputException } from './problem-details.js';

/** Opaque keyset cursors: the sort instant and the row id of the last item of a page. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string, idPattern: RegExp): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || Number.isNaN(at.getTime()) || !idPattern.test(id)) {
    throw new InvalidInputException([{ field: 'cursor', reason: 'is not a cursor returned by this endpoint' }]);
  }
  return { at, id };
}
