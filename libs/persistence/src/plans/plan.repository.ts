import type { DataSource, EntityManager } from 'typeorm';
import type { PlanEvent, PlanInput } from '#domain';
import type { Projected } from '../shared/projected.js';
import { uniquely } from '../shared/unique-violation.js';

export interface PlanRow {
  id: string;
  unitId: string;
  unitName: string;
  type: string;
  title: string;
  ownerId: string;
  ownerName: string;
  version: string;
  reviewBy: Date;
  reviewStatus: 'current' | 'due' | 'overdue' | 'escalated';
  policyName: string;
  policyVersion: number;
  registeredBy: string;
  registeredAt: Date;
  revisedAt: Date | null;
  workflowId: string;
}

export interface DrillRow {
  id: string;
  planId: string;
  plannedAt: Date;
  scenario: string;
  status: 'planned' | 'held' | 'missed' | 'held_late';
  plannedBy: string;
  heldAt: Date | null;
  participants: Array<{ id: string; name: string }> | null;
  findings: unknown;
  recordedBy: string | null;
  recordedByName: string | null;
  hazards: Array<{ hazardId: string; title: string; severity: string; status: string }>;
}

const PLAN_SELECT = `
  SELECT c.id, c.unit_id AS "unitId", u.name AS "unitName", c.type, c.title, c.owner_id AS "ownerId", o.name AS "ownerName", c.version, c.review_by AS "reviewBy",
         c.review_status AS "reviewStatus", c.policy_name AS "policyName", c.policy_version AS "policyVersion", c.registered_by AS "registeredBy", c.registered_at AS "registeredAt", c.revised_at AS "revisedAt", c.workflow_id AS "workflowId"
    FROM contingency_plans c JOIN units u ON u.id = c.unit_id JOIN people o ON o.id = c.owner_id`;

/** 预案、演练: the register of plans, their drills (projected from the plan's stream) and what a unit's scorecard counts of them. */
export class PlanRepository {
  constructor(private readonly ds: DataSource) {}

  /** Stores the plan and runs `start` (its workflow) in the same transaction. */
  registerAndStart(p: PlanInput, workflowId: string, idempotencyKey: string | null, start: () => Promise<unknown>): Promise<void> {
    return uniquely(() => this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO contingency_plans (id, unit_id, type, title, owner_id, version, review_by, policy_name, policy_version, registered_by, registered_at, workflow_id, idempotency_key) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
        [p.planId, p.unitId, p.type, p.title, p.ownerId, p.version, p.reviewBy, p.policy.name, p.policy.version, p.registeredBy, p.registeredAt, workflowId, idempotencyKey],
      );
      await start();
    }));
  }

  async idByIdempotencyKey(key: string): Promise<string | null> {
    const [row] = await this.ds.query(`SELECT id FROM contingency_plans WHERE idempotency_key = $1`, [key]);
    return row?.id ?? null;
  }

  async find(id: string): Promise<PlanRow | null> {
    const [row] = await this.ds.query(`${PLAN_SELECT} WHERE c.id = $1`, [id]);
    return row ?? null;
  }

  /** A unit's plans by type, with the drills each held and missed in [from, to) (a Beijing year): the plan register, the scorecard and the annual assessment read it. */
  list(unitId: string, from: Date, to: Date): Promise<Array<PlanRow & { drillsHeld: number; drillsMissed: number; nextDrillAt: Date | null }>> {
    return this.ds.query(
      `${PLAN_SELECT.replace('FROM contingency_plans', `,
         (SELECT count(*) FROM plan_drills d WHERE d.plan_id = c.id AND d.status IN ('held', 'held_late') AND d.held_at >= $2 AND d.held_at < $3)::int AS "drillsHeld",
         (SELECT count(*) FROM plan_drills d WHERE d.plan_id = c.id AND d.status IN ('missed', 'held_late') AND d.planned_at >= $2 AND d.planned_at < $3)::int AS "drillsMissed",
         (SELECT min(d.planned_at) FROM plan_drills d WHERE d.plan_id = c.id AND d.status = 'planned') AS "nextDrillAt"
    FROM contingency_plans`)} WHERE c.unit_id = $1 ORDER BY c.type, c.registered_at`,
      [unitId, from, to],
    );
  }

  drills(planId: string): Promise<DrillRow[]> {
    return this.ds.query(
      `SELECT d.id, d.plan_id AS "planId", d.planned_at AS "plannedAt", d.scenario, d.status, d.planned_by AS "plannedBy", d.held_at AS "heldAt",
              (SELECT json_agg(json_build_object('id', x.id, 'name', coalesce(p.name, x.id)) ORDER BY x.n) FROM jsonb_array_elements_text(d.participants) WITH ORDINALITY AS x(id, n) LEFT JOIN people p ON p.id = x.id) AS participants,
              d.findings, d.recorded_by AS "recordedBy", r.name AS "recordedByName",
              coalesce((SELECT json_agg(json_build_object('hazardId', h.id, 'title', h.title, 'severity', h.severity, 'status', h.status) ORDER BY h.created_at)
                          FROM hazards h WHERE h.id::text IN (SELECT jsonb_array_elements_text(d.hazard_ids))), '[]') AS hazards
         FROM plan_drills d LEFT JOIN people r ON r.id = d.recorded_by WHERE d.plan_id = $1 ORDER BY d.planned_at DESC, d.id`,
      [planId],
    );
  }

  /** The plan's drill, or null when it is not one of this plan's. */
  async drillOf(planId: string, drillId: string): Promise<{ id: string; status: string } | null> {
    const [row] = await this.ds.query(`SELECT id, status FROM plan_drills WHERE plan_id = $1 AND id = $2`, [planId, drillId]);
    return row ?? null;
  }
}

/** A plan's read model, in the transaction that records each event. */
export async function projectPlanEvent(m: EntityManager, e: Projected<PlanEvent>): Promise<void> {
  switch (e.type) {
    case 'plan_revised':
      await m.query(`UPDATE contingency_plans SET version = $2, review_by = $3, owner_id = $4, revised_at = $5, review_status = 'current' WHERE id = $1`, [e.id, e.payload.version, e.payload.reviewBy, e.payload.ownerId, e.occurredAt]);
      return;
    case 'plan_review_due':
      await m.query(`UPDATE contingency_plans SET review_status = 'due' WHERE id = $1`, [e.id]);
      return;
    case 'plan_review_overdue':
      await m.query(`UPDATE contingency_plans SET review_status = 'overdue' WHERE id = $1`, [e.id]);
      return;
    case 'plan_review_escalated':
      await m.query(`UPDATE contingency_plans SET review_status = 'escalated' WHERE id = $1`, [e.id]);
      return;
    case 'drill_planned':
      await m.query(`INSERT INTO plan_drills (id, plan_id, planned_at, scenario, planned_by) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (id) DO NOTHING`, [e.payload.drillId, e.id, e.payload.plannedAt, e.payload.scenario, e.actorId]);
      return;
    case 'drill_recorded':
      await m.query(`UPDATE plan_drills SET status = $3, held_at = $4, participants = $5, findings = $6, scenario = $7, recorded_by = $8 WHERE plan_id = $1 AND id = $2`, [
        e.id, e.payload.drillId, e.payload.late ? 'held_late' : 'held', e.payload.heldAt, JSON.stringify(e.payload.participants), JSON.stringify(e.payload.findings), e.payload.scenario, e.actorId,
      ]);
      return;
    case 'drill_missed':
      await m.query(`UPDATE plan_drills SET status = 'missed' WHERE plan_id = $1 AND id = $2 AND status = 'planned'`, [e.id, e.payload.drillId]);
      return;
    case 'drill_hazard_opened':
      await m.query(`UPDATE plan_drills SET hazard_ids = hazard_ids || jsonb_build_array($3::text) WHERE plan_id = $1 AND id = $2 AND NOT hazard_ids ? $3`, [e.id, e.payload.drillId, e.payload.hazardId]);
      return;
    case 'plan_registered':
      // The row is written by the API with the workflow's start.
      return;
    default: {
      const unknown: never = e;
      void unknown;
    }
  }
}
