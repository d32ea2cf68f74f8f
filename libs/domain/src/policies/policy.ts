import { validateDiscipline, type DisciplinePolicy } from '../discipline/discipline.js';
import { validateRiskLevels } from './risk-levels.js';
import { parseDuration } from '../shared/durations.js';
import { RUNG_LEVELS, type RungLevel } from '../org/responsibility-chain.js';
import { SEVERITIES, type Severity } from '../shared/vocabulary.js';

/** Deadlines for one severity, as ISO-8601 durations. */
export interface SeverityDeadlines {
  acknowledge: string;
  plan: string;
  rectify: string;
  verify: string;
  /** A leader's time to decide an extension or escalation request. */
  decision: string;
  /** The new deadline a rung gets when a hazard is escalated to it. */
  escalationStep: string;
}

export const CALENDARS = ['natural', 'working_days'] as const;
export type Calendar = (typeof CALENDARS)[number];

export interface EscalationPolicy {
  /** Reminders (超期预警) at these fractions of each deadline, ascending, each in (0, 1). */
  reminders: number[];
  /** Verification may fail this many times; one more starts an accountability review. */
  maxVerificationFailures: number;
  calendar: Calendar;
  /** Which rungs of the chain a hazard climbs, in order. */
  ladder: RungLevel[];
  severities: Record<Severity, SeverityDeadlines>;
  /** Reviews, incidents, campaigns, letters and yellow cards; sections left out take DEFAULT_DISCIPLINE's. */
  discipline?: Partial<DisciplinePolicy>;
  /** 风险分级管控: the fraction of the acknowledge, plan and rectify deadlines a hazard gets in a unit at this risk level (default: high 0.5, medium 0.75). */
  riskLevels?: Partial<Record<'high' | 'medium', number>>;
}

/** A policy version as a hazard pins it at start. */
export interface PinnedPolicy {
  name: string;
  version: number;
  document: EscalationPolicy;
  /** The unit's risk level that shortened the document's deadlines when the hazard was reported, if any. */
  riskLevel?: 'high' | 'medium';
}

export const DEADLINE_KEYS = ['acknowledge', 'plan', 'rectify', 'verify', 'decision', 'escalationStep'] as const;

/** Every problem with a policy document, as `field: reason`; empty when it is valid. */
export function validatePolicy(doc: unknown): Array<{ field: string; reason: string }> {
  const problems: Array<{ field: string; reason: string }> = [];
  const p = doc as Partial<EscalationPolicy> | null;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return [{ field: 'document', reason: 'must be an object' }];
  const known = new Set(['reminders', 'maxVerificationFailures', 'calendar', 'ladder', 'severities', 'discipline', 'riskLevels']);
  for (const key of Object.keys(p)) if (!known.has(key)) problems.push({ field: key, reason: 'is not a policy field' });
  if (!Array.isArray(p.reminders) || p.reminders.some((f) => typeof f !== 'number' || !(f > 0 && f < 1))) {
    problems.push({ field: 'reminders', reason: 'must be a list of fractions between 0 and 1' });
  } else if (p.reminders.some((f, i) => i > 0 && f <= p.reminders![i - 1]!)) {
    problems.push({ field: 'reminders', reason: 'must be in ascending order without repeats' });
  }
  if (!Number.isInteger(p.maxVerificationFailures) || p.maxVerificationFailures! < 0 || p.maxVerificationFailures! > 20) {
    problems.push({ field: 'maxVerificationFailures', reason: 'must be a whole number from 0 to 20' });
  }
  if (!(CALENDARS as readonly unknown[]).includes(p.calendar)) {
    problems.push({ field: 'calendar', reason: `must be one of: ${CALENDARS.join(', ')}` });
  }
  if (
    !Array.isArray(p.ladder) ||
    p.ladder.length === 0 ||
    p.ladder.some((l) => !(RUNG_LEVELS as readonly unknown[]).includes(l)) ||
    p.ladder.some((l, i) => i > 0 && RUNG_LEVELS.indexOf(l) <= RUNG_LEVELS.indexOf(p.ladder![i - 1]!))
  ) {
    problems.push({ field: 'ladder', reason: `must list rungs in order from: ${RUNG_LEVELS.join(', ')}` });
  }
  if (typeof p.severities !== 'object' || p.severities === null) {
    problems.push({ field: 'severities', reason: `must have deadlines for ${SEVERITIES.join(' and ')}` });
  } else {
    for (const severity of SEVERITIES) {
      const s = (p.severities as unknown as Record<string, Record<string, unknown> | undefined>)[severity];
      if (typeof s !== 'object' || s === null) {
        problems.push({ field: `severities.${severity}`, reason: 'is missing' });
        continue;
      }
      for (const key of DEADLINE_KEYS) {
        try {
          parseDuration(String(s[key]));
        } catch (err) {
          problems.push({ field: `severities.${severity}.${key}`, reason: (err as Error).message });
        }
      }
      for (const key of Object.keys(s)) {
        if (!(DEADLINE_KEYS as readonly string[]).includes(key)) problems.push({ field: `severities.${severity}.${key}`, reason: 'is not a deadline' });
      }
    }
    for (const key of Object.keys(p.severities)) {
      if (!(SEVERITIES as readonly string[]).includes(key)) problems.push({ field: `severities.${key}`, reason: 'is not a severity' });
    }
  }
  if (p.discipline !== undefined) problems.push(...validateDiscipline(p.discipline));
  if (p.riskLevels !== undefined) problems.push(...validateRiskLevels(p.riskLevels));
  return problems;
}

/** A pinned policy document that does not hold; no retry can fix it. */
export class PolicyInvalidError extends Error {}

/** Throws PolicyInvalidError naming every problem of the document (a pinned policy is checked before a hazard starts on it). */
export function assertPolicyHolds(doc: unknown): void {
  const problems = validatePolicy(doc);
  if (problems.length) throw new PolicyInvalidError(problems.map((p) => `${p.field} ${p.reason}`).join('; '));
}

export function deadlineMs(policy: EscalationPolicy, severity: Severity, key: (typeof DEADLINE_KEYS)[number]): number {
  return parseDuration(policy.severities[severity][key]);
}

/** The default policy shipped with Dutychain (migration 2 stores it as version 1 of "default"). */
export const DEFAULT_POLICY: EscalationPolicy = {
  reminders: [0.5, 0.75],
  maxVerificationFailures: 2,
  calendar: 'natural',
  ladder: ['department_head', 'deputy', 'principal', 'superior_unit'],
  severities: {
    general: { acknowledge: 'P1D', plan: 'P3D', rectify: 'P7D', verify: 'P3D', decision: 'P2D', escalationStep: 'P3D' },
    major: { acknowledge: 'PT4H', plan: 'P7D', rectify: 'P30D', verify: 'P7D', decision: 'P3D', escalationStep: 'P7D' },
  },
};
