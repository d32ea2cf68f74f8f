import type { EventUnion } from '../shared/event-union.js';
import type { HazardCategory, Severity } from '../shared/vocabulary.js';
import type { PinnedPolicy } from '../policies/policy.js';

/** 风险分级管控: each indicator's result, 高危 / 危险 / 未发现. */
export const RISK_RESULTS = ['high', 'danger', 'none'] as const;
export type RiskResult = (typeof RISK_RESULTS)[number];
/** A unit's risk level from its latest assessment: any 高危 → high, any 危险 → medium, else low. */
export type RiskLevel = 'high' | 'medium' | 'low';

export interface RiskIndicator {
  id: string;
  /** 评估内容 / 评估方法 / 评估依据, each in Chinese and English. */
  content: string;
  method: string;
  basis: string;
  category: HazardCategory;
}

export interface RiskTemplate {
  name: string;
  areas: Array<{ id: string; name: string; groups: Array<{ id: string; name: string; indicators: RiskIndicator[] }> }>;
}

/** Where a 高危 or 危险 result leads: a hazard of this severity. */
export const RISK_SEVERITY: Record<Exclude<RiskResult, 'none'>, Severity> = { high: 'major', danger: 'general' };

export function riskLevel(results: ReadonlyArray<{ result: RiskResult }>): RiskLevel {
  return results.some((r) => r.result === 'high') ? 'high' : results.some((r) => r.result === 'danger') ? 'medium' : 'low';
}

export const templateIndicators = (t: RiskTemplate): RiskIndicator[] => t.areas.flatMap((a) => a.groups.flatMap((g) => g.indicators));

/** Every problem with a template: area, group and indicator ids must be unique; each repeat is named by its path (as the API names nested fields). */
export function validateRiskTemplate(t: RiskTemplate): Array<{ field: string; reason: string }> {
  const problems: Array<{ field: string; reason: string }> = [];
  const seen = { area: new Map<string, string>(), group: new Map<string, string>(), indicator: new Map<string, string>() };
  const check = (kind: keyof typeof seen, id: string, path: string) => {
    const first = seen[kind].get(id);
    if (first) problems.push({ field: `${path}.id`, reason: `${kind} id "${id}" is already used at ${first}` });
    else seen[kind].set(id, path);
  };
  t.areas.forEach((a, ai) => {
    check('area', a.id, `areas.${ai}`);
    a.groups.forEach((g, gi) => {
      check('group', g.id, `areas.${ai}.groups.${gi}`);
      g.indicators.forEach((i, ii) => check('indicator', i.id, `areas.${ai}.groups.${gi}.indicators.${ii}`));
    });
  });
  if (templateIndicators(t).length === 0) problems.push({ field: 'areas', reason: 'a template needs at least one indicator' });
  return problems;
}

export interface RiskAssessmentInput {
  assessmentId: string;
  unitId: string;
  assessedBy: string;
  /** ISO-8601 instant */
  assessedAt: string;
  /** The superior assessed the unit (督查), not the unit itself (自查). */
  bySuperior: boolean;
  findings: Array<{ indicator: RiskIndicator; result: Exclude<RiskResult, 'none'>; note: string | null }>;
  level: RiskLevel;
  policy: PinnedPolicy;
}

/** Every payload of an assessment's stream (`risk:<id>`), by type, as stored. */
export interface RiskEventPayloads {
  risk_assessed: { unitId: string; level: RiskLevel; high: number; danger: number };
  risk_hazard_opened: { indicatorId: string; hazardId: string; severity: Severity };
}

export type RiskEvent = EventUnion<RiskEventPayloads>;
export const riskStream = (assessmentId: string) => `risk:${assessmentId}`;
export const riskAssessmentWorkflowId = (assessmentId: string) => `risk-assessment-${assessmentId}`;
