import type { DataSource, EntityManager } from 'typeorm';
import type { ShiftEvent, ShiftInput } from '#domain';
import type { Projected } from '../shared/projected.js';

export interface ShiftRow {
  id: string;
  unitId: string;
  unitName: string;
  personId: string;
  personName: string;
  leaderId: string | null;
  leaderName: string | null;
  startsAt: Date;
  endsAt: Date;
  status: string;
  checkedInAt: Date | null;
  lateByMs: number | null;
  escalatedAt: Date | null;
  handedOverAt: Date | null;
  handoverLog: string | null;
  /** 换班 under way: to whom, and whether they accepted; `lapsed` once the shift started undecided. */
  swapToId: string | null;
  swapToName: string | null;
  swapStatus: 'requested' | 'accepted' | 'lapsed' | null;
  workflowId: string;
}

const SELECT = `SELECT s.id, s.unit_id AS "unitId", u.name AS "unitName", s.person_id AS "personId", p.name AS "personName", s.leader_id AS "leaderId", l.name AS "leaderName",
  s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.status, s.checked_in_at AS "checkedInAt", s.late_by_ms::int AS "lateByMs", s.escalated_at AS "escalatedAt",
  s.handed_over_at AS "handedOverAt", s.handover_log AS "handoverLog", s.swap_to AS "swapToId", sw.name AS "swapToName",
  CASE WHEN s.swap_status IS NOT NULL AND s.starts_at <= now() THEN 'lapsed' ELSE s.swap_status END AS "swapStatus", s.workflow_id AS "workflowId"
  FROM duty_shifts s JOIN units u ON u.id = s.unit_id JOIN people p ON p.id = s.person_id LEFT JOIN people l ON l.id = s.leader_id LEFT JOIN people sw ON sw.id = s.swap_to`;

/** 值班表: shifts as published and as their workflows record them. */
export class ShiftRepository {
  constructor(private readonly ds: DataSource) {}

  /** Check-ins missed on the unit's shifts in [from, to) (for the scorecard and the annual assessment), late check-ins included. */
  async missedCheckIns(unitId: string, from: Date, to: Date): Promise<number> {
    const [row] = await this.ds.query(
      `SELECT count(*)::int AS n FROM case_events e JOIN duty_shifts s ON e.stream = 'shift:' || s.id::text
        WHERE e.type = 'shift_check_in_missed' AND s.unit_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3`,
      [unitId, from, to],
    );
    return row.n;
  }

  /**
   * Publishes shifts of one unit and starts each one's workflow, in one transaction, one publisher
   * per unit at a time: a shift overlapping one already published is refused with its index.
   */
  publish(shifts: ShiftInput[], workflowId: (shiftId: string) => string, start: (s: ShiftInput) => Promise<unknown>): Promise<{ overlapping: number[] }> {
    return this.ds.transaction(async (m) => {
      const unitId = shifts[0]!.unitId;
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('duty-shifts:' || $1))`, [unitId]);
      const overlapping: number[] = [];
      for (const [i, s] of shifts.entries()) {
        const [clash] = await m.query(`SELECT 1 FROM duty_shifts WHERE unit_id = $1 AND starts_at < $3 AND ends_at > $2`, [unitId, s.startsAt, s.endsAt]);
        if (clash) overlapping.push(i);
      }
      if (overlapping.length) return { overlapping };
      for (const s of shifts) {
        await m.query(`INSERT INTO duty_shifts (id, unit_id, person_id, leader_id, starts_at, ends_at, published_by, workflow_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`, [
          s.shiftId, s.unitId, s.personId, s.leaderId, s.startsAt, s.endsAt, s.publishedBy, workflowId(s.shiftId),
        ]);
      }
      for (const s of shifts) await start(s);
      return { overlapping: [] };
    });
  }

  /** Shifts of these units not over at `now` with no leader in charge (a red warning puts one on). */
  withoutLeader(units: string[], now: Date): Promise<Array<{ shiftId: string; unitId: string; workflowId: string }>> {
    return this.ds.query(`SELECT id AS "shiftId", unit_id AS "unitId", workflow_id AS "workflowId" FROM duty_shifts WHERE unit_id = ANY($1) AND ends_at > $2 AND leader_id IS NULL ORDER BY starts_at, id`, [units, now]);
  }

  async find(id: string): Promise<ShiftRow | null> {
    const [row] = await this.ds.query(`${SELECT} WHERE s.id = $1`, [id]);
    return row ?? null;
  }

  /** Shifts of these units overlapping [from, to), by start. */
  between(units: string[], from: Date, to: Date): Promise<ShiftRow[]> {
    return this.ds.query(`${SELECT} WHERE s.unit_id = ANY($1) AND s.starts_at < $3 AND s.ends_at > $2 ORDER BY s.starts_at, u.name, s.id LIMIT 1000`, [units, from, to]);
  }
}

/** A shift's read model, in the transaction that records each event. */
export async function projectShiftEvent(m: EntityManager, e: Projected<ShiftEvent>): Promise<void> {
  switch (e.type) {
    case 'shift_checked_in':
      await m.query(`UPDATE duty_shifts SET status = 'checked_in', checked_in_at = $2, late_by_ms = $3 WHERE id = $1`, [e.id, e.occurredAt, e.payload.lateByMs]);
      return;
    case 'shift_check_in_missed':
      await m.query(`UPDATE duty_shifts SET status = 'missed' WHERE id = $1 AND status = 'scheduled'`, [e.id]);
      return;
    case 'shift_check_in_escalated':
      await m.query(`UPDATE duty_shifts SET escalated_at = $2 WHERE id = $1`, [e.id, e.occurredAt]);
      return;
    case 'shift_handed_over':
      await m.query(`UPDATE duty_shifts SET status = 'handed_over', handed_over_at = $2, handover_log = $3 WHERE id = $1`, [e.id, e.occurredAt, e.payload.log]);
      return;
    case 'shift_handover_missing':
      await m.query(`UPDATE duty_shifts SET status = 'no_handover' WHERE id = $1 AND status = 'checked_in'`, [e.id]);
      return;
    case 'shift_swap_requested':
      await m.query(`UPDATE duty_shifts SET swap_to = $2, swap_status = 'requested' WHERE id = $1`, [e.id, e.payload.toPersonId]);
      return;
    case 'shift_swap_answered':
      await m.query(`UPDATE duty_shifts SET swap_to = CASE WHEN $2 THEN swap_to END, swap_status = CASE WHEN $2 THEN 'accepted' END WHERE id = $1`, [e.id, e.payload.accepted]);
      return;
    case 'shift_swap_decided':
      await m.query(`UPDATE duty_shifts SET person_id = CASE WHEN $2 THEN $3 ELSE person_id END, swap_to = NULL, swap_status = NULL WHERE id = $1`, [e.id, e.payload.approved, e.payload.toPersonId]);
      return;
    case 'shift_leader_assigned':
      await m.query(`UPDATE duty_shifts SET leader_id = $2 WHERE id = $1`, [e.id, e.payload.leaderId]);
      return;
    case 'shift_published':
      return;
    default: {
      const unknown: never = e;
      void unknown;
    }
  }
}
