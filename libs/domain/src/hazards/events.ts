import type { NoticeKind } from '../notifications/notice-kinds.js';
import type { ChainRung, PersonRef, ResponsibilityChain, RungLevel } from '../org/responsibility-chain.js';
import type { HazardCategory, HazardSource, Severity } from '../shared/vocabulary.js';
import type { EscalationNeed, LifecycleState, RectificationPlan, RequestKind, StageAction } from './state.js';

/** What the hazard reducers produce: events for the hash-chained log, each with the notices it causes. */

export interface Notice {
  recipientId: string;
  kind: NoticeKind;
}

/** An approval request as its events record it (instants as ISO-8601). */
export interface RequestView {
  id: string;
  kind: RequestKind;
  requestedBy: string;
  reason: string;
  deciderId: string;
  deadline: string;
  newDeadline?: string;
  needs?: EscalationNeed[];
  mode?: 'transfer' | 'co_own';
  lapsedBy: string[];
}

/** A decision that lapsed: who sat on it, since when and for how long. */
interface LapsedDecision {
  requestId: string;
  leader: string;
  deadline: string;
  lateByMs: number;
}

/**
 * Every payload a hazard event carries, by type, exactly as stored in `hazard_events.payload`
 * (instants as ISO-8601 strings). `actsFor` is added to an action's events when a successor acts
 * for the person pinned on the chain.
 */
export interface HazardEventPayloads {
  reported: {
    unitId: string;
    category: HazardCategory;
    severity: Severity;
    title: string;
    location: string;
    source: HazardSource;
    discoveredBy: string;
    discoveredAt: string;
    policy: { name: string; version: number; riskLevel?: 'high' | 'medium' };
  };
  assigned: { chain: ResponsibilityChain; to: ChainRung; deadline: string };
  assignment_failed: { chain: ResponsibilityChain; reason: string };
  acknowledged: { note: string | null; next: StageAction; deadline: string };
  plan_submitted: { plan: RectificationPlan };
  rectification_submitted: { summary: string; evidence: string[]; attempt: number };
  verification_passed: { comment: string; attempt: number };
  verification_failed: { comment: string; failures: number; newDeadline: string };
  closed: { attempts: number };
  request_submitted: { request: RequestView };
  request_approved: { request: RequestView; approved: true; comment: string };
  request_rejected: { request: RequestView; approved: false; comment: string };
  deadline_extended: { action: StageAction; from: string | null; to: string };
  co_owner_added: { coOwner: PersonRef; deadline: string; needs?: EscalationNeed[] };
  policy_migrated: { from: { name: string; version: number }; to: { name: string; version: number }; reason: string };
  reminder_sent: { action: StageAction; fraction: number; deadline: string; to: string[] };
  deadline_missed: { action: StageAction | 'co_ownership'; personIds: string[]; deadline: string; lateByMs: number };
  request_expired: LapsedDecision & { reason: string };
  decision_lapsed: LapsedDecision & { escalatedTo: PersonRef; newDeadline: string };
  escalated: { reason: string; from: ChainRung; to: ChainRung; action: StageAction | null; deadline: string | null };
  /** A post on the chain nobody holds: a finding against the unit that left it empty (patch vacant-rungs-v7). */
  rung_vacant: { level: RungLevel; unitId: string; personId: string | null; rung: number | null; found: 'at_assignment' | 'at_escalation' };
  supervision_listed: { by: ChainRung | null };
  accountability_review_requested: { reason: string };
  accountability_review_started: { reviewWorkflowId: string; reason: string };
  intake_failed: { reason: string; code: string };
  supervision_opened: { unitId: string; reason: 'top_rung_deadline_missed' | 'listed_by_hand'; termsDue: string; note: string | null };
  supervision_terms_set: { deadline: string; supervisorId: string; reportEvery: string | null; note: string };
  supervision_terms_lapsed: { termsDue: string; personIds: string[] };
  supervision_progress_reported: { text: string; nextReportDue: string | null };
  supervision_report_missed: { due: string; personIds: string[]; missed: number };
  supervision_lifted: { supervisorId: string };
  /** A file of evidence (a photo, a scan) stored for the hazard; its SHA-256 puts the file under the audit chain. */
  evidence_attached: { attachmentId: string; fileName: string; contentType: string; size: number; sha256: string; thumbnail: boolean; locationStripped: boolean };
}

export type HazardEventType = keyof HazardEventPayloads;

/** A hazard event: its type and the payload that type carries. */
export type HazardEvent = {
  [T in HazardEventType]: { type: T; actorId: string | null; payload: HazardEventPayloads[T] & { actsFor?: string | null } };
}[HazardEventType];

/** A hazard event as read back from the log: with its place in the stream and its time (ISO-8601). */
export type StoredHazardEvent = HazardEvent & { sequence: number; occurredAt: string };

/** The event of one type, e.g. `HazardEventOf<'escalated'>`. */
export type HazardEventOf<T extends HazardEventType> = Extract<HazardEvent, { type: T }>;

/** What a reducer emits: an event and the notices it causes. */
export type DomainEvent = HazardEvent & { notify: Notice[] };

/** What a reducer returns: the new state and the events that got it there. */
export interface Outcome {
  state: LifecycleState;
  events: DomainEvent[];
}

export const HAZARD_EVENT_TYPES = [
  'reported', 'assigned', 'assignment_failed', 'acknowledged', 'plan_submitted', 'rectification_submitted',
  'verification_passed', 'verification_failed', 'closed', 'request_submitted', 'request_approved', 'request_rejected',
  'deadline_extended', 'co_owner_added', 'policy_migrated', 'reminder_sent', 'deadline_missed', 'request_expired',
  'decision_lapsed', 'escalated', 'supervision_listed', 'accountability_review_requested', 'accountability_review_started', 'intake_failed',
  'supervision_opened', 'supervision_terms_set', 'supervision_terms_lapsed', 'supervision_progress_reported', 'supervision_report_missed', 'supervision_lifted',
  'rung_vacant', 'evidence_attached',
] as const satisfies readonly HazardEventType[];

// Every type is listed once: a type added to HazardEventPayloads but not here fails to compile.
type Missing = Exclude<HazardEventType, (typeof HAZARD_EVENT_TYPES)[number]>;
export const _everyHazardEventTypeListed: Missing extends never ? true : Missing = true;
