import type { StoredHazardEvent } from '../hazards/events.js';

/** What the review's timeline shows of each event: every type named, so a new one is a compile error until it is decided here. */
export function summarise(e: StoredHazardEvent): Record<string, unknown> {
  switch (e.type) {
    case 'deadline_missed': {
      const p = e.payload;
      return { action: p.action, personIds: p.personIds, deadline: p.deadline, lateByMs: p.lateByMs };
    }
    case 'escalated': {
      const p = e.payload;
      return { reason: p.reason, from: p.from?.person?.id, to: p.to?.person?.id, deadline: p.deadline };
    }
    case 'request_submitted': {
      const r = e.payload.request;
      return { request: r?.id, kind: r?.kind, decider: r?.deciderId, deadline: r?.deadline };
    }
    case 'request_approved':
    case 'request_rejected':
      return { request: e.payload.request?.id, comment: e.payload.comment };
    case 'decision_lapsed':
      return { request: e.payload.requestId, leader: e.payload.leader, deadline: e.payload.deadline, lateByMs: e.payload.lateByMs, escalatedTo: e.payload.escalatedTo?.id ?? null };
    case 'request_expired':
      return { request: e.payload.requestId, leader: e.payload.leader, deadline: e.payload.deadline, lateByMs: e.payload.lateByMs, escalatedTo: null };
    case 'supervision_opened':
      return { unit: e.payload.unitId, reason: e.payload.reason, termsDue: e.payload.termsDue };
    case 'supervision_terms_set':
      return { deadline: e.payload.deadline, supervisor: e.payload.supervisorId, reportEvery: e.payload.reportEvery };
    case 'supervision_terms_lapsed':
      return { termsDue: e.payload.termsDue, personIds: e.payload.personIds };
    case 'supervision_report_missed':
      return { due: e.payload.due, personIds: e.payload.personIds, missed: e.payload.missed };
    case 'rung_vacant':
      return { unit: e.payload.unitId, level: e.payload.level, person: e.payload.personId, found: e.payload.found };
    case 'evidence_attached':
      return { file: e.payload.fileName, sha256: e.payload.sha256 };
    case 'supervision_progress_reported':
    case 'supervision_lifted':
      return {};
    case 'reported':
    case 'assigned':
    case 'assignment_failed':
    case 'acknowledged':
    case 'plan_submitted':
    case 'rectification_submitted':
    case 'verification_passed':
    case 'verification_failed':
    case 'closed':
    case 'deadline_extended':
    case 'co_owner_added':
    case 'policy_migrated':
    case 'reminder_sent':
    case 'supervision_listed':
    case 'accountability_review_requested':
    case 'accountability_review_started':
    case 'intake_failed':
      return {};
    default:
      return unknownEvent(e);
  }
}

/** The exhaustiveness check of a switch over hazard events; a stored event of an unknown type shows nothing. */
function unknownEvent(e: never): Record<string, unknown> {
  void e;
  return {};
}
