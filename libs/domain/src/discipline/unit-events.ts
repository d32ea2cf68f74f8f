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
}

export type UnitEvent = EventUnion<UnitEventPayloads>;
