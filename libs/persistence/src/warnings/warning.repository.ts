import type { DataSource, EntityManager } from 'typeorm';
import type { Projected } from '../shared/projected.js';
import type { WarningEvent, WarningInput } from '#domain';
import { uniquely } from '../shared/unique-violation.js';

export interface WarningRow {
  id: string;
  issuerUnitId: string;
  issuerUnitName: string;
  level: string;
  title: string;
  measures: Array<{ id: string; text: string }>;
  confirmBy: Date;
  status: 'active' | 'lifted';
  issuedBy: string;
  issuedByName: string;
  issuedAt: Date;
  liftedAt: Date | null;
  summary: unknown;
  workflowId: string;
}

/** 预警: the warning as issued, its units' confirmations (projected from its stream) and the summary at lifting. */
export class WarningRepository {
  constructor(private readonly ds: DataSource) {}

  /** Stores the warning and its units and runs `start` (the workflow start) in the same transaction. */
  issueAndStart(w: WarningInput, workflowId: string, idempotencyKey: string | null, start: () => Promise<unknown>): Promise<void> {
    return uniquely(() => this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO early_warnings (id, issuer_unit_id, level, title, measures, confirm_by, issued_by, issued_at, workflow_id, idempotency_key) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
        [w.warningId, w.issuerUnitId, w.level, w.title, JSON.stringify(w.measures), w.confirmBy, w.issuedBy, w.issuedAt, workflowId, idempotencyKey],
      );
      for (const unitId of w.unitIds) await m.query(`INSERT INTO warning_units (warning_id, unit_id) VALUES ($1,$2)`, [w.warningId, unitId]);
      await start();
    }));
  }

  async idByIdempotencyKey(key: string): Promise<string | null> {
    const [row] = await this.ds.query(`SELECT id FROM early_warnings WHERE idempotency_key = $1`, [key]);
    return row?.id ?? null;
  }

  async find(id: string): Promise<WarningRow | null> {
    const [w] = await this.ds.query(
      `SELECT w.id, w.issuer_unit_id AS "issuerUnitId", u.name AS "issuerUnitName", w.level, w.title, w.measures, w.confirm_by AS "confirmBy", w.status, w.issued_by AS "issuedBy",
              p.name AS "issuedByName", w.issued_at AS "issuedAt", w.lifted_at AS "liftedAt", w.summary, w.workflow_id AS "workflowId"
         FROM early_warnings w JOIN units u ON u.id = w.issuer_unit_id JOIN people p ON p.id = w.issued_by WHERE w.id = $1`,
      [id],
    );
    return w ?? null;
  }

  units(id: string): Promise<Array<{ unitId: string; unitName: string; status: string; confirmedAt: Date | null; confirmedBy: string | null; confirmedByName: string | null; results: unknown; escalatedAt: Date | null }>> {
    return this.ds.query(
      `SELECT wu.unit_id AS "unitId", u.name AS "unitName", wu.status, wu.confirmed_at AS "confirmedAt", wu.confirmed_by AS "confirmedBy", p.name AS "confirmedByName", wu.results, wu.escalated_at AS "escalatedAt"
         FROM warning_units wu JOIN units u ON u.id = wu.unit_id LEFT JOIN people p ON p.id = wu.confirmed_by WHERE wu.warning_id = $1 ORDER BY u.name, wu.unit_id`,
      [id],
    );
  }

  /** The warnings in force for a unit at an instant: issued by then, not lifted before it, the unit in scope. */
  async inForce(unitId: string, at: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.ds.query(
      `SELECT w.id FROM early_warnings w JOIN warning_units wu ON wu.warning_id = w.id
        WHERE wu.unit_id = $1 AND w.issued_at <= $2 AND (w.lifted_at IS NULL OR w.lifted_at >= $2) ORDER BY w.issued_at`,
      [unitId, at],
    );
    return rows.map((r) => r.id);
  }

  /** Whether a red warning is in force for the unit now. */
  async redInForce(unitId: string): Promise<boolean> {
    const [row] = await this.ds.query(`SELECT 1 FROM early_warnings w JOIN warning_units wu ON wu.warning_id = w.id WHERE wu.unit_id = $1 AND w.level = 'red' AND w.status = 'active' LIMIT 1`, [unitId]);
    return !!row;
  }

  /** The incidents that occurred in units in scope while it was in force. */
  incidents(id: string): Promise<Array<{ id: string; unitId: string; unitName: string; title: string; severity: string; occurredAt: Date; status: string }>> {
    return this.ds.query(
      `SELECT i.id, i.unit_id AS "unitId", u.name AS "unitName", i.title, i.severity, i.occurred_at AS "occurredAt", i.status
         FROM incidents i JOIN units u ON u.id = i.unit_id WHERE $1 = ANY(i.warning_ids) ORDER BY i.occurred_at, i.id`,
      [id],
    );
  }

  async coversAny(id: string, units: string[]): Promise<boolean> {
    const [row] = await this.ds.query(`SELECT 1 FROM warning_units WHERE warning_id = $1 AND unit_id = ANY($2)`, [id, units]);
    return Boolean(row);
  }

  /** Warnings issued by these units or covering one of them, active first, newest first. */
  list(units: string[]): Promise<unknown[]> {
    return this.ds.query(
      `SELECT w.id, w.issuer_unit_id AS "issuerUnitId", iu.name AS "issuerUnitName", w.level, w.title, w.confirm_by AS "confirmBy", w.status, w.issued_at AS "issuedAt", w.lifted_at AS "liftedAt",
              count(wu.unit_id)::int AS units, count(wu.unit_id) FILTER (WHERE wu.status IN ('confirmed', 'confirmed_late'))::int AS confirmed,
              count(wu.unit_id) FILTER (WHERE wu.status = 'escalated')::int AS escalated
         FROM early_warnings w JOIN units iu ON iu.id = w.issuer_unit_id JOIN warning_units wu ON wu.warning_id = w.id
        WHERE w.issuer_unit_id = ANY($1) OR EXISTS (SELECT 1 FROM warning_units x WHERE x.warning_id = w.id AND x.unit_id = ANY($1))
        GROUP BY w.id, iu.name ORDER BY w.status, w.issued_at DESC, w.id LIMIT 200`,
      [units],
    );
  }
}

/** A warning's read model, in the transaction that records each event. */
export async function projectWarningEvent(m: EntityManager, e: Projected<WarningEvent>): Promise<void> {
  switch (e.type) {
    case 'warning_confirmed':
      await m.query(`UPDATE warning_units SET status = $3, confirmed_at = $4, confirmed_by = $5, results = $6 WHERE warning_id = $1 AND unit_id = $2`, [
        e.id, e.payload.unitId, e.payload.late ? 'confirmed_late' : 'confirmed', e.occurredAt, e.actorId, JSON.stringify(e.payload.results),
      ]);
      return;
    case 'warning_escalated':
      await m.query(`UPDATE warning_units SET status = 'escalated', escalated_at = $3 WHERE warning_id = $1 AND unit_id = $2 AND status = 'pending'`, [e.id, e.payload.unitId, e.occurredAt]);
      return;
    case 'warning_lifted':
      await m.query(`UPDATE early_warnings SET status = 'lifted', lifted_at = $2, summary = $3 WHERE id = $1`, [e.id, e.occurredAt, JSON.stringify(e.payload.units)]);
      return;
    case 'warning_issued':
      // The row is written by the API with the workflow's start.
      return;
    case 'warning_leaders_on_duty':
      // Each shift records its leader in its own stream (shift_leader_assigned).
      return;
    default: {
      const unknown: never = e;
      void unknown;
    }
  }
}
