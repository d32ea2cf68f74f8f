import type { EventUnion } from '../shared/event-union.js';

/** Every payload a unit's stream (`unit:<id>`) carries, by type, as stored. */
export interface UnitEventPayloads {
  yellow_card_issued: {
    cardId: string;
    reasons: string[];
    counts: { overdueMajorHazards: number; lapsedEscalations: number };
    validUntil: string;
    triggerHazardId: string;
  };
  /** A sanction's term has run out (recorded by the sanction-expiry schedule). */
  sanction_ended: { sanctionId: string; personId: string; kind: string; startsAt: string; endsAt: string; reviewId: string };
}

export type UnitEvent = EventUnion<UnitEventPayloads>;
