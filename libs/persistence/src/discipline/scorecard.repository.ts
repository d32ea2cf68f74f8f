import type { DataSource } from 'typeorm';
import { overdueSql } from '../hazards/overdue.js';

export interface SeverityCounts {
  severity: string;
  open: number;
  overdue: number;
  closed: number;
  medianHoursToRectify: number | null;
}

/** What a unit's page reads: its scorecard (安全记分卡) and what its annual assessment (一票否决) weighs. */
export class ScorecardRepository {
  constructor(private readonly ds: DataSource) {}

  async unit(unitId: string): Promise<{ id: string; name: string } | null> {
    const [unit] = await this.ds.query(`SELECT id, name FROM units WHERE id = $1`, [unitId]);
    return unit ?? null;
  }

  /** Open, overdue and closed hazards by severity, with the median time from report to closure. */
  hazardsBySeverity(unitId: string): Promise<SeverityCounts[]> {
    return this.ds.query(
      `SELECT s.severity,
              count(h.id) FILTER (WHERE h.status NOT IN ('closed', 'unassigned'))::int AS open,
              count(h.id) FILTER (WHERE ${overdueSql('h')})::int AS overdue,
              count(h.id) FILTER (WHERE h.status = 'closed')::int AS closed,
              (SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e.occurred_at - x.created_at)) / 3600)::numeric, 3)::float
                 FROM hazards x JOIN hazard_events e ON e.hazard_id = x.id AND e.type = 'closed'
                WHERE x.unit_id = $1 AND x.severity = s.severity) AS "medianHoursToRectify"
         FROM (VALUES ('general'), ('major')) AS s(severity)
         LEFT JOIN hazards h ON h.unit_id = $1 AND h.severity = s.severity
        GROUP BY s.severity ORDER BY s.severity`,
      [unitId],
    );
  }

  /** Escalations and lapsed decisions on the unit's hazards, and posts of the unit found empty on any hazard's chain. */
  async lapses(unitId: string): Promise<{ escalations: number; lapsedDecisions: number; vacantPosts: number }> {
    const [lapses] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE e.type = 'escalated')::int AS escalations,
              count(*) FILTER (WHERE e.type IN ('decision_lapsed', 'request_expired'))::int AS "lapsedDecisions",
              (SELECT count(*)::int FROM hazard_events v WHERE v.type = 'rung_vacant' AND v.payload->>'unitId' = $1) AS "vacantPosts"
         FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id WHERE h.unit_id = $1`,
      [unitId],
    );
    return lapses;
  }

  yellowCards(unitId: string): Promise<unknown[]> {
    return this.ds.query(
      `SELECT id, issued_at AS "issuedAt", valid_until AS "validUntil", reasons, counts, valid_until > now() AS "inForce" FROM yellow_cards WHERE unit_id = $1 ORDER BY issued_at DESC`,
      [unitId],
    );
  }

  sanctionsInForce(unitId: string): Promise<unknown[]> {
    return this.ds.query(
      `SELECT s.id, s.person_id AS "personId", p.name AS "personName", s.kind, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.review_id AS "reviewId"
         FROM sanctions s JOIN people p ON p.id = s.person_id
        WHERE s.unit_id = $1 AND s.revoked_at IS NULL AND s.starts_at <= now() AND (s.ends_at IS NULL OR s.ends_at > now()) ORDER BY s.starts_at DESC`,
      [unitId],
    );
  }

  /** Omissions found by supervision, campaigns not submitted and incident reports sent late. */
  async disciplineCounts(unitId: string): Promise<{ omissions: number; campaignsNotSubmitted: number; lateIncidentReports: number }> {
    const [discipline] = await this.ds.query(
      `SELECT (SELECT count(*)::int FROM campaign_omissions WHERE unit_id = $1) AS omissions,
              (SELECT count(*)::int FROM campaign_units WHERE unit_id = $1 AND status = 'not_submitted') AS "campaignsNotSubmitted",
              (SELECT count(*)::int FROM incidents WHERE unit_id = $1 AND late) AS "lateIncidentReports"`,
      [unitId],
    );
    return discipline;
  }

  /** Sanctions decided in the period for a major hazard or incident of the unit. */
  majorSanctions(unitId: string, from: Date, to: Date): Promise<Array<{ id: string; kind: string; personId: string; reviewId: string }>> {
    return this.ds.query(
      `SELECT id, kind, person_id AS "personId", review_id AS "reviewId" FROM sanctions
        WHERE unit_id = $1 AND subject_severity = 'major' AND revoked_at IS NULL AND starts_at >= $2 AND starts_at < $3 ORDER BY starts_at`,
      [unitId, from, to],
    );
  }

  yellowCardsIssued(unitId: string, from: Date, to: Date): Promise<Array<{ id: string; issuedAt: Date; reasons: string[] }>> {
    return this.ds.query(
      `SELECT id, issued_at AS "issuedAt", reasons FROM yellow_cards WHERE unit_id = $1 AND issued_at >= $2 AND issued_at < $3 ORDER BY issued_at`,
      [unitId, from, to],
    );
  }
}
