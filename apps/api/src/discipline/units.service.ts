import { Injectable, NotFoundException } from '@nestjs/common';
import { assessmentResult, chinaDate, chinaYear, type AssessmentVeto } from '#domain';
import { ScorecardRepository, UnitOutcomeRepository } from '#persistence';
import { OrgAccessService } from '../org/org-access.service.js';
import { PlansService } from '../plans/plans.service.js';

@Injectable()
export class UnitsService {
  constructor(
    private readonly scorecards: ScorecardRepository,
    private readonly outcomes: UnitOutcomeRepository,
    private readonly access: OrgAccessService,
    private readonly plans: PlansService,
  ) {}

  /** 安全记分卡: hazards, how fast they are fixed, what lapsed, and the unit's cards and sanctions. */
  async scorecard(unitId: string, personId: string) {
    const unit = await this.visibleUnit(unitId, personId);
    const bySeverity = await this.scorecards.hazardsBySeverity(unitId);
    const lapses = await this.scorecards.lapses(unitId);
    const yellowCards = await this.scorecards.yellowCards(unitId);
    const sanctionsInForce = await this.scorecards.sanctionsInForce(unitId);
    const discipline = await this.scorecards.disciplineCounts(unitId);
    const outcomes = await this.outcomes.outcomes(unitId);
    return {
      unitId, unitName: unit.name, asOf: new Date().toISOString(),
      hazards: bySeverity, escalations: lapses.escalations, lapsedDecisions: lapses.lapsedDecisions, vacantPosts: lapses.vacantPosts,
      yellowCards, sanctionsInForce, ...discipline,
      preparedness: await this.plans.preparedness(unitId, Number(chinaDate(Date.now()).slice(0, 4))),
      criticisms: outcomes.filter((o) => o.type === 'criticism_circulated'),
      commendations: outcomes.filter((o) => o.type === 'unit_commended'),
    };
  }

  /** 一票否决: a decided sanction for a major hazard (or incident) or a yellow card in the year fails the assessment. */
  async assessment(unitId: string, year: number, personId: string) {
    await this.visibleUnit(unitId, personId);
    const { start, end } = chinaYear(year);
    const [from, to] = [new Date(start), new Date(end)];
    const sanctions = await this.scorecards.majorSanctions(unitId, from, to);
    const cards = await this.scorecards.yellowCardsIssued(unitId, from, to);
    const vetoes: AssessmentVeto[] = [
      ...sanctions.map((s) => ({ kind: 'sanction_for_major' as const, id: s.id, detail: `${s.kind} decided for ${s.personId} in review ${s.reviewId} of a major hazard or incident` })),
      ...cards.map((c) => ({ kind: 'yellow_card' as const, id: c.id, detail: `yellow card issued ${c.issuedAt.toISOString()}: ${c.reasons.join('; ')}` })),
    ];
    // Criticism and commendation are recorded beside the result; neither is a veto.
    const outcomes = await this.outcomes.outcomes(unitId, year);
    return {
      unitId, year, result: assessmentResult(vetoes), vetoes,
      // Plan and drill status is shown beside the result, as criticism is; neither is a veto.
      preparedness: await this.plans.preparedness(unitId, year),
      criticisms: outcomes.filter((o) => o.type === 'criticism_circulated'),
      commendations: outcomes.filter((o) => o.type === 'unit_commended'),
    };
  }

  private async visibleUnit(unitId: string, personId: string): Promise<{ id: string; name: string }> {
    const unit = await this.scorecards.unit(unitId);
    if (!unit) throw new NotFoundException(`Unit ${unitId} does not exist`);
    await this.access.requireUnit(personId, unitId, 'see scorecards and assessments');
    return unit;
  }
}
