import type { CaseEventRecord } from '#domain';
import type { EntityManager } from 'typeorm';

/** Keeps the read models in step with the case events. */
export async function projectCaseEvent(m: EntityManager, r: CaseEventRecord): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped payloads until the typed event unions (issue 17, part 2)
  const p = r.payload as Record<string, any>;
  const [kind, id, unitId] = r.stream.split(':');
  switch (`${kind}:${r.type}`) {
    case 'review:review_opened':
    case 'review:review_decision_lapsed':
    case 'review:decisions_open':
      await m.query(
        `UPDATE accountability_reviews SET status = $2, authority_id = $3, statements_until = $4, decision_deadline = $5, updated_at = now() WHERE id = $1`,
        [id, p.status, p.authority?.personId ?? null, p.statementsUntil ?? null, p.decisionDeadline ?? null],
      );
      break;
    case 'review:statement_submitted':
      await m.query(`INSERT INTO review_statements (review_id, person_id, text, submitted_at) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [id, r.actorId, p.text, r.occurredAt]);
      break;
    case 'review:proposal_decided': {
      await m.query(`UPDATE review_proposals SET status = $2, decided_sanction = $3, decided_by = $4, reason = $5, decided_at = $6 WHERE id = $1`, [
        p.proposalId, p.status, p.sanction, r.actorId, p.reason, r.occurredAt,
      ]);
      if (p.sanction) {
        await m.query(
          `INSERT INTO sanctions (id, review_id, person_id, unit_id, subject_severity, kind, starts_at, ends_at, decided_by)
           SELECT $1, $2, $3, unit_id, severity, $4, $5, $6, $7 FROM accountability_reviews WHERE id = $2 ON CONFLICT DO NOTHING`,
          [p.proposalId, id, p.personId, p.sanction, p.startsAt, p.endsAt, r.actorId],
        );
      }
      break;
    }
    case 'review:review_closed':
      await m.query(`UPDATE accountability_reviews SET status = $2, decided_at = $3, decision_deadline = NULL, updated_at = now() WHERE id = $1`, [id, p.status, r.occurredAt]);
      break;
    case 'campaign:inspection_submitted':
      await m.query(
        `UPDATE campaign_units SET status = 'submitted', submitted_at = $3, submitted_by = $4, results = $5, submissions = $6 WHERE campaign_id = $1 AND unit_id = $2`,
        [id, unitId, r.occurredAt, r.actorId, JSON.stringify(p.results), p.submission],
      );
      break;
    case 'campaign:campaign_hazard_opened':
      await m.query(`INSERT INTO campaign_hazards (campaign_id, unit_id, item_id, hazard_id) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [id, unitId, p.itemId, p.hazardId]);
      break;
    case 'campaign:campaign_reminder':
      await m.query(`UPDATE campaign_units SET reminders = reminders + 1 WHERE campaign_id = $1 AND unit_id = $2`, [id, unitId]);
      break;
    case 'campaign:campaign_escalated':
      await m.query(`UPDATE campaign_units SET escalated_at = $3 WHERE campaign_id = $1 AND unit_id = $2`, [id, unitId, r.occurredAt]);
      break;
    case 'campaign:campaign_not_submitted':
      await m.query(`UPDATE campaign_units SET status = 'not_submitted' WHERE campaign_id = $1 AND unit_id = $2 AND status = 'pending'`, [id, unitId]);
      break;
    case 'signing:letter_signed':
      await m.query(`UPDATE responsibility_letters SET status = 'signed', signed_at = $2 WHERE id = $1`, [p.letterId, r.occurredAt]);
      break;
    case 'signing:letters_overdue':
    case 'signing:letters_unsigned':
      await m.query(`UPDATE responsibility_letters SET status = $2 WHERE id = ANY($1) AND status <> 'signed'`, [p.letterIds, r.type === 'letters_overdue' ? 'overdue' : 'unsigned']);
      break;
    case 'signing:signing_closed':
      await m.query(`UPDATE letter_signings SET status = 'closed' WHERE id = $1`, [id]);
      break;
  }
  if (kind === 'incident' && p.state) {
    await m.query(`UPDATE incidents SET status = $2, levels = $3, late = $4, review_id = $5 WHERE id = $1`, [
      id, p.state.status, JSON.stringify(p.state.levels), p.state.late, p.state.reviewId,
    ]);
  }
}
