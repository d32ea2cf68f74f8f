import type { HazardEventRecord } from '#domain';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the approval inbox (`approval_requests`) in step with the request events, in the
 * transaction that records them. Every hazard event type is named: a new one does not compile
 * until it is decided here whether it touches the inbox.
 */
export async function projectApprovalRequest(m: EntityManager, event: HazardEventRecord): Promise<void> {
  switch (event.type) {
    case 'request_submitted': {
      const r = event.payload.request;
      await m.query(
        `INSERT INTO approval_requests (id, hazard_id, kind, requested_by, decider_id, status, deadline, details, created_at)
         VALUES ($1,$2,$3,$4,$5,'pending',$6,$7,$8) ON CONFLICT (id) DO NOTHING`,
        [r.id, event.hazardId, r.kind, r.requestedBy, r.deciderId, r.deadline, r, event.occurredAt],
      );
      return;
    }
    case 'request_approved':
    case 'request_rejected':
      await m.query(
        `UPDATE approval_requests SET status = $2, decided_by = $3, comment = $4, decided_at = $5 WHERE id = $1`,
        [event.payload.request.id, event.type === 'request_approved' ? 'approved' : 'rejected', event.actorId, event.payload.comment, event.occurredAt],
      );
      return;
    case 'decision_lapsed': {
      const p = event.payload;
      await m.query(`UPDATE approval_requests SET decider_id = $2, deadline = $3, lapsed_by = lapsed_by || $4::text WHERE id = $1`, [p.requestId, p.escalatedTo.id, p.newDeadline, p.leader]);
      return;
    }
    case 'request_expired':
      await m.query(`UPDATE approval_requests SET status = 'expired', lapsed_by = lapsed_by || $2::text, decided_at = $3 WHERE id = $1`, [
        event.payload.requestId,
        event.payload.leader,
        event.occurredAt,
      ]);
      return;
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
    case 'deadline_missed':
    case 'escalated':
    case 'supervision_listed':
    case 'accountability_review_requested':
    case 'accountability_review_started':
    case 'intake_failed':
    case 'supervision_opened':
    case 'supervision_terms_set':
    case 'supervision_terms_lapsed':
    case 'supervision_progress_reported':
    case 'supervision_report_missed':
    case 'supervision_lifted':
    case 'rung_vacant':
    case 'evidence_attached':
      return;
    default: {
      const unknown: never = event;
      void unknown;
    }
  }
}
