import type { EscalationPolicy, PinnedPolicy } from './policy.js';
import { parseDuration } from '../shared/durations.js';
import { DEFAULT_RISK_FACTORS, type UnitRiskLevel } from './risk-levels.js';

const SHORTENED = ['acknowledge', 'plan', 'rectify'] as const;

export function riskFactor(doc: EscalationPolicy, level: UnitRiskLevel | null): number {
  if (level !== 'high' && level !== 'medium') return 1;
  return doc.riskLevels?.[level] ?? DEFAULT_RISK_FACTORS[level];
}

/**
 * The policy a hazard of a unit at this risk level is pinned to: its acknowledge, plan and rectify
 * deadlines shortened by the level's factor (to the second), the level named beside it. A unit
 * low or not assessed keeps the policy as it is.
 */
export function pinForRisk(policy: PinnedPolicy, level: UnitRiskLevel | null): PinnedPolicy {
  const factor = riskFactor(policy.document, level);
  if (factor === 1) return policy;
  const scale = (d: string) => `PT${Math.max(1, Math.round((parseDuration(d) * factor) / 1000))}S`;
  const severities = Object.fromEntries(
    Object.entries(policy.document.severities).map(([severity, deadlines]) => [severity, { ...deadlines, ...Object.fromEntries(SHORTENED.map((k) => [k, scale(deadlines[k])])) }]),
  ) as EscalationPolicy['severities'];
  return { ...policy, document: { ...policy.document, severities }, riskLevel: level as 'high' | 'medium' };
}
