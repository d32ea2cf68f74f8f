import { graver, sanctionFor, SANCTIONABLE, type Conduct, type Sanction, type SanctionRule } from '../discipline/discipline.js';
import type { ChainRung, RungLevel } from '../org/responsibility-chain.js';
import type { HazardCategory, Severity } from '../shared/vocabulary.js';
import { summarise } from './timeline-detail.js';
import type { HazardEventType, StoredHazardEvent } from '../hazards/events.js';

/** An event of the hazard's log as the review reads it (`occurredAt` an ISO-8601 instant). */
export type ReviewSourceEvent = StoredHazardEvent;

export const LETTER_LEVELS = ['principal', 'deputy', 'department_head'] as const;
export type LetterLevel = (typeof LETTER_LEVELS)[number];

/** A responsibility letter (安全责任状) as reviews use it. */
export interface LetterRecord {
  id: string;
  unitId: string;
  level: LetterLevel;
  signerId: string;
  categories: string[];
  /** ISO-8601 instants */
  periodStart: string;
  periodEnd: string;
  signedAt: string | null;
}

/** Who answered for a rung at a moment, and on what basis. */
export interface Answerable {
  personId: string;
  basis: 'letter' | 'org_chart';
  letterId: string | null;
}

/** What a timeline entry stands for: a hazard event, or what one level did with an incident report. */
export type TimelineEntryType = HazardEventType | `incident_${IncidentLevel['outcome']}`;

export interface TimelineEntry {
  at: string;
  sequence: number | null;
  type: TimelineEntryType;
  actorId: string | null;
  /** Who held the hazard (or the report) at that moment, by the letter valid then. */
  holder: (Answerable & { level: RungLevel | 'unit' | 'forwarding_level'; unitId: string }) | null;
  detail: Record<string, unknown>;
}

export interface Finding {
  personId: string;
  conduct: Conduct;
  /** ISO-8601 instant the finding refers to. */
  at: string;
  basis: 'letter' | 'org_chart';
  letterId: string | null;
  /** How late, where a deadline was missed. */
  lateByMs: number | null;
  detail: string;
}

export interface ProposalDraft {
  personId: string;
  conducts: Conduct[];
  sanction: Sanction;
  grounds: string[];
}

export interface ReviewAssessment {
  timeline: TimelineEntry[];
  findings: Finding[];
  proposals: ProposalDraft[];
}

const letterLevelOf = (level: RungLevel): LetterLevel => (level === 'superior_unit' ? 'principal' : level);

/** The signed letter for this post, covering this category, valid at `at`; the org chart's person otherwise. */
export function answerableFor(letters: readonly LetterRecord[], rung: Pick<ChainRung, 'level' | 'unitId' | 'person'>, category: string | null, at: number): Answerable {
  const level = letterLevelOf(rung.level);
  const letter = letters.find(
    (l) =>
      l.signedAt !== null &&
      l.unitId === rung.unitId &&
      l.level === level &&
      (category === null || level === 'principal' || l.categories.includes(category)) &&
      Date.parse(l.periodStart) <= at &&
      at <= Date.parse(l.periodEnd),
  );
  return letter ? { personId: letter.signerId, basis: 'letter', letterId: letter.id } : { personId: rung.person.id, basis: 'org_chart', letterId: null };
}

/** Events by which the person holding a hazard acts on it. */
const HOLDER_ACTIONS = new Set(['acknowledged', 'plan_submitted', 'rectification_submitted', 'request_submitted']);

export interface HazardReviewInput {
  category: HazardCategory;
  severity: Severity;
  events: readonly ReviewSourceEvent[];
  letters: readonly LetterRecord[];
  /** The hazard policy's allowance; one more failed verification of one person's work counts as evasion. */
  maxVerificationFailures: number;
  rules: readonly SanctionRule[];
  /** Circumstances that aggravate every finding (e.g. `incident_loss`), by the rules that name them. */
  aggravating?: readonly string[];
  /** A follow-up review weighs only what happened after the events its first review covered (their last sequence). */
  findingsAfter?: number;
}

/**
 * 责任倒查 for a hazard: replays its event log to say who held it at each moment (by the letters
 * valid then), which deadlines each missed and by how long, what each asked for and what each
 * leader decided or let lapse; classifies each person's conduct and proposes sanctions by the rules.
 */
export function assessHazardConduct(input: HazardReviewInput): ReviewAssessment {
  const { events, letters, category } = input;
  const timeline: TimelineEntry[] = [];
  const findings: Finding[] = [];
  let rungs: ChainRung[] = [];
  let current: ChainRung | null = null;
  const holderAt = (rung: ChainRung | null, at: number): TimelineEntry['holder'] =>
    rung ? { ...answerableFor(letters, rung, category, at), level: rung.level, unitId: rung.unitId } : null;
  const rungOf = (personId: string) => rungs.find((r) => r.person.id === personId) ?? null;
  const answerable = (personId: string, at: number): Answerable => {
    const rung = rungOf(personId);
    return rung ? answerableFor(letters, rung, category, at) : { personId, basis: 'org_chart', letterId: null };
  };
  /** Escalation requests: when each was submitted, by whom, and when (if ever) it was turned down. */
  const escalations: Array<{ id: string; by: string; at: number; rejectedAt: number | null }> = [];
  let lastRectifier: string | null = null;
  const failedVerifications = new Map<string, number>();
  const weighed = (e: ReviewSourceEvent) => e.sequence > (input.findingsAfter ?? 0);

  for (const e of events) {
    const at = Date.parse(e.occurredAt);
    if (e.type === 'assigned') {
      rungs = (e.payload.chain?.rungs as ChainRung[] | undefined) ?? [];
      current = (e.payload.to as ChainRung | undefined) ?? null;
    }
    if (e.type === 'escalated') current = (e.payload.to as ChainRung | undefined) ?? current;
    if (e.type === 'request_submitted' && e.payload.request?.kind === 'escalation') escalations.push({ id: e.payload.request.id, by: e.payload.request.requestedBy, at, rejectedAt: null });
    if (e.type === 'request_rejected') {
      const id = e.payload.request?.id;
      const r = escalations.find((x) => x.id === id);
      if (r) r.rejectedAt = at;
    }
    if (e.type === 'rectification_submitted') lastRectifier = e.actorId;
    if (e.type === 'verification_failed' && lastRectifier) failedVerifications.set(lastRectifier, (failedVerifications.get(lastRectifier) ?? 0) + 1);
    timeline.push({ at: e.occurredAt, sequence: e.sequence, type: e.type, actorId: e.actorId, holder: holderAt(current, at), detail: summarise(e) });
    // What the first review already weighed is told in the timeline, not judged again.
    if (!weighed(e)) continue;

    if (e.type === 'supervision_terms_lapsed' || e.type === 'supervision_report_missed') {
      const terms = e.type === 'supervision_terms_lapsed';
      const due = terms ? String(e.payload.termsDue) : String(e.payload.due);
      for (const personId of (e.payload.personIds as string[] | undefined) ?? []) {
        const who = answerable(personId, Date.parse(due));
        findings.push({
          personId: who.personId, conduct: terms ? 'lapsed_decision' : 'late', at: e.occurredAt, basis: who.basis, letterId: who.letterId, lateByMs: at - Date.parse(due),
          detail: terms ? `did not set the supervision (挂牌督办) terms by ${due}` : `missed the supervision progress report due ${due}`,
        });
      }
    }
    if (e.type === 'deadline_missed') {
      const p = e.payload;
      const deadline = Date.parse(String(p.deadline));
      for (const personId of (p.personIds as string[] | undefined) ?? []) {
        const who = answerable(personId, deadline);
        const asked = escalations.find((r) => r.by === personId && r.at <= deadline && (r.rejectedAt === null || r.rejectedAt > at));
        const acted = events.find((x) => x.actorId === personId && HOLDER_ACTIONS.has(x.type) && Date.parse(x.occurredAt) > at);
        const base = { personId: who.personId, at: e.occurredAt, basis: who.basis, letterId: who.letterId };
        if (asked) {
          findings.push({ ...base, conduct: 'escalated_properly', lateByMs: null, detail: `asked in time for escalation (${asked.id}) before the ${p.action} deadline ${p.deadline}; no leader decided it before that deadline passed` });
        } else if (acted) {
          findings.push({ ...base, conduct: 'late', lateByMs: Date.parse(acted.occurredAt) - deadline, detail: `missed the ${p.action} deadline ${p.deadline} and acted (${acted.type}) only at ${acted.occurredAt}` });
        } else {
          findings.push({ ...base, conduct: 'no_action', lateByMs: Number(p.lateByMs ?? 0), detail: `missed the ${p.action} deadline ${p.deadline} and took no action` });
        }
      }
    }
    if (e.type === 'decision_lapsed' || e.type === 'request_expired') {
      const p = e.payload;
      const deadline = Date.parse(String(p.deadline));
      const who = answerable(String(p.leader), deadline);
      findings.push({
        personId: who.personId, conduct: 'lapsed_decision', at: e.occurredAt, basis: who.basis, letterId: who.letterId, lateByMs: Number(p.lateByMs ?? 0),
        detail: `let request ${p.requestId} lapse without a decision (deadline ${p.deadline})`,
      });
    }
  }

  for (const [personId, count] of failedVerifications) {
    if (count > input.maxVerificationFailures) {
      const last = [...events].reverse().find((e) => e.type === 'verification_failed')!;
      if (!weighed(last)) continue;
      const who = answerable(personId, Date.parse(last.occurredAt));
      findings.push({ personId: who.personId, conduct: 'evaded', at: last.occurredAt, basis: who.basis, letterId: who.letterId, lateByMs: null, detail: `declared the hazard fixed ${count} ${count === 1 ? 'time' : 'times'} without fixing it (verification failed each time)` });
    }
  }

  // Everyone who acted on the hazard and is not found wanting is recorded as having acted in time.
  const judged = new Set(findings.map((f) => f.personId));
  for (const e of events.filter(weighed)) {
    if (!e.actorId || judged.has(e.actorId) || !(HOLDER_ACTIONS.has(e.type) || e.type.startsWith('request_') || e.type.startsWith('verification_'))) continue;
    judged.add(e.actorId);
    const who = answerable(e.actorId, Date.parse(e.occurredAt));
    const escalated = escalations.some((r) => r.by === e.actorId);
    findings.push({
      personId: e.actorId, conduct: escalated ? 'escalated_properly' : 'acted_in_time', at: e.occurredAt, basis: who.basis, letterId: who.letterId, lateByMs: null,
      detail: escalated ? 'asked the leader above for escalation in time' : 'acted within the deadlines',
    });
  }
  return { timeline, findings, proposals: proposeSanctions(findings, input.severity, input.rules, input.aggravating) };
}

/** One proposal per person with sanctionable conduct: the gravest sanction the rules give any of it. */
export function proposeSanctions(findings: readonly Finding[], severity: Severity, rules: readonly SanctionRule[], aggravating: readonly string[] = []): ProposalDraft[] {
  const byPerson = new Map<string, ProposalDraft>();
  for (const f of findings) {
    if (!SANCTIONABLE.includes(f.conduct)) continue;
    const sanction = sanctionFor(rules, f.conduct, severity, aggravating);
    if (!sanction) continue;
    const draft = byPerson.get(f.personId);
    if (!draft) {
      byPerson.set(f.personId, { personId: f.personId, conducts: [f.conduct], sanction, grounds: [f.detail] });
      continue;
    }
    if (!draft.conducts.includes(f.conduct)) draft.conducts.push(f.conduct);
    draft.sanction = graver(draft.sanction, sanction);
    draft.grounds.push(f.detail);
  }
  return [...byPerson.values()].sort((a, b) => a.personId.localeCompare(b.personId));
}

/** One level of an incident's report up the chain: the unit, then each superior that forwards it. */
export interface IncidentLevel {
  unitId: string;
  principalId: string | null;
  /** ISO-8601 instants: when the report became this level's to pass on, and by when. */
  receivedAt: string;
  dueAt: string | null;
  passedOnAt: string | null;
  /** 'reported' (the unit), 'forwarded', 'missed' (the system passed it on at the deadline), 'received' (the top). */
  outcome: 'reported' | 'forwarded' | 'missed' | 'received' | 'pending';
  actorId: string | null;
}

export interface IncidentReviewInput {
  severity: Severity;
  levels: readonly IncidentLevel[];
  letters: readonly LetterRecord[];
  rules: readonly SanctionRule[];
}

/** 迟报: each level that reported or forwarded after its deadline answers for it, by its principal's letter. */
export function assessIncidentConduct(input: IncidentReviewInput): ReviewAssessment {
  const timeline: TimelineEntry[] = [];
  const findings: Finding[] = [];
  for (const level of input.levels) {
    if (!level.principalId) continue;
    const due = level.dueAt ? Date.parse(level.dueAt) : null;
    const who = answerableFor(input.letters, { level: 'principal', unitId: level.unitId, person: { id: level.principalId, name: '' } }, null, due ?? Date.parse(level.receivedAt));
    timeline.push({
      at: level.passedOnAt ?? level.receivedAt, sequence: null, type: `incident_${level.outcome}`, actorId: level.actorId,
      holder: { ...who, level: level.outcome === 'reported' ? 'unit' : 'forwarding_level', unitId: level.unitId },
      detail: { receivedAt: level.receivedAt, dueAt: level.dueAt, passedOnAt: level.passedOnAt },
    });
    if (due === null || level.outcome === 'received' || level.outcome === 'pending') continue;
    const passed = level.passedOnAt ? Date.parse(level.passedOnAt) : null;
    const base = { personId: who.personId, at: level.passedOnAt ?? level.receivedAt, basis: who.basis, letterId: who.letterId };
    const verb = level.outcome === 'reported' ? 'report the incident' : 'forward the report';
    if (level.outcome === 'missed') findings.push({ ...base, conduct: 'no_action', lateByMs: passed === null ? null : passed - due, detail: `did not ${verb} by ${level.dueAt}` });
    else if (passed !== null && passed > due) findings.push({ ...base, conduct: 'late', lateByMs: passed - due, detail: `${verb.replace('report', 'reported').replace('forward', 'forwarded')} late (迟报), ${Math.round((passed - due) / 1000)} s after ${level.dueAt}` });
    else findings.push({ ...base, conduct: 'acted_in_time', lateByMs: null, detail: `${level.outcome} in time` });
  }
  return { timeline, findings, proposals: proposeSanctions(findings, input.severity, input.rules) };
}
