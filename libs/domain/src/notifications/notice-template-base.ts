import type { NoticeKind } from './notice-kinds.js';

/** What every notice template is written with: the languages, what a template reads, and how it says things. */

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface NoticeContext {
  kind: NoticeKind;
  /** The event's payload, with its `type` and `occurredAt`. */
  payload: Record<string, unknown>;
  /** The unit and the title of what the notice is about (a hazard, review, incident, campaign, letter round). */
  unitName: string;
  title: string;
  /** A person's name for an id (the id itself when unknown). */
  name: (personId: string) => string;
  /** For whom the recipient acts (职务代理), when this is an acting person's copy. */
  actingFor?: string | null;
  now: number;
}

export interface NoticeText {
  /** The bracketed tag: 【超期预警】 / [Deadline soon]. */
  tag: string;
  /** 【tag】unit · title · what is asked and by when */
  subject: string;
  body: string;
}

export type Say = (c: NoticeContext, t: Tools) => string;
export interface Template {
  tag: string;
  ask: Say;
  body: Say;
}

export interface Tools {
  /** The deadline the notice is about, as "by when, how long from now". */
  due: () => string;
  person: (key: string) => string;
  action: (a: unknown) => string;
}

export const zh = (tag: string, ask: Say, body: Say): Template => ({ tag, ask, body });
export const en = zh;
