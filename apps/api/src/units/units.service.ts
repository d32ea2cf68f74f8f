import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assessmentResult, chinaYear, type AssessmentVeto } from '#domain';
import { overdueSql } from '#persistence';
import { OrgAccessService } from '../org/org-access.service.js';

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: OrgAccessService,
  ) {}

  /** 安全记分卡: hazards, how fast they are fixed, what lapsed, and the unit's cards and sanctions. */
  async scorecard(unitId: string, personId: string) {
    const unit = await this.visibleUnit(unitId, personId);
    const bySeverity: Array<{ severity: string; open: number; overdue: number; closed: number; medianHoursToRectify: number | null }> = await this.ds.query(
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
    const [lapses] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE e.type = 'escalated')::int AS escalations,
              count(*) FILTER (WHERE e.type IN ('decision_lapsed', 'request_expired'))::int AS "lapsedDecisions"
         FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id WHERE h.unit_id = $1`,
      [unitId],
    );
    const yellowCards = await this.ds.query(
      `SELECT id, issued_at AS "issuedAt", valid_until AS "validUntil", reasons, counts, valid_until > now() AS "inForce" FROM yellow_cards WHERE unit_id = $1 ORDER BY issued_at DESC`,
      [unitId],
    );
    const sanctionsInForce = await this.ds.query(
      `SELECT s.id, s.person_id AS "personId", p.name AS "personName", s.kind, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.review_id AS "reviewId"
         FROM sanctions s JOIN people p ON p.id = s.person_id
        WHERE s.unit_id = $1 AND s.starts_at <= now() AND (s.ends_at IS NULL OR s.ends_at > now()) ORDER BY s.starts_at DESC`,
      [unitId],
    );
    const [discipline] = await this.ds.query(
      `SELECT (SELECT count(*)::int FROM campaign_omissions WHERE unit_id = $1) AS omissions,
              (SELECT count(*)::int FROM campaign_units WHERE unit_id = $1 AND status = 'not_submitted') AS "campaignsNotSubmitted",
              (SELECT count(*)::int FROM incidents WHERE unit_id = $1 AND late) AS "lateIncidentReports"`,
      [unitId],
    );
    return {
      unitId, unitName: unit.name, asOf: new Date().toISOString(),
      hazards: bySeverity, escalations: lapses.escalations, lapsedDecisions: lapses.lapsedDecisions,
      yellowCards, sanctionsInForce, ...discipline,
    };
  }

  /** 一票否决: a decided sanction for a major hazard (or incident) or a yellow card in the year fails the assessment. */
  async assessment(unitId: string, year: number, personId: string) {
    await this.visibleUnit(unitId, personId);
    const { start, end } = chinaYear(year);
    const [from, to] = [new Date(start), new Date(end)];
    const sanctions: Array<{ id: string; kind: string; personId: string; reviewId: string }> = await this.ds.query(
      `SELECT id, kind, person_id AS "personId", review_id AS "reviewId" FROM sanctions
        WHERE unit_id = $1 AND subject_severity = 'major' AND starts_at >= $2 AND starts_at < $3 ORDER BY starts_at`,
      [unitId, from, to],
    );
    const cards: Array<{ id: string; issuedAt: Date; reasons: string[] }> = await this.ds.query(
      `SELECT id, issued_at AS "issuedAt", reasons FROM yellow_cards WHERE unit_id = $1 AND issued_at >= $2 AND issued_at < $3 ORDER BY issued_at`,
      [unitId, from, to],
    );
    const vetoes: AssessmentVeto[] = [
      ...sanctions.map((s) => ({ kind: 'sanction_for_major' as const, id: s.id, detail: `${s.kind} decided for ${s.personId} in review ${s.reviewId} of a major hazard or incident` })),
      ...cards.map((c) => ({ kind: 'yellow_card' as const, id: c.id, detail: `yellow card issued ${c.issuedAt.toISOString()}: ${c.reasons.join('; ')}` })),
    ];
    return { unitId, year, result: assessmentResult(vetoes), vetoes };
  }

  private async visibleUnit(unitId: string, personId: string): Promise<{ id: string; name: string }> {
    const [unit] = await this.ds.query(`SELECT id, name FROM units WHERE id = $1`, [unitId]);
    if (!unit) throw new NotFoundException(`Unit ${unitId} does not exist`);
    await this.access.requireUnit(personId, unitId, 'see scorecards and assessments');
    return unit;
  }
}
