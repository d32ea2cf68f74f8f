import { parseDuration } from '../shared/durations.js';
import { SEVERITIES, type Severity } from '../shared/vocabulary.js';
import type { RosterPolicy } from '../roster/shift.js';
import { DEFAULT_PLAN_POLICY, PLAN_TYPES, type PlanPolicy } from '../plans/plan-policy.js';

/** How each person's conduct in a hazard or incident is classified by an accountability review. */
export const CONDUCTS = ['acted_in_time', 'late', 'no_action', 'escalated_properly', 'lapsed_decision', 'evaded'] as const;
export type Conduct = (typeof CONDUCTS)[number];
/** Conduct that may carry a sanction; the others are recorded and never sanctioned. */
export const SANCTIONABLE: readonly Conduct[] = ['late', 'no_action', 'lapsed_decision', 'evaded'];

/** Individual sanctions (处分), from the lightest: 警告, 记过, 记大过, 降级, 撤职, 开除. */
export const SANCTIONS = ['warning', 'demerit', 'major_demerit', 'demotion', 'removal', 'dismissal'] as const;
export type Sanction = (typeof SANCTIONS)[number];
/** How long each sanction stays in force; dismissal has no end. */
export const SANCTION_MONTHS: Record<Sanction, number | null> = { warning: 6, demerit: 12, major_demerit: 18, demotion: 24, removal: 24, dismissal: null };

/** Circumstances that aggravate conduct (从重): a loss in an incident that came from the hazard. */
export const AGGRAVATING = ['incident_loss'] as const;
export type Aggravating = (typeof AGGRAVATING)[number];

export interface SanctionRule {
  conduct: Conduct;
  /** Applies only where this circumstance is present; the graver of it and the plain rule is taken. */
  aggravating?: Aggravating;
  /** Applies to hazards (or incidents) of this severity only; any severity when absent. */
  severity?: Severity;
  sanction: Sanction;
}

export interface AccountabilityPolicy {
  /** How long the people concerned have to submit a statement (陈述申辩) before decisions may be taken. */
  statementWindow: string;
  /** The reviewing authority's time to decide, from the end of the statement window; a lapse escalates. */
  decision: string;
  rules: SanctionRule[];
}

export interface IncidentPolicy {
  /** Time from the incident to the unit's report (e.g. 1 hour). */
  unitReport: string;
  /** Time each level has to forward the report to the next (e.g. 2 hours). */
  forwardPerLevel: string;
  /** Whether a late report (迟报) opens an accountability review. */
  reviewWhenLate: boolean;
}

export interface CampaignPolicy {
  /** Reminders to units that have not submitted, at these fractions of the campaign's time. */
  reminders: number[];
  /** At this fraction, a unit that has still not submitted is escalated to its principal. */
  escalateAt: number;
}

/** How long each recurring duty's run gives the units (from the moment it starts, on the policy's calendar). */
export interface DutyPolicy {
  selfInspection: string;
  backupCheck: string;
  letterRound: string;
  /** 节前安全检查: how long before a holiday's first day its inspection opens (its deadline is the eve of the holiday). */
  preHolidayLead?: string;
  /** 风险自评: the time a unit has to assess its risks once asked. */
  riskAssessment?: string;
  /** 季度统计报告: each level's time to confirm and forward, the deepest level first. */
  statisticsPerLevel?: string;
}

/** 预警: how long the units in scope have to confirm their measures, per level (hours for red). */
export interface WarningPolicy {
  blue: string;
  yellow: string;
  orange: string;
  red: string;
}

export interface LetterPolicy {
  /** Reminders to sign at these fractions of the signing time. */
  reminders: number[];
  /** After the deadline, unsigned letters are escalated and may still be signed for this long. */
  escalationStep: string;
}

/** 安全黄牌警示: a unit reaching either count within the window gets a yellow card. */
export interface YellowCardRule {
  window: string;
  /** Distinct major hazards of the unit that missed a deadline in the window. */
  overdueMajorHazards: number;
  /** Times something lapsed and moved up the chain: a missed deadline that escalated a hazard, or a leader's lapsed decision. */
  lapsedEscalations: number;
  /** How long a card stays in force. */
  validity: string;
}

/**
 * Who reviews the top: when every principal up the tree is among those concerned, the review is
 * referred out of the archives hierarchy, to the discipline inspection and supervision body
 * (纪检监察机关) or to the Party committee and government of that level (建议当地党委政府免去职务或追究).
 */
export const REFERRAL_BODIES = ['discipline_inspection', 'party_committee_and_government'] as const;
export type ReferralBody = (typeof REFERRAL_BODIES)[number];
export interface ReferralPolicy {
  body: ReferralBody;
}

/** 挂牌督办: how long the superior unit has to set a supervised hazard's terms, and the longest deadline it may give. */
export interface SupervisionPolicy {
  termsWithin: string;
  longestDeadline: string;
}

/** 申诉: how long a sanctioned person may appeal, once, to the next authority up, and how long that authority has to decide. */
export interface AppealPolicy {
  window: string;
  decision: string;
}

/** When a hazard's review opens besides its top rung lapsing and verification failing too often: after this many missed deadlines on the way (0: never for that reason), even if it is fixed later. */
export interface ReviewTriggerPolicy {
  afterMissedDeadlines: number;
}

export interface DisciplinePolicy {
  reviews: ReviewTriggerPolicy;
  referral: ReferralPolicy;
  appeals: AppealPolicy;
  supervision: SupervisionPolicy;
  accountability: AccountabilityPolicy;
  incidents: IncidentPolicy;
  campaigns: CampaignPolicy;
  letters: LetterPolicy;
  duties: DutyPolicy;
  warnings: WarningPolicy;
  roster: RosterPolicy;
  plans: PlanPolicy;
  yellowCard: YellowCardRule;
}

export const DEFAULT_SANCTION_RULES: SanctionRule[] = [
  { conduct: 'late', severity: 'general', sanction: 'warning' },
  { conduct: 'late', severity: 'major', sanction: 'demerit' },
  { conduct: 'no_action', severity: 'general', sanction: 'demerit' },
  { conduct: 'no_action', severity: 'major', sanction: 'major_demerit' },
  { conduct: 'lapsed_decision', severity: 'general', sanction: 'warning' },
  { conduct: 'lapsed_decision', severity: 'major', sanction: 'demerit' },
  { conduct: 'evaded', severity: 'general', sanction: 'major_demerit' },
  { conduct: 'evaded', severity: 'major', sanction: 'removal' },
  { conduct: 'late', aggravating: 'incident_loss', sanction: 'major_demerit' },
  { conduct: 'no_action', aggravating: 'incident_loss', sanction: 'demotion' },
  { conduct: 'lapsed_decision', aggravating: 'incident_loss', sanction: 'major_demerit' },
  { conduct: 'evaded', aggravating: 'incident_loss', sanction: 'removal' },
];

export const DEFAULT_DISCIPLINE: DisciplinePolicy = {
  reviews: { afterMissedDeadlines: 0 },
  referral: { body: 'discipline_inspection' },
  appeals: { window: 'P15D', decision: 'P10D' },
  supervision: { termsWithin: 'P5D', longestDeadline: 'P365D' },
  accountability: { statementWindow: 'P5D', decision: 'P10D', rules: DEFAULT_SANCTION_RULES },
  incidents: { unitReport: 'PT1H', forwardPerLevel: 'PT2H', reviewWhenLate: true },
  campaigns: { reminders: [0.5, 0.75], escalateAt: 0.9 },
  letters: { reminders: [0.5, 0.75], escalationStep: 'P7D' },
  duties: { selfInspection: 'P10D', backupCheck: 'P10D', letterRound: 'P30D', preHolidayLead: 'P10D', riskAssessment: 'P30D', statisticsPerLevel: 'P5D' },
  warnings: { blue: 'PT24H', yellow: 'PT12H', orange: 'PT6H', red: 'PT2H' },
  roster: { checkInGrace: 'PT10M', escalationStep: 'PT10M', handoverGrace: 'PT1H' },
  plans: DEFAULT_PLAN_POLICY,
  yellowCard: { window: 'P365D', overdueMajorHazards: 3, lapsedEscalations: 10, validity: 'P365D' },
};

/** A policy's discipline sections, each section it leaves out taken from the defaults. */
export function disciplineOf(doc: { discipline?: Partial<DisciplinePolicy> } | null | undefined): DisciplinePolicy {
  return { ...DEFAULT_DISCIPLINE, ...(doc?.discipline ?? {}) };
}

type Problem = { field: string; reason: string };

const isFraction = (f: unknown) => typeof f === 'number' && f > 0 && f < 1;
const ascendingFractions = (v: unknown) => Array.isArray(v) && v.every(isFraction) && v.every((f, i) => i === 0 || f > v[i - 1]);

/** Every problem with an optional `discipline` section of a policy document. */
export function validateDiscipline(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, reason: string) => problems.push({ field: `discipline.${field}`, reason });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ field: 'discipline', reason: 'must be an object' }];
  const d = value as Record<string, Record<string, unknown> | undefined>;
  const shapes: Record<keyof DisciplinePolicy, Record<string, 'duration' | 'duration?' | 'count' | 'count0' | 'fraction' | 'fractions' | 'boolean' | 'rules' | 'referral_body' | 'plan_drills'>> = {
    reviews: { afterMissedDeadlines: 'count0' },
    referral: { body: 'referral_body' },
    appeals: { window: 'duration', decision: 'duration' },
    supervision: { termsWithin: 'duration', longestDeadline: 'duration' },
    accountability: { statementWindow: 'duration', decision: 'duration', rules: 'rules' },
    incidents: { unitReport: 'duration', forwardPerLevel: 'duration', reviewWhenLate: 'boolean' },
    campaigns: { reminders: 'fractions', escalateAt: 'fraction' },
    letters: { reminders: 'fractions', escalationStep: 'duration' },
    duties: { selfInspection: 'duration', backupCheck: 'duration', letterRound: 'duration', preHolidayLead: 'duration?', riskAssessment: 'duration?', statisticsPerLevel: 'duration?' },
    warnings: { blue: 'duration', yellow: 'duration', orange: 'duration', red: 'duration' },
    roster: { checkInGrace: 'duration', escalationStep: 'duration', handoverGrace: 'duration' },
    plans: { reviewReminderBefore: 'duration', reviewEscalationStep: 'duration', drillRecordWithin: 'duration', drillsPerYear: 'plan_drills' },
    yellowCard: { window: 'duration', overdueMajorHazards: 'count', lapsedEscalations: 'count', validity: 'duration' },
  };
  for (const key of Object.keys(d)) if (!(key in shapes)) at(key, 'is not a discipline section');
  for (const [section, fields] of Object.entries(shapes)) {
    const s = d[section];
    if (s === undefined) continue;
    if (typeof s !== 'object' || s === null || Array.isArray(s)) {
      at(section, 'must be an object');
      continue;
    }
    for (const key of Object.keys(s)) if (!(key in fields)) at(`${section}.${key}`, 'is not a field of this section');
    for (const [field, kind] of Object.entries(fields)) {
      const v = s[field];
      const name = `${section}.${field}`;
      if (kind === 'duration?' && v === undefined) continue;
      if (kind === 'duration' || kind === 'duration?') {
        try {
          parseDuration(String(v));
        } catch (err) {
          at(name, (err as Error).message);
        }
      } else if (kind === 'count' && !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1000)) at(name, 'must be a whole number from 1 to 1000');
      else if (kind === 'count0' && !(Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1000)) at(name, 'must be a whole number from 0 (never) to 1000');
      else if (kind === 'fraction' && !isFraction(v)) at(name, 'must be a fraction between 0 and 1');
      else if (kind === 'fractions' && !ascendingFractions(v)) at(name, 'must be ascending fractions between 0 and 1');
      else if (kind === 'boolean' && typeof v !== 'boolean') at(name, 'must be true or false');
      else if (kind === 'plan_drills') {
        const per = v as Record<string, unknown>;
        if (typeof v !== 'object' || v === null || Array.isArray(v)) at(name, `must be an object giving, for each of ${PLAN_TYPES.join(', ')}, the drills a year`);
        else for (const t of new Set([...PLAN_TYPES, ...Object.keys(per)])) if (!(PLAN_TYPES as readonly string[]).includes(t)) at(`${name}.${t}`, `is not a plan type (${PLAN_TYPES.join(', ')})`);
          else if (!(Number.isInteger(per[t]) && (per[t] as number) >= 0 && (per[t] as number) <= 52)) at(`${name}.${t}`, 'must be a whole number of drills a year from 0 to 52');
      } else if (kind === 'referral_body' && !(REFERRAL_BODIES as readonly unknown[]).includes(v)) at(name, `must be one of: ${REFERRAL_BODIES.join(', ')}`);
      else if (kind === 'rules') {
        if (!Array.isArray(v)) {
          at(name, 'must be a list of {conduct, severity?, sanction}');
          continue;
        }
        v.forEach((r: Record<string, unknown>, i) => {
          if (!(CONDUCTS as readonly unknown[]).includes(r?.conduct) || !SANCTIONABLE.includes(r.conduct as Conduct)) at(`${name}[${i}].conduct`, `must be one of: ${SANCTIONABLE.join(', ')}`);
          if (r?.severity !== undefined && !(SEVERITIES as readonly unknown[]).includes(r.severity)) at(`${name}[${i}].severity`, `must be one of: ${SEVERITIES.join(', ')}`);
          if (!(SANCTIONS as readonly unknown[]).includes(r?.sanction)) at(`${name}[${i}].sanction`, `must be one of: ${SANCTIONS.join(', ')}`);
          if (r?.aggravating !== undefined && !(AGGRAVATING as readonly unknown[]).includes(r.aggravating)) at(`${name}[${i}].aggravating`, `must be one of: ${AGGRAVATING.join(', ')}`);
        });
      }
    }
  }
  return problems;
}

/** The end of a sanction decided at `startMs`: calendar months later (UTC), or null for dismissal. */
export function sanctionEnd(sanction: Sanction, startMs: number): number | null {
  const months = SANCTION_MONTHS[sanction];
  if (months === null) return null;
  const d = new Date(startMs);
  const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  // Keep the day of month, or the month's last day when it is shorter (31 August + 6 months = 28/29 February).
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return end.getTime();
}

/** The sanction the rules give this conduct for this severity: a rule for the severity wins over a general one. */
export function sanctionFor(rules: readonly SanctionRule[], conduct: Conduct, severity: Severity, aggravating: readonly string[] = []): Sanction | null {
  const pick = (among: readonly SanctionRule[]) => {
    const specific = among.find((r) => r.conduct === conduct && r.severity === severity);
    const general = among.find((r) => r.conduct === conduct && r.severity === undefined);
    return (specific ?? general)?.sanction ?? null;
  };
  const plain = pick(rules.filter((r) => r.aggravating === undefined));
  // An aggravating circumstance never makes a sanction lighter than the plain rule's.
  const aggravated = pick(rules.filter((r) => r.aggravating !== undefined && aggravating.includes(r.aggravating)));
  return plain && aggravated ? graver(plain, aggravated) : (aggravated ?? plain);
}

export const graver = (a: Sanction, b: Sanction): Sanction => (SANCTIONS.indexOf(a) >= SANCTIONS.indexOf(b) ? a : b);

/** Whether a unit's counts reach the yellow-card rule, and which part of it. */
export function yellowCardDue(rule: YellowCardRule, counts: { overdueMajorHazards: number; lapsedEscalations: number }): string[] {
  const reasons: string[] = [];
  if (counts.overdueMajorHazards >= rule.overdueMajorHazards) reasons.push(`${counts.overdueMajorHazards} major hazards overdue (rule: ${rule.overdueMajorHazards})`);
  if (counts.lapsedEscalations >= rule.lapsedEscalations) reasons.push(`${counts.lapsedEscalations} lapsed escalations (rule: ${rule.lapsedEscalations})`);
  return reasons;
}

/** 一票否决: a unit fails its annual safety assessment when any veto applies. */
export interface AssessmentVeto {
  kind: 'sanction_for_major' | 'yellow_card';
  id: string;
  detail: string;
}

export function assessmentResult(vetoes: readonly AssessmentVeto[]): 'pass' | 'fail' {
  return vetoes.length > 0 ? 'fail' : 'pass';
}
