import { incidentStream } from '#domain';
import type { DataSource } from 'typeorm';
import { uniquely } from '../shared/unique-violation.js';

/** An incident report as it is first stored. */
export interface IncidentRow {
  id: string;
  unitId: string;
  severity: string;
  title: string;
  description: string;
  occurredAt: string;
  reportedAt: string;
  reportedBy: string;
  policyName: string;
  policyVersion: number;
  workflowId: string;
  idempotencyKey: string | null;
  /** The hazards the incident came from. */
  hazardIds?: string[];
  /** The early warnings in force for its unit when it occurred. */
  warningIds?: string[];
}

/** Incidents' read model, their event streams and the reviews they opened, as the API reads and writes them. */
export class IncidentRepository {
  constructor(private readonly ds: DataSource) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the row as stored (snake_case); the API shapes it
  async find(id: string): Promise<Record<string, any> | null> {
    const [incident] = await this.ds.query(`SELECT * FROM incidents WHERE id = $1`, [id]);
    return incident ?? null;
  }

  async idByIdempotencyKey(key: string): Promise<string | null> {
    const [existing] = await this.ds.query(`SELECT id FROM incidents WHERE idempotency_key = $1`, [key]);
    return existing?.id ?? null;
  }

  /** Stores the report and runs `start` (the workflow start) in the same transaction: a failed start rolls the row back. UniqueViolation when a concurrent report with the same key came first. */
  reportAndStart(r: IncidentRow, start: () => Promise<unknown>): Promise<void> {
    return uniquely(() => this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO incidents (id, unit_id, severity, title, description, occurred_at, reported_at, reported_by, policy_name, policy_version, workflow_id, idempotency_key, hazard_ids, warning_ids)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
        [r.id, r.unitId, r.severity, r.title, r.description, r.occurredAt, r.reportedAt, r.reportedBy, r.policyName, r.policyVersion, r.workflowId, r.idempotencyKey, r.hazardIds ?? [], r.warningIds ?? []],
      );
      await start();
    }));
  }

  list(units: string[]): Promise<unknown[]> {
    return this.ds.query(
      `SELECT id, unit_id AS "unitId", severity, title, occurred_at AS "occurredAt", reported_at AS "reportedAt", status, late, review_id AS "reviewId"
         FROM incidents WHERE unit_id = ANY($1) ORDER BY occurred_at DESC, id LIMIT 200`,
      [units],
    );
  }

  /** The incident's events; the copy of the whole state that events recorded before incident-events-v2 carry is left out. */
  events(id: string): Promise<unknown[]> {
    return this.ds.query(`SELECT sequence, type, actor_id AS "actorId", occurred_at AS "occurredAt", payload - 'state' AS payload FROM case_events WHERE stream = $1 ORDER BY sequence`, [incidentStream(id)]);
  }

  /** The early warnings it occurred under, by title and level. */
  warnings(id: string): Promise<Array<{ id: string; title: string; level: string; status: string }>> {
    return this.ds.query(
      `SELECT w.id, w.title, w.level, w.status FROM incidents i JOIN early_warnings w ON w.id = ANY(i.warning_ids) WHERE i.id = $1 ORDER BY w.issued_at`,
      [id],
    );
  }

  reviews(id: string): Promise<unknown[]> {
    return this.ds.query(`SELECT id, status, reason FROM accountability_reviews WHERE incident_id = $1`, [id]);
  }
}
