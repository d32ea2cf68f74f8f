import type { HazardIntake } from '#domain';
import type { DataSource } from 'typeorm';
import { ApprovalRequestEntity } from '../entities/approval-request.entity.js';
import { HazardEventEntity } from '../entities/hazard-event.entity.js';
import { HazardEntity } from '../entities/hazard.entity.js';
import { insertHazardIntake } from './hazard-intake.repository.js';
import { notOverdueSql, overdueSql } from './overdue.js';

export interface HazardListFilter {
  units: string[];
  unitId?: string;
  status?: string;
  severity?: string;
  responsiblePersonId?: string;
  overdue?: boolean;
  /** Rows older than this (created_at, id), newest first. */
  before?: { at: Date; id: string };
  limit: number;
}

export interface HazardCounts {
  unitId: string;
  unitName: string;
  /** The unit's risk level from its latest assessment (风险分级管控), null before one. */
  riskLevel: string | null;
  severity: string;
  open: number;
  overdue: number;
  closed: number;
}

/** The hazards' read model, their event logs and approval requests, as the API reads and writes them. */
export class HazardRepository {
  constructor(private readonly ds: DataSource) {}

  findById(id: string): Promise<HazardEntity | null> {
    return this.ds.getRepository(HazardEntity).findOneBy({ id });
  }

  /**
   * Of these hazards, those open and overdue at the instant: reported before it, not closed by it,
   * and past a deadline by then (a missed deadline or supervision term recorded, or the current
   * step's deadline already behind it).
   */
  overdueAt(hazardIds: string[], at: Date): Promise<Array<{ id: string; unitId: string; title: string }>> {
    return this.ds.query(
      `SELECT h.id, h.unit_id AS "unitId", h.title FROM hazards h
        WHERE h.id = ANY($1::uuid[]) AND h.created_at <= $2
          AND NOT EXISTS (SELECT 1 FROM hazard_events e WHERE e.hazard_id = h.id AND e.type = 'closed' AND e.occurred_at <= $2)
          AND (EXISTS (SELECT 1 FROM hazard_events e WHERE e.hazard_id = h.id AND e.occurred_at <= $2
                        AND e.type IN ('deadline_missed', 'supervision_terms_lapsed', 'supervision_report_missed'))
               OR (h.status <> 'closed' AND h.stage_deadline < $2))
        ORDER BY h.id`,
      [hazardIds, at],
    );
  }

  findByIdempotencyKey(key: string): Promise<HazardEntity | null> {
    return this.ds.getRepository(HazardEntity).findOneBy({ idempotencyKey: key });
  }

  findByExternalRef(unitId: string, externalRef: string): Promise<HazardEntity | null> {
    return this.ds.getRepository(HazardEntity).findOneBy({ unitId, externalRef });
  }

  events(hazardId: string): Promise<HazardEventEntity[]> {
    return this.ds.getRepository(HazardEventEntity).find({ where: { hazardId }, order: { sequence: 'ASC' } });
  }

  requests(hazardId: string): Promise<ApprovalRequestEntity[]> {
    return this.ds.getRepository(ApprovalRequestEntity).find({ where: { hazardId }, order: { createdAt: 'ASC' } });
  }

  pendingRequest(hazardId: string): Promise<ApprovalRequestEntity | null> {
    return this.ds.getRepository(ApprovalRequestEntity).findOneBy({ hazardId, status: 'pending' });
  }

  /**
   * Inserts the hazard and its `reported` event, then runs `start` (the workflow start) inside the
   * same transaction: a failed start rolls the row back. False when a concurrent report with the
   * same key or reference stored it first.
   */
  reportAndStart(intake: HazardIntake, start: () => Promise<unknown>): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      if (!(await insertHazardIntake(m, intake))) return false;
      await start();
      return true;
    });
  }

  /** Open, overdue and closed hazards per unit and severity. */
  counts(units: string[]): Promise<HazardCounts[]> {
    return this.ds.query(
      `SELECT u.id AS "unitId", u.name AS "unitName", u.risk_level AS "riskLevel", s.severity,
              count(h.id) FILTER (WHERE h.status NOT IN ('closed', 'unassigned'))::int AS open,
              count(h.id) FILTER (WHERE ${overdueSql('h')})::int AS overdue,
              count(h.id) FILTER (WHERE h.status = 'closed')::int AS closed
         FROM units u CROSS JOIN (VALUES ('general'), ('major')) AS s(severity)
         LEFT JOIN hazards h ON h.unit_id = u.id AND h.severity = s.severity
        WHERE u.id = ANY($1)
        GROUP BY u.id, u.name, u.risk_level, s.severity ORDER BY u.id, s.severity`,
      [units],
    );
  }

  /** One page of hazards, newest first; `limit + 1` rows so the caller knows whether more follow. */
  list(f: HazardListFilter): Promise<HazardEntity[]> {
    const qb = this.ds.getRepository(HazardEntity).createQueryBuilder('h');
    qb.andWhere('h.unit_id = ANY(:units)', { units: f.units });
    if (f.unitId) qb.andWhere('h.unit_id = :unitId', { unitId: f.unitId });
    if (f.status) qb.andWhere('h.status = :status', { status: f.status });
    if (f.severity) qb.andWhere('h.severity = :severity', { severity: f.severity });
    if (f.responsiblePersonId) qb.andWhere('h.responsible_person_id = :holder', { holder: f.responsiblePersonId });
    if (f.overdue === true) qb.andWhere(overdueSql('h'));
    if (f.overdue === false) qb.andWhere(notOverdueSql('h'));
    if (f.before) qb.andWhere('(h.created_at, h.id) < (:at, :id)', f.before);
    // Overdue hazards are few and none of the newest: walking the newest-first index to find
    // them reads most of the table (56 ms on 100,000 rows). Ordering by an expression that index
    // cannot serve makes the planner take the overdue index and sort the few rows it yields
    // (docs/benchmarks.md, "Tuning").
    const newestFirst = f.overdue === true ? "h.created_at + interval '0 seconds'" : 'h.created_at';
    return qb.orderBy(newestFirst, 'DESC').addOrderBy('h.id', 'DESC').limit(f.limit + 1).getMany();
  }
}
