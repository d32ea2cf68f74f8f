import { Injectable } from '@nestjs/common';
import { renderNotice, type Language } from '#domain';
import { FeedRepository, OrgRepository, type FeedNotice } from '#persistence';
import { InvalidInputException } from '../common/problem-details.js';
import type { NoticeDto } from './dto/notification.dto.js';

/** The console page each kind of subject opens. */
const LINKS: Record<FeedNotice['subject']['type'], (id: string) => string> = {
  hazard: (id) => `/console/hazards/${id}`,
  review: (id) => `/console/reviews/${id}`,
  incident: (id) => `/console/incidents/${id}`,
  campaign: (id) => `/console/campaigns/${id}`,
  signing: () => '/console/letters',
  unit: (id) => `/console/units/${id}`,
};

/** The in-app feed: each notice rendered in the reader's language, with names, never ids. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly feed: FeedRepository,
    private readonly org: OrgRepository,
  ) {}

  async render(notices: FeedNotice[], lang: Language, now = Date.now()): Promise<NoticeDto[]> {
    const ids = new Set<string>();
    for (const n of notices) {
      for (const key of ['from', 'to']) {
        const rung = n.payload[key] as { person?: { id?: string } } | undefined;
        if (typeof rung?.person?.id === 'string') ids.add(rung.person.id);
      }
      if (typeof n.payload.actingFor === 'string') ids.add(n.payload.actingFor);
    }
    const names = await this.org.names([...ids]);
    return notices.map((n) => {
      const s = n.subject;
      const title = s.type === 'signing' ? (lang === 'zh' ? `${s.year ?? ''}年度安全责任书` : `the ${s.year ?? ''} responsibility letter`) : (s.title ?? s.unitName ?? '');
      const actingFor = typeof n.payload.actingFor === 'string' ? n.payload.actingFor : null;
      const text = renderNotice({ kind: n.kind, payload: n.payload, unitName: s.unitName ?? '', title, name: (id) => names.get(id) ?? id, actingFor, now }, lang);
      return {
        id: n.id,
        kind: n.kind,
        ...text,
        about: { type: s.type, id: s.id, link: LINKS[s.type](s.id) },
        actingFor: actingFor ? (names.get(actingFor) ?? actingFor) : null,
        read: n.readAt !== null,
        createdAt: n.createdAt.toISOString(),
      };
    });
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
