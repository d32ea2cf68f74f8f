import { checkStoredEvent, type StoredEvent } from '../shared/stored-event.js';
import type { HazardEvent, HazardEventPayloads, HazardEventType } from './events.js';

/**
 * The payload fields each hazard event type always carries (optional ones, such as a request's
 * `newDeadline`, are left out). Keyed by the union, so a field renamed there is a compile error here.
 */
const REQUIRED: { [T in HazardEventType]: ReadonlyArray<keyof HazardEventPayloads[T]> } = {
  reported: ['unitId', 'category', 'severity', 'title', 'location', 'source', 'discoveredBy', 'discoveredAt', 'policy'],
  assigned: ['chain', 'to', 'deadline'],
  assignment_failed: ['chain', 'reason'],
  acknowledged: ['note', 'next', 'deadline'],
  plan_submitted: ['plan'],
  rectification_submitted: ['summary', 'evidence', 'attempt'],
  verification_passed: ['comment', 'attempt'],
  verification_failed: ['comment', 'failures', 'newDeadline'],
  closed: ['attempts'],
  request_submitted: ['request'],
  request_approved: ['request', 'approved', 'comment'],
  request_rejected: ['request', 'approved', 'comment'],
  deadline_extended: ['action', 'from', 'to'],
  co_owner_added: ['coOwner', 'deadline'],
  policy_migrated: ['from', 'to', 'reason'],
  reminder_sent: ['action', 'fraction', 'deadline', 'to'],
  deadline_missed: ['action', 'personIds', 'deadline', 'lateByMs'],
  request_expired: ['requestId', 'leader', 'deadline', 'lateByMs', 'reason'],
  decision_lapsed: ['requestId', 'leader', 'deadline', 'lateByMs', 'escalatedTo', 'newDeadline'],
  escalated: ['reason', 'from', 'to', 'action', 'deadline'],
  supervision_listed: ['by'],
  accountability_review_requested: ['reason'],
  accountability_review_started: ['reviewWorkflowId', 'reason'],
  intake_failed: ['reason', 'code'],
  supervision_opened: ['unitId', 'reason', 'termsDue', 'note'],
  supervision_terms_set: ['deadline', 'supervisorId', 'reportEvery', 'note'],
  supervision_terms_lapsed: ['termsDue', 'personIds'],
  supervision_progress_reported: ['text', 'nextReportDue'],
  supervision_report_missed: ['due', 'personIds', 'missed'],
  supervision_lifted: ['supervisorId'],
  rung_vacant: ['level', 'unitId', 'personId', 'rung', 'found'],
  evidence_attached: ['attachmentId', 'fileName', 'contentType', 'size', 'sha256', 'thumbnail', 'locationStripped'],
};

/** A stored hazard event read back as the typed union; throws EventParseError naming what does not fit. */
export function parseHazardEvent(e: StoredEvent): HazardEvent {
  checkStoredEvent('hazard', REQUIRED as Record<string, readonly string[]>, e);
  return { type: e.type, actorId: e.actorId, payload: e.payload } as HazardEvent;
}
