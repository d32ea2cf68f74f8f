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
  /** 通报批评: the superior unit's principal circulates criticism of the unit, with the reason and the hazards behind it. */
  criticism_circulated: { criticismId: string; year: number; reason: string; hazardIds: string[]; byUnitId: string };
  /** 表彰: the superior unit's principal commends a unit with no lapse in the year (`lapses` is what was checked, all zero). */
  unit_commended: { commendationId: string; year: number; reason: string; byUnitId: string; lapses: UnitLapses };
}

/** What stands against a commendation (表彰) in a year: every kind of lapse the unit's record holds. */
export interface UnitLapses {
  missedDeadlines: number;
  lapsedDecisions: number;
  supervisionMissed: number;
  lateIncidentReports: number;
  campaignsNotSubmitted: number;
  yellowCards: number;
  sanctions: number;
}

export const hasLapses = (l: UnitLapses): boolean => Object.values(l).some((n) => n > 0);

export type UnitEvent = EventUnion<UnitEventPayloads>;
