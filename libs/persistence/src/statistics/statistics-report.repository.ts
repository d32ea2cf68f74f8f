import type { DataSource, EntityManager } from 'typeorm';
import type { StatisticsEvent, StatisticsFigures, StatisticsReportInput } from '#domain';
import type { Projected } from '../shared/projected.js';
import { overdueSql } from '../hazards/overdue.js';

export interface StatisticsReportRow {
  id: string;
  rootUnitId: string;
  rootUnitName: string;
  scheduleId: string | null;
  year: number;
  quarter: number;
  periodFrom: Date;
  periodTo: Date;
  title: string;
  status: 'collecting' | 'complete';
  total: StatisticsFigures | null;
  createdAt: Date;
  workflowId: string;
}

const SELECT = `SELECT r.id, r.root_unit_id AS "rootUnitId", u.name AS "rootUnitName", r.schedule_id AS "scheduleId", r.year, r.quarter, r.period_from AS "periodFrom",
  r.period_to AS "periodTo", r.title, r.status, r.total, r.created_at AS "createdAt", r.workflow_id AS "workflowId" FROM statistics_reports r JOIN units u ON u.id = r.root_unit_id`;

/** 季度统计报告: reports, each unit's confirmation, and the figures compiled from the hazards. */
export class StatisticsReportRepository {
  constructor(private readonly ds: DataSource) {}

  /** Stores a report and its units once a quarter per unit; null when the quarter has one already. */
  open(r: StatisticsReportInput & { title: string; workflowId: string }): Promise<string | null> {
    return this.ds.transaction(async (m) => {
      const [row] = await m.query(
        `INSERT INTO statistics_reports (id, root_unit_id, schedule_id, year, quarter, period_from, period_to, title, created_by, created_at, workflow_id)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (root_unit_id, year, quarter) DO NOTHING RETURNING id`,
        [r.reportId, r.rootUnitId, r.scheduleId, r.period.year, r.period.quarter, r.period.from, r.period.to, r.title, r.createdBy, r.startedAt, r.workflowId],
      );
      if (!row) {
        const [existing] = await m.query(`SELECT id FROM statistics_reports WHERE id = $1`, [r.reportId]);
        return existing ? r.reportId : null;
      }
      for (const u of r.units) {
        await m.query(`INSERT INTO statistics_report_units (report_id, unit_id, parent_unit_id, depth, due_at) VALUES ($1,$2,$3,$4,$5)`, [r.reportId, u.unitId, u.parentUnitId, u.depth, u.dueAt]);
      }
      return r.reportId;
    });
  }

  /** A unit's own figures for the quarter: the hazards discovered in it, and what became of them. */
  async figures(unitId: string, from: string, to: string): Promise<StatisticsFigures> {
    const [row] = await this.ds.query(
      `SELECT count(*)::int AS found,
              count(*) FILTER (WHERE h.severity = 'major')::int AS major,
              count(*) FILTER (WHERE h.status = 'closed')::int AS closed,
              count(*) FILTER (WHERE h.status = 'closed' AND NOT EXISTS (SELECT 1 FROM hazard_events e WHERE e.hazard_id = h.id AND e.type = 'deadline_missed'))::int AS "closedOnTime",
              count(*) FILTER (WHERE h.status NOT IN ('closed', 'unassigned'))::int AS open,
              count(*) FILTER (WHERE ${overdueSql('h')})::int AS overdue,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM hazard_events e WHERE e.hazard_id = h.id AND e.type = 'escalated'))::int AS escalated,
              count(*) FILTER (WHERE h.supervised)::int AS supervised,
              (SELECT count(*)::int FROM accountability_reviews r WHERE r.unit_id = $1 AND r.created_at >= $2 AND r.created_at < $3) AS reviews,
              coalesce((SELECT jsonb_object_agg(c.category, c.n) FROM (SELECT category, count(*)::int AS n FROM hazards WHERE unit_id = $1 AND discovered_at >= $2 AND discovered_at < $3 GROUP BY category) c), '{}') AS "byCategory"
         FROM hazards h WHERE h.unit_id = $1 AND h.discovered_at >= $2 AND h.discovered_at < $3`,
      [unitId, from, to],
    );
    return row;
  }

  find(id: string): Promise<StatisticsReportRow | null> {
    return this.ds.query(`${SELECT} WHERE r.id = $1`, [id]).then((rows: StatisticsReportRow[]) => rows[0] ?? null);
  }

  /** Reports any of these units takes part in, newest first. */
  list(units: string[]): Promise<StatisticsReportRow[]> {
    return this.ds.query(`${SELECT} WHERE EXISTS (SELECT 1 FROM statistics_report_units x WHERE x.report_id = r.id AND x.unit_id = ANY($1)) ORDER BY r.created_at DESC, r.id LIMIT 100`, [units]);
  }

  units(id: string): Promise<Array<{ unitId: string; unitName: string; parentUnitId: string | null; depth: number; dueAt: Date; status: string; own: StatisticsFigures | null; total: StatisticsFigures | null; note: string | null; confirmedBy: string | null; confirmedByName: string | null; confirmedAt: Date | null }>> {
    return this.ds.query(
      `SELECT x.unit_id AS "unitId", u.name AS "unitName", x.parent_unit_id AS "parentUnitId", x.depth, x.due_at AS "dueAt", x.status, x.own, x.total, x.note,
              x.confirmed_by AS "confirmedBy", p.name AS "confirmedByName", x.confirmed_at AS "confirmedAt"
         FROM statistics_report_units x JOIN units u ON u.id = x.unit_id LEFT JOIN people p ON p.id = x.confirmed_by WHERE x.report_id = $1 ORDER BY x.depth, u.name, x.unit_id`,
      [id],
    );
  }
}

/** A report's read model, in the transaction that records each event. */
export async function projectStatisticsEvent(m: EntityManager, e: Projected<StatisticsEvent>): Promise<void> {
  switch (e.type) {
    case 'statistics_confirmed':
      await m.query(`UPDATE statistics_report_units SET status = $3, own = $4, total = $5, note = $6, confirmed_by = $7, confirmed_at = $8 WHERE report_id = $1 AND unit_id = $2`, [
        e.id, e.payload.unitId, e.payload.late ? 'confirmed_late' : 'confirmed', JSON.stringify(e.payload.own), JSON.stringify(e.payload.total), e.payload.note, e.actorId, e.occurredAt,
      ]);
      return;
    case 'statistics_late':
      await m.query(`UPDATE statistics_report_units SET status = 'late' WHERE report_id = $1 AND unit_id = $2 AND status = 'pending'`, [e.id, e.payload.unitId]);
      return;
    case 'statistics_report_complete':
      await m.query(`UPDATE statistics_reports SET status = 'complete', total = $2 WHERE id = $1`, [e.id, JSON.stringify(e.payload.total)]);
      return;
    case 'statistics_report_opened':
    case 'statistics_requested':
      return;
    default: {
      const unknown: never = e;
      void unknown;
    }
  }
}
