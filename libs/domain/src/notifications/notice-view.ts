import type { NoticeKind } from './notice-kinds.js';
import { renderNotice, type Language, type NoticeText } from './notice-text.js';

/** What a notice is about, for its text and its link: a hazard, or a review, incident, campaign, letter round, unit, warning, shift or contingency plan. */
export const NOTICE_SUBJECT_TYPES = ['hazard', 'review', 'incident', 'campaign', 'signing', 'unit', 'warning', 'shift', 'plan', 'statistics'] as const;
export type NoticeSubjectType = (typeof NOTICE_SUBJECT_TYPES)[number];

/** A stored notice with what its text needs (the subject's title and unit name, never ids). */
export interface NoticeRecord {
  id: string;
  kind: NoticeKind;
  payload: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
  /** Channels it could not be sent through (given up after the policy's attempts). */
  undelivered: string[];
  subject: { type: NoticeSubjectType; id: string; title: string | null; unitName: string | null; year: number | null };
}

export interface NoticeView extends NoticeText {
  id: string;
  kind: NoticeKind;
  about: { type: NoticeSubjectType; id: string; link: string };
  actingFor: string | null;
  read: boolean;
  undelivered: string[];
  createdAt: string;
}

/** The console page each kind of subject opens (relative to the console's address; the console routes by hash). */
const LINKS: Record<NoticeSubjectType, (id: string) => string> = {
  hazard: (id) => `/console/#/hazards/${id}`,
  review: (id) => `/console/#/reviews/${id}`,
  incident: (id) => `/console/#/incidents/${id}`,
  campaign: (id) => `/console/#/campaigns/${id}`,
  signing: () => '/console/#/letters',
  unit: (id) => `/console/#/units/${id}`,
  warning: (id) => `/console/#/warnings/${id}`,
  shift: () => '/console/#/duty',
  plan: (id) => `/console/#/plans/${id}`,
  statistics: (id) => `/console/#/statistics/${id}`,
};

/** The people a notice names (previous and next holders, whom an acting person acts for): their names are looked up once for a batch. */
export function peopleNamedIn(notices: NoticeRecord[]): string[] {
  const ids = new Set<string>();
  for (const n of notices) {
    for (const key of ['from', 'to']) {
      const rung = n.payload[key] as { person?: { id?: string } } | undefined;
      if (typeof rung?.person?.id === 'string') ids.add(rung.person.id);
    }
    if (typeof n.payload.actingFor === 'string') ids.add(n.payload.actingFor);
    for (const key of ['personId', 'ownerId', 'fromPersonId', 'toPersonId', 'leaderId']) if (typeof n.payload[key] === 'string') ids.add(n.payload[key] as string);
  }
  return [...ids];
}

/** A notice as a person reads it, in their language. */
export function noticeView(n: NoticeRecord, lang: Language, names: ReadonlyMap<string, string>, now: number): NoticeView {
  const s = n.subject;
  const name = (id: string) => names.get(id) ?? id;
  const title = s.type === 'signing' ? (lang === 'zh' ? `${s.year ?? ''}年度安全责任书` : `the ${s.year ?? ''} responsibility letter`) : (s.title ?? s.unitName ?? '');
  const actingFor = typeof n.payload.actingFor === 'string' ? n.payload.actingFor : null;
  return {
    id: n.id,
    kind: n.kind,
    ...renderNotice({ kind: n.kind, payload: n.payload, unitName: s.unitName ?? '', title, name, actingFor, now }, lang),
    about: { type: s.type, id: s.id, link: LINKS[s.type](s.id) },
    actingFor: actingFor ? name(actingFor) : null,
    read: n.readAt !== null,
    undelivered: n.undelivered,
    createdAt: n.createdAt.toISOString(),
  };
}
