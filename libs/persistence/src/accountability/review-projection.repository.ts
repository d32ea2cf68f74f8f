import type { ReviewEvent } from '#domain';
import type { EntityManager } from 'typeorm';
import type { Projected } from '../shared/projected.js';

/** Accountability reviews' read models: the review, its statements, proposals and sanctions. */
export async function projectReviewEvent(m: EntityManager, e: Projected<ReviewEvent>): Promise<void> {
  switch (e.type) {
    case 'review_opened':
    case 'review_decision_lapsed':
    case 'decisions_open': {
      const p = e.payload;
      await m.query(
        `UPDATE accountability_reviews SET status = $2, authority_id = $3, statements_until = $4, decision_deadline = $5, updated_at = now() WHERE id = $1`,
        [e.id, p.status, p.authority?.personId ?? null, p.statementsUntil ?? null, p.decisionDeadline ?? null],
      );
      return;
    }
    case 'statement_submitted':
      await m.query(`INSERT INTO review_statements (review_id, person_id, text, submitted_at) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [e.id, e.actorId, e.payload.text, e.occurredAt]);
      return;
    case 'finding_added': {
      const p = e.payload;
      const finding = { personId: p.personId, conduct: p.conduct, at: e.occurredAt, basis: 'reviewer', letterId: null, lateByMs: null, detail: p.detail, evidence: p.evidence, addedBy: e.actorId };
      await m.query(`UPDATE accountability_reviews SET findings = coalesce(findings, '[]'::jsonb) || jsonb_build_array($2::jsonb), updated_at = now() WHERE id = $1`, [e.id, JSON.stringify(finding)]);
      if (p.proposal) {
        await m.query(
          `INSERT INTO review_proposals (id, review_id, person_id, conducts, proposed_sanction, grounds) VALUES ($1,$2,$3,$4,$5,$6)
           ON CONFLICT (id) DO UPDATE SET conducts = EXCLUDED.conducts, proposed_sanction = EXCLUDED.proposed_sanction, grounds = review_proposals.grounds || EXCLUDED.grounds`,
          [p.proposal.id, e.id, p.personId, p.proposal.conducts, p.proposal.proposedSanction, JSON.stringify([p.detail])],
        );
      }
      return;
    }
    case 'proposal_decided': {
      const p = e.payload;
      await m.query(`UPDATE review_proposals SET status = $2, decided_sanction = $3, decided_by = $4, reason = $5, decided_at = $6 WHERE id = $1`, [
        p.proposalId, p.status, p.sanction, e.actorId, p.reason, e.occurredAt,
      ]);
      if (p.sanction) {
        await m.query(
          `INSERT INTO sanctions (id, review_id, person_id, unit_id, subject_severity, kind, starts_at, ends_at, decided_by)
           SELECT $1, $2, $3, unit_id, severity, $4, $5, $6, $7 FROM accountability_reviews WHERE id = $2 ON CONFLICT DO NOTHING`,
          [p.proposalId, e.id, p.personId, p.sanction, p.startsAt, p.endsAt, e.actorId],
        );
      }
      return;
    }
    case 'appeals_open':
      await m.query(`UPDATE accountability_reviews SET status = 'appeals', appeals_until = $2, decision_deadline = NULL, updated_at = now() WHERE id = $1`, [e.id, e.payload.appealsUntil]);
      return;
    case 'sanction_appealed':
      await m.query(`UPDATE sanctions SET appeal_status = 'pending', appealed_at = $2 WHERE id = $1`, [e.payload.proposalId, e.occurredAt]);
      return;
    case 'appeal_decided': {
      const p = e.payload;
      // Upheld: the sanction is revoked but stays on record; changed: the new kind runs from its first start.
      if (p.outcome === 'upheld') await m.query(`UPDATE sanctions SET appeal_status = 'upheld', revoked_at = $2 WHERE id = $1`, [p.proposalId, e.occurredAt]);
      else if (p.outcome === 'changed') await m.query(`UPDATE sanctions SET appeal_status = 'changed', kind = $2, ends_at = $3 WHERE id = $1`, [p.proposalId, p.sanction, p.endsAt]);
      else await m.query(`UPDATE sanctions SET appeal_status = 'rejected' WHERE id = $1`, [p.proposalId]);
      return;
    }
    case 'appeal_lapsed':
      await m.query(`UPDATE sanctions SET appeal_status = 'lapsed' WHERE id = $1`, [e.payload.proposalId]);
      return;
    case 'review_closed':
      await m.query(`UPDATE accountability_reviews SET status = $2, decided_at = $3, decision_deadline = NULL, updated_at = now() WHERE id = $1`, [e.id, e.payload.status, e.occurredAt]);
      return;
    default: {
      const unknown: never = e;
      void unknown;
    }
  }
}
