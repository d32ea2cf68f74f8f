import { Injectable } from '@nestjs/common';
import { noticeView, peopleNamedIn, type Language } from '#domain';
import { FeedRepository, OrgRepository, type FeedNotice } from '#persistence';
import { InvalidInputException } from '../common/problem-details.js';
import type { NoticeDto } from './dto/notification.dto.js';

/** The in-app feed: each notice rendered in the reader's language, with names, never ids. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly feed: FeedRepository,
    private readonly org: OrgRepository,
  ) {}

  async render(notices: FeedNotice[], lang: Language, now = Date.now()): Promise<NoticeDto[]> {
    const names = await this.org.names(peopleNamedIn(notices));
    return notices.map((n) => noticeView(n, lang, names, now));
  }

  async page(personId: string, q: { unread?: string; kind?: string; limit?: number; cursor?: string }, lang: Language) {
    const limit = q.limit ?? 20;
    const rows = await this.feed.page({ recipientId: personId, unreadOnly: q.unread === 'true', kinds: q.kind ? [q.kind] : undefined, after: q.cursor ? decodeFeedCursor(q.cursor) : null, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: await this.render(page, lang),
      unread: await this.feed.unreadCount(personId),
      nextCursor: rows.length > limit && last ? Buffer.from(`${last.readAt === null ? 1 : 0}|${last.id}`).toString('base64url') : null,
    };
  }
}

function decodeFeedCursor(cursor: string): { unread: boolean; id: string } {
  const m = /^([01])\|([1-9]\d{0,17})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new InvalidInputException([{ field: 'cursor', reason: 'is not a cursor returned by this endpoint' }]);
  return { unread: m[1] === '1', id: m[2]! };
}

/** The reader's language: asked for, else the first of Accept-Language that we speak, else Chinese. */
export function languageOf(asked: string | undefined, acceptLanguage: string | undefined): Language {
  if (asked === 'zh' || asked === 'en') return asked;
  return /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'zh';
}
