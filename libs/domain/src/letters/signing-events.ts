import type { EventUnion } from '../shared/event-union.js';

/** Every payload a letter round's stream (`signing:<id>`) carries, by type, as stored. */
export interface SigningEventPayloads {
  signing_started: { year: number; deadline: string; letters: string[] };
  letter_signed: { letterId: string; late: boolean; counterpartyId: string | null };
  letters_reminded: { letterIds: string[]; reminder: number; deadline: string };
  letters_overdue: { letterIds: string[]; deadline: string; closesAt: string };
  letters_unsigned: { letterIds: string[] };
  signing_closed: { signed: number; unsigned: number };
}

export type SigningEvent = EventUnion<SigningEventPayloads>;
