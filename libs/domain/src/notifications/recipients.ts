import type { Notice } from '../hazards/events.js';
import type { NoticeKind } from './notice-kinds.js';

type Named = string | null | undefined | readonly string[];

/** Each person named once, in the order first named; a post nobody holds (null) is skipped. */
export function uniquePeople(...people: Named[]): string[] {
  return [...new Set(people.flatMap((p) => (typeof p === 'string' ? [p] : (p ?? []))))];
}

/** One notice of `kind` to each person named, once each. */
export function noticesTo(kind: NoticeKind, ...people: Named[]): Notice[] {
  return uniquePeople(...people).map((recipientId) => ({ recipientId, kind }));
}
