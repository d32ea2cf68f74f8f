import type { DataSource, EntityManager } from 'typeorm';
import type { RiskEvent } from '#domain';
import type { Projected } from '../shared/projected.js';

export interface RiskAssessmentRow {
  id: string;
  unitId: string;
  template: string;
  results: unknown;
  level: string;
  assessedBy: string;
  assessedByName: string;
  assessedAt: Date;
  bySuperior: boolean;
  hazards: Array<{ indicatorId: string; hazardId: string; title: string; severity: string; status: string }>;
}

/** 风险分级管控: assessments as stored, the hazards they opened, the unit's level. */
export class RiskAssessmentRepository {
  constructor(private readonly ds: DataSource) {}

  /** Stores the assessment and runs `start` (its workflow, which opens the hazards) in the same transaction. */
  create(a: { id: string; unitId: string; template: string; templateVersion: number; results: unknown; level: string; assessedBy: string; assessedAt: string; bySuperior: boolean; workflowId: string }, start: () => Promise<unknown>): Promise<void> {
    return this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO risk_assessments (id, unit_id, template, template_version, results, level, assessed_by, assessed_at, by_superior, workflow_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
        [a.id, a.unitId, a.template, a.templateVersion, JSON.stringify(a.results), a.level, a.assessedBy, a.assessedAt, a.bySuperior, a.workflowId],
      );
      await start();
    });
  }

  /** The unit's assessments, newest first, with the hazards each opened. */
  list(unitId: string): Promise<RiskAssessmentRow[]> {
    return this.ds.query(
      `SELECT a.id, a.unit_id AS "unitId", a.template, a.results, a.level, a.assessed_by AS "assessedBy", p.name AS "assessedByName", a.assessed_at AS "assessedAt", a.by_superior AS "bySuperior",
              coalesce((SELECT json_agg(json_build_object('indicatorId', split_part(h.external_ref, ':', 3), 'hazardId', h.id, 'title', h.title, 'severity', h.severity, 'status', h.status) ORDER BY h.external_ref)
                          FROM hazards h WHERE h.unit_id = a.unit_id AND h.external_ref LIKE 'risk:' || a.id || ':%'), '[]') AS hazards
         FROM risk_assessments a JOIN people p ON p.id = a.assessed_by WHERE a.unit_id = $1 ORDER BY a.assessed_at DESC, a.id LIMIT 100`,
      [unitId],
    );
  }

  /** Of these units, those that assessed themselves (自评, not their superior) since the instant. */
  async selfAssessedSince(unitIds: string[], since: string): Promise<string[]> {
    const rows: Array<{ unit_id: string }> = await this.ds.query(`SELECT DISTINCT unit_id FROM risk_assessments WHERE unit_id = ANY($1) AND assessed_at >= $2 AND NOT by_superior ORDER BY unit_id`, [unitIds, since]);
    return rows.map((r) => r.unit_id);
  }

  /** The level of the latest assessment (stored with it, so it answers at once; units.risk_level follows through the event). */
  async unitLevel(unitId: string): Promise<string | null> {
    const [row] = await this.ds.query(`SELECT level FROM risk_assessments WHERE unit_id = $1 ORDER BY assessed_at DESC, id LIMIT 1`, [unitId]);
    return row?.level ?? null;
  }
}

/** The unit's level follows its latest assessment, in the transaction that records it. */
export async function projectRiskEvent(m: EntityManager, e: Projected<RiskEvent>): Promise<void> {
  switch (e.type) {
    case 'risk_assessed':
      await m.query(`UPDATE units SET risk_level = $2 WHERE id = $1`, [e.payload.unitId, e.payload.level]);
      return;
    case 'risk_hazard_opened':
      return;
    default: {
      const unknown: never = e;
      void unknown;
    }
  }
}
