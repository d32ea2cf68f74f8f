import type { DataSource, EntityManager } from 'typeorm';
import { scheduleStream, type DutySchedule, type ScheduleEventPayloads, type UnitType } from '#domain';
import { uniquely } from '../shared/unique-violation.js';
import { insertCampaign, type CampaignRow } from '../campaigns/campaign.repository.js';

type ScheduleChange = 'schedule_created' | 'schedule_changed' | 'schedule_paused' | 'schedule_resumed' | 'schedule_triggered';

export interface DutyScheduleRow extends DutySchedule {
  paused: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `s.id, s.unit_id AS "unitId", u.name AS "unitName", s.kind, s.title, s.spec, s.overlap, s.working_day AS "workingDay", s.policy_name AS "policyName", s.paused,
  s.created_by AS "createdBy", p.name AS "createdByName", s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;
const FROM = `duty_schedules s JOIN units u ON u.id = s.unit_id JOIN people p ON p.id = s.created_by`;

/** The campaign a duty run opens, as first stored: a campaign naming its schedule and run. */
export interface RunCampaignRow extends Omit<CampaignRow, 'idempotencyKey'> {
  scheduleId: string;
  dutyRun: string;
  unitIds: string[];
}

/**
 * Recurring duties (the rows Temporal's schedules mirror) and what their runs open. Every change
 * to a schedule is appended to its stream in the transaction that makes it, and the change to
 * Temporal runs inside it too: when Temporal refuses, nothing is stored.
 */
export class DutyScheduleRepository {
  constructor(private readonly ds: DataSource) {}

  create(s: DutySchedule, idempotencyKey: string | null, apply: () => Promise<unknown>): Promise<void> {
    return uniquely(() => this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO duty_schedules (id, unit_id, kind, title, spec, overlap, working_day, policy_name, created_by, idempotency_key) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
        [s.id, s.unitId, s.kind, s.title, JSON.stringify(s.spec), s.overlap, s.workingDay, s.policyName, s.createdBy, idempotencyKey],
      );
      await append(m, s.id, 'schedule_created', s.createdBy, { unitId: s.unitId, kind: s.kind, title: s.title, spec: s.spec, overlap: s.overlap, workingDay: s.workingDay, policyName: s.policyName }, null);
      await apply();
    }));
  }

  async idByIdempotencyKey(key: string): Promise<string | null> {
    const [row] = await this.ds.query(`SELECT id FROM duty_schedules WHERE idempotency_key = $1`, [key]);
    return row?.id ?? null;
  }

  /** The new spec, overlap, working-day rule and policy; the event holds before and after. */
  change(id: string, actorId: string, after: ScheduleEventPayloads['schedule_changed']['after'], correlationId: string | null, apply: () => Promise<unknown>): Promise<void> {
    return this.ds.transaction(async (m) => {
      const [before] = await m.query(`SELECT spec, overlap, working_day AS "workingDay", policy_name AS "policyName" FROM duty_schedules WHERE id = $1 FOR UPDATE`, [id]);
      await m.query(`UPDATE duty_schedules SET spec = $2, overlap = $3, working_day = $4, policy_name = $5, updated_at = now() WHERE id = $1`, [id, JSON.stringify(after.spec), after.overlap, after.workingDay, after.policyName]);
      await append(m, id, 'schedule_changed', actorId, { before, after }, correlationId);
      await apply();
    });
  }

  /** Pauses or resumes; false when it already was so (nothing recorded). */
  setPaused(id: string, paused: boolean, actorId: string, note: string, correlationId: string | null, apply: () => Promise<unknown>): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const [row] = await m.query(`SELECT paused FROM duty_schedules WHERE id = $1 FOR UPDATE`, [id]);
      if (!row || row.paused === paused) return false;
      await m.query(`UPDATE duty_schedules SET paused = $2, updated_at = now() WHERE id = $1`, [id, paused]);
      await append(m, id, paused ? 'schedule_paused' : 'schedule_resumed', actorId, { note }, correlationId);
      await apply();
      return true;
    });
  }

  triggered(id: string, actorId: string, note: string, correlationId: string | null, apply: () => Promise<unknown>): Promise<void> {
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT 1 FROM duty_schedules WHERE id = $1 FOR UPDATE`, [id]);
      await append(m, id, 'schedule_triggered', actorId, { note }, correlationId);
      await apply();
    });
  }

  async find(id: string): Promise<(DutyScheduleRow & { unitName: string; createdByName: string }) | null> {
    const [row] = await this.ds.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = $1`, [id]);
    return row ?? null;
  }

  list(units: string[]): Promise<Array<DutyScheduleRow & { unitName: string; createdByName: string }>> {
    return this.ds.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.unit_id = ANY($1) ORDER BY u.name, s.created_at, s.id LIMIT 500`, [units]);
  }

  /** The schedule's changes and the runs it started, oldest first. */
  history(id: string): Promise<Array<{ stream: string; sequence: number; type: string; actorId: string | null; actorName: string | null; occurredAt: Date; payload: unknown }>> {
    return this.ds.query(
      `SELECT e.stream, e.sequence, e.type, e.actor_id AS "actorId", p.name AS "actorName", e.occurred_at AS "occurredAt", e.payload
         FROM case_events e LEFT JOIN people p ON p.id = e.actor_id
        WHERE e.stream = $1 OR (e.stream LIKE 'duty-run:%' AND e.payload->>'scheduleId' = $2)
        ORDER BY e.occurred_at, e.stream, e.sequence LIMIT 1000`,
      [scheduleStream(id), id],
    );
  }

  /** Each unit with its type, in the order given. */
  async unitTypes(unitIds: string[]): Promise<Array<{ unitId: string; type: UnitType }>> {
    const rows: Array<{ unitId: string; type: UnitType }> = await this.ds.query(`SELECT id AS "unitId", unit_type AS type FROM units WHERE id = ANY($1)`, [unitIds]);
    return unitIds.flatMap((id) => rows.filter((r) => r.unitId === id));
  }

  /** Stores a run's campaign and its units once, whatever the retries. */
  /** Whether another run of the schedule already inspected for this holiday (节前安全检查: once a holiday). */
  async holidayInspected(scheduleId: string, holidayKey: string, runStream: string): Promise<boolean> {
    const [row] = await this.ds.query(
      `SELECT 1 FROM case_events WHERE type = 'duty_run_holiday' AND payload->>'scheduleId' = $1 AND payload->'holiday'->>'key' = $2 AND stream <> $3 LIMIT 1`,
      [scheduleId, holidayKey, runStream],
    );
    return !!row;
  }

  openRunCampaign({ unitIds, ...c }: RunCampaignRow): Promise<void> {
    return this.ds.transaction(async (m) => {
      await insertCampaign(m, { ...c, idempotencyKey: null }, unitIds);
    });
  }

  /**
   * Stores a run's letter round once. Null when the unit's round of that year was already sent
   * (by hand or by an earlier run): one round a year.
   */
  openRunSigning(r: { id: string; scheduleId: string; unitId: string; year: number; deadline: string; createdBy: string; createdAt: string; workflowId: string }): Promise<string | null> {
    return this.ds.transaction(async (m) => {
      const [existing] = await m.query(`SELECT id FROM letter_signings WHERE unit_id = $1 AND year = $2`, [r.unitId, r.year]);
      if (existing) return existing.id === r.id ? r.id : null;
      await m.query(`INSERT INTO letter_signings (id, unit_id, year, deadline, created_by, created_at, workflow_id, schedule_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`, [
        r.id, r.unitId, r.year, r.deadline, r.createdBy, r.createdAt, r.workflowId, r.scheduleId,
      ]);
      return r.id;
    });
  }
}

/** One writer at a time per schedule stream; numbered as the workflows number theirs. */
async function append<T extends ScheduleChange>(m: EntityManager, id: string, type: T, actorId: string, payload: ScheduleEventPayloads[T], correlationId: string | null): Promise<void> {
  const stream = scheduleStream(id);
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [stream]);
  const [{ next }] = await m.query(`SELECT coalesce(max(sequence), 0) + 1 AS next FROM case_events WHERE stream = $1`, [stream]);
  await m.query(`INSERT INTO case_events (stream, sequence, type, actor_id, occurred_at, payload, correlation_id) VALUES ($1,$2,$3,$4,now(),$5,$6)`, [stream, next, type, actorId, payload, correlationId]);
}
