import type { DataSource } from 'typeorm';
import { unitStream } from '#domain';
import { insertNotice } from '../notifications/notice.js';

export interface PersonSanction {
  id: string;
  reviewId: string;
  unitId: string;
  kind: string;
  startsAt: Date;
  endsAt: Date | null;
  endRecordedAt: Date | null;
  decidedBy: string;
  /** 申诉: pending, rejected, changed, upheld (then revokedAt is set) or lapsed; null when not appealed. */
  appealStatus: string | null;
  revokedAt: Date | null;
  inForce: boolean;
}

/** Sanctions as people see them, and the record of their ends. */
export class SanctionRepository {
  constructor(private readonly ds: DataSource) {}

  /** A person's sanctions, newest first: in force or past. */
  ofPerson(personId: string): Promise<PersonSanction[]> {
    return this.ds.query(
      `SELECT id, review_id AS "reviewId", unit_id AS "unitId", kind, starts_at AS "startsAt", ends_at AS "endsAt", end_recorded_at AS "endRecordedAt", decided_by AS "decidedBy",
              appeal_status AS "appealStatus", revoked_at AS "revokedAt", (revoked_at IS NULL AND starts_at <= now() AND (ends_at IS NULL OR ends_at > now())) AS "inForce"
         FROM sanctions WHERE person_id = $1 ORDER BY starts_at DESC, id`,
      [personId],
    );
  }

  /**
   * Records, once each, the sanctions whose term has run out: a `sanction_ended` event in the
   * unit's stream and a notice to the person and to whoever decided it. Safe to run from any
   * number of places at once (rows are claimed with SKIP LOCKED). Returns how many it recorded.
   */
  recordEnded(batch = 200): Promise<number> {
    return this.ds.transaction(async (m) => {
      const due: Array<{ id: string; review_id: string; person_id: string; unit_id: string; kind: string; starts_at: Date; ends_at: Date; decided_by: string }> = await m.query(
        `SELECT id, review_id, person_id, unit_id, kind, starts_at, ends_at, decided_by FROM sanctions
          WHERE end_recorded_at IS NULL AND revoked_at IS NULL AND ends_at IS NOT NULL AND ends_at <= now() ORDER BY ends_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batch],
      );
      for (const s of due) {
        const stream = unitStream(s.unit_id);
        // The unit's stream is appended to from more than one place: one writer at a time per unit.
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('unit-stream:' || $1))`, [s.unit_id]);
        const [{ next }] = await m.query(`SELECT coalesce(max(sequence), 0) + 1 AS next FROM case_events WHERE stream = $1`, [stream]);
        const payload = { sanctionId: s.id, personId: s.person_id, kind: s.kind, startsAt: s.starts_at.toISOString(), endsAt: s.ends_at.toISOString(), reviewId: s.review_id };
        await m.query(`INSERT INTO case_events (stream, sequence, type, actor_id, occurred_at, payload) VALUES ($1,$2,'sanction_ended',NULL,now(),$3)`, [stream, next, payload]);
        for (const recipient of new Set([s.person_id, s.decided_by])) {
          await insertNotice(m, { stream }, next, recipient, 'sanction_ended', payload);
        }
        await m.query(`UPDATE sanctions SET end_recorded_at = now() WHERE id = $1`, [s.id]);
      }
      return due.length;
    });
  }
}
