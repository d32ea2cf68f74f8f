/** A unit's risk level from its latest assessment (风险分级管控). */
export type UnitRiskLevel = 'high' | 'medium' | 'low';

/**
 * How much of each handling deadline (acknowledge, plan, rectify) a hazard in a unit of this risk
 * level gets: a policy's `riskLevels` overrides these; 1 leaves the deadlines as they are.
 */
export const DEFAULT_RISK_FACTORS: Record<'high' | 'medium', number> = { high: 0.5, medium: 0.75 };

/** Every problem with a policy's `riskLevels`: fractions of the deadlines in (0, 1] for high and medium. */
export function validateRiskLevels(v: unknown): Array<{ field: string; reason: string }> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [{ field: 'riskLevels', reason: 'must be an object {high?, medium?}' }];
  const problems: Array<{ field: string; reason: string }> = [];
  for (const [key, f] of Object.entries(v)) {
    if (key !== 'high' && key !== 'medium') problems.push({ field: `riskLevels.${key}`, reason: 'is not a risk level that shortens deadlines (high, medium)' });
    else if (typeof f !== 'number' || !(f > 0 && f <= 1)) problems.push({ field: `riskLevels.${key}`, reason: 'must be a fraction of the deadlines greater than 0 and at most 1' });
  }
  return problems;
}
