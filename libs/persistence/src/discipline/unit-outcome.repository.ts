import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { hasLapses, unitStream, type UnitEventPayloads, type UnitLapses } from '#domain';
import { currentSql } from '../org/validity.js';
import { insertNotice } from '../notifications/notice.js';

export interface UnitOutcome {
  sequence: number;
  type: 'criticism_circulated' | 'unit_commended';
  actorId: string;
  actorName: string;
  occurredAt: Date;
  payload: UnitEventPayloads['criticism_circulated'] | UnitEventPayloads['unit_commended'];
}

/** The outcome was refused: a commendation for a year with lapses, or one already given. */
export class UnitOutcomeRefused extends Error {
  constructor(
    readonly code: 'has_lapses' | 'already_commended',
    message: string,
    readonly lapses?: UnitLapses,
  ) {
    super(message);
  }
}

/**
 * Unit-level outcomes besides the yellow card: circulated criticism (通报批评) and commendation
 * (表彰), decided by the superior unit's principal and kept as events of the unit's stream, with a
 * notice to the unit's principal.
 */
export class UnitOutcomeRepository {
  constructor(private readonly ds: DataSource) {}

  /** Every lapse the unit's record holds for the period [from, to). */
  lapses(unitId: string, from: Date, to: Date, m: Pick<DataSource, 'query'> = this.ds): Promise<UnitLapses> {
    return m
      .query(
        `SELECT (SELECT count(*) FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id
                  WHERE h.unit_id = $1 AND e.type = 'deadline_missed' AND e.occurred_at >= $2 AND e.occurred_at < $3)::int AS "missedDeadlines",
                (SELECT count(*) FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id
                  WHERE h.unit_id = $1 AND e.type IN ('decision_lapsed', 'request_expired') AND e.occurred_at >= $2 AND e.occurred_at < $3)::int AS "lapsedDecisions",
                (SELECT count(*) FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id
                  WHERE h.unit_id = $1 AND e.type IN ('supervision_terms_lapsed', 'supervision_report_missed') AND e.occurred_at >= $2 AND e.occurred_at < $3)::int AS "supervisionMissed",
                (SELECT count(*) FROM incidents WHERE unit_id = $1 AND late AND occurred_at >= $2 AND occurred_at < $3)::int AS "lateIncidentReports",
                (SELECT count(*) FROM campaign_units cu JOIN supervision_campaigns c ON c.id = cu.campaign_id
                  WHERE cu.unit_id = $1 AND cu.status = 'not_submitted' AND c.deadline >= $2 AND c.deadline < $3)::int AS "campaignsNotSubmitted",
                (SELECT count(*) FROM yellow_cards WHERE unit_id = $1 AND issued_at >= $2 AND issued_at < $3)::int AS "yellowCards",
                (SELECT count(*) FROM sanctions WHERE unit_id = $1 AND revoked_at IS NULL AND starts_at >= $2 AND starts_at < $3)::int AS sanctions`,
        [unitId, from, to],
      )
      .then((rows: UnitLapses[]) => rows[0]!);
  }

  /** 通报批评, recorded with a notice to the unit's principal. */
  circulateCriticism(input: { unitId: string; byUnitId: string; actorId: string; year: number; reason: string; hazardIds: string[]; correlationId: string | null }): Promise<UnitOutcome> {
    return this.ds.transaction(async (m) => {
      const payload = { criticismId: randomUUID(), year: input.year, reason: input.reason, hazardIds: input.hazardIds, byUnitId: input.byUnitId };
      return this.append(m, input.unitId, 'criticism_circulated', input.actorId, payload, input.correlationId);
    });
  }

  /** 表彰: refused when the unit's record holds any lapse in the period, or when the year's commendation was already given. */
  commend(input: { unitId: string; byUnitId: string; actorId: string; year: number; from: Date; to: Date; reason: string; correlationId: string | null }): Promise<UnitOutcome> {
    return this.ds.transaction(async (m) => {
      await lockStream(m, input.unitId);
      const [given] = await m.query(`SELECT 1 FROM case_events WHERE stream = $1 AND type = 'unit_commended' AND (payload->>'year')::int = $2`, [unitStream(input.unitId), input.year]);
      if (given) throw new UnitOutcomeRefused('already_commended', `unit ${input.unitId} was already commended for ${input.year}`);
      const lapses = await this.lapses(input.unitId, input.from, input.to, m);
      if (hasLapses(lapses)) {
        const found = Object.entries(lapses).filter(([, n]) => n > 0).map(([k, n]) => `${k}: ${n}`).join(', ');
        throw new UnitOutcomeRefused('has_lapses', `unit ${input.unitId} has lapses in ${input.year} (${found}); only a unit with none may be commended`, lapses);
      }
      const payload = { commendationId: randomUUID(), year: input.year, reason: input.reason, byUnitId: input.byUnitId, lapses };
      return this.append(m, input.unitId, 'unit_commended', input.actorId, payload, input.correlationId);
    });
  }

  /** The unit's criticisms and commendations, newest first; of one year when given. */
  outcomes(unitId: string, year?: number): Promise<UnitOutcome[]> {
    return this.ds.query(
      `SELECT e.sequence, e.type, e.actor_id AS "actorId", p.name AS "actorName", e.occurred_at AS "occurredAt", e.payload
         FROM case_events e JOIN people p ON p.id = e.actor_id
        WHERE e.stream = $1 AND e.type IN ('criticism_circulated', 'unit_commended') AND ($2::int IS NULL OR (e.payload->>'year')::int = $2)
        ORDER BY e.sequence DESC`,
      [unitStream(unitId), year ?? null],
    );
  }

  private async append<T extends UnitOutcome['type']>(m: EntityManager, unitId: string, type: T, actorId: string, payload: UnitEventPayloads[T], correlationId: string | null): Promise<UnitOutcome> {
    await lockStream(m, unitId);
    const stream = unitStream(unitId);
    const [{ next }] = await m.query(`SELECT coalesce(max(sequence), 0) + 1 AS next FROM case_events WHERE stream = $1`, [stream]);
    const [row] = await m.query(
      `INSERT INTO case_events (stream, sequence, type, actor_id, occurred_at, payload, correlation_id) VALUES ($1,$2,$3,$4,now(),$5,$6) RETURNING occurred_at`,
      [stream, next, type, actorId, payload, correlationId],
    );
    const principals: Array<{ person_id: string }> = await m.query(`SELECT DISTINCT person_id FROM positions WHERE unit_id = $1 AND kind = 'principal' AND ${currentSql()}`, [unitId]);
    for (const p of principals) {
      await insertNotice(m, { stream }, next, p.person_id, type, { type, ...payload });
    }
    const [actor] = await m.query(`SELECT name FROM people WHERE id = $1`, [actorId]);
    return { sequence: Number(next), type, actorId, actorName: actor?.name ?? actorId, occurredAt: row.occurred_at, payload };
  }
}

/** The unit's stream is appended to from more than one place: one writer at a time per unit. */
const lockStream = (m: EntityManager, unitId: string) => m.query(`SELECT pg_advisory_xact_lock(hashtext('unit-stream:' || $1))`, [unitId]);
