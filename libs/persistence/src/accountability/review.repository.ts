import type { DataSource } from 'typeorm';
import type { AccountabilityReviewInput, HazardCategory, ReviewAssessment, ReviewAuthority, StoredEvent } from '#domain';
import { reviewProposalId } from '#domain';

/** What a review is about: a hazard or an incident of a unit. */
export interface ReviewSubject {
  hazardId: string | null;
  incidentId: string | null;
  unitId: string;
  /** Who opened it by hand; null when a hazard's or an incident's workflow did. */
  requestedBy: string | null;
  /** What opened it: a linked incident's id and the circumstances that aggravate (e.g. `incident_loss`). */
  facts: { incidentId?: string; aggravating?: string[] } | null;
  lossIncidentId: string | null;
  /** The first review, for a follow-up review of lapses under supervision. */
  followsReviewId: string | null;
}

/** A stored hazard event as the review replays it. */
export type StoredHazardEvent = StoredEvent & { sequence: number; occurredAt: string };

/** Accountability reviews: opened by hazards and incidents, prepared by the review workflow, read by the API. */
export class ReviewRepository {
  constructor(private readonly ds: DataSource) {}

  /** Records that a review was asked for; a second call changes nothing. */
  async open(input: AccountabilityReviewInput): Promise<void> {
    await this.ds.query(
      `INSERT INTO accountability_reviews (id, hazard_id, incident_id, unit_id, severity, reason, facts, requested_by, loss_incident_id, follows_review_id)
       SELECT $1, $2, $3, $4, coalesce((SELECT severity FROM hazards WHERE id = $2), (SELECT severity FROM incidents WHERE id = $3)), $5, $6, $7, $8, $9
       ON CONFLICT DO NOTHING`,
      [input.reviewId, input.hazardId, input.incidentId ?? null, input.unitId, input.reason, input.facts, input.requestedBy ?? null, input.lossIncidentId ?? null, input.followsReviewId ?? null],
    );
  }

  async subject(reviewId: string): Promise<ReviewSubject | null> {
    const [r] = await this.ds.query(
      `SELECT hazard_id AS "hazardId", incident_id AS "incidentId", unit_id AS "unitId", requested_by AS "requestedBy", loss_incident_id AS "lossIncidentId", follows_review_id AS "followsReviewId", facts
         FROM accountability_reviews WHERE id = $1`,
      [reviewId],
    );
    return r ?? null;
  }

  /** The last hazard event a prepared review weighed; null while it is not prepared. */
  async coveredSequence(reviewId: string): Promise<number | null> {
    const [r] = await this.ds.query(
      `SELECT (SELECT max((t->>'sequence')::int) FROM jsonb_array_elements(timeline) t) AS covered, timeline IS NOT NULL AND jsonb_array_length(timeline) > 0 AS prepared FROM accountability_reviews WHERE id = $1`,
      [reviewId],
    );
    return r?.prepared ? Number(r.covered) : null;
  }

  /** The reviewed hazard's facts and its whole event log, in order. */
  async hazardRecord(hazardId: string): Promise<{ category: HazardCategory; severity: 'general' | 'major'; policyName: string; policyVersion: number; events: StoredHazardEvent[] }> {
    const [h] = await this.ds.query(`SELECT category, severity, policy_name AS "policyName", policy_version AS "policyVersion" FROM hazards WHERE id = $1`, [hazardId]);
    const rows: Array<{ sequence: number; type: string; actor_id: string | null; occurred_at: Date; payload: unknown }> = await this.ds.query(
      `SELECT sequence, type, actor_id, occurred_at, payload FROM hazard_events WHERE hazard_id = $1 ORDER BY sequence`,
      [hazardId],
    );
    return { ...h, events: rows.map((e) => ({ sequence: e.sequence, occurredAt: e.occurred_at.toISOString(), type: e.type, actorId: e.actor_id, payload: e.payload })) };
  }

  /** The reviewed incident's facts and the levels it went through. */
  async incidentRecord(incidentId: string): Promise<{ severity: 'general' | 'major'; levels: unknown; policyName: string; policyVersion: number }> {
    const [i] = await this.ds.query(`SELECT severity, levels, policy_name AS "policyName", policy_version AS "policyVersion" FROM incidents WHERE id = $1`, [incidentId]);
    return i;
  }

  /** Stores what the review prepared: timeline, findings, authorities and one proposal per person concerned. */
  async savePreparation(reviewId: string, assessment: ReviewAssessment, authorities: ReviewAuthority[], severity: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(`UPDATE accountability_reviews SET timeline = $2, findings = $3, authorities = $4, severity = $5, updated_at = now() WHERE id = $1`, [
        reviewId, JSON.stringify(assessment.timeline), JSON.stringify(assessment.findings), JSON.stringify(authorities), severity,
      ]);
      for (const p of assessment.proposals) {
        await m.query(
          `INSERT INTO review_proposals (id, review_id, person_id, conducts, proposed_sanction, grounds) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
          [proposalId(reviewId, p.personId), reviewId, p.personId, p.conducts, p.sanction, JSON.stringify(p.grounds)],
        );
      }
    });
  }

  /** Reviews of these units, and every review that concerns the person or waits for them. */
  list(units: string[], personId: string, filter: { unitId?: string; status?: string }): Promise<unknown[]> {
    return this.ds.query(
      `SELECT r.id, r.hazard_id AS "hazardId", r.incident_id AS "incidentId", r.unit_id AS "unitId", r.severity, r.reason, r.status,
              r.authority_id AS "authorityId", r.statements_until AS "statementsUntil", r.decision_deadline AS "decisionDeadline",
              r.created_at AS "createdAt", r.decided_at AS "decidedAt",
              (SELECT count(*)::int FROM review_proposals p WHERE p.review_id = r.id) AS proposals
         FROM accountability_reviews r
        WHERE (r.unit_id = ANY($1) OR r.authority_id = $2 OR EXISTS (SELECT 1 FROM review_proposals p WHERE p.review_id = r.id AND p.person_id = $2))
          AND ($3::text IS NULL OR r.unit_id = $3) AND ($4::text IS NULL OR r.status = $4)
        ORDER BY r.created_at DESC, r.id LIMIT 200`,
      [units, personId, filter.unitId ?? null, filter.status ?? null],
    );
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the row as stored (snake_case); the API shapes it
  async find(id: string): Promise<Record<string, any> | null> {
    const [review] = await this.ds.query(`SELECT * FROM accountability_reviews WHERE id = $1`, [id]);
    return review ?? null;
  }

  async concerns(id: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM review_proposals WHERE review_id = $1 AND person_id = $2`, [id, personId]);
    return rows.length > 0;
  }

  /** The review's proposals (with names), statements and decided sanctions. */
  async parts(id: string): Promise<{ proposals: unknown[]; statements: unknown[]; sanctions: unknown[] }> {
    const [proposals, statements, sanctions] = await Promise.all([
      this.ds.query(
        `SELECT p.id, p.person_id AS "personId", pe.name AS "personName", p.conducts, p.proposed_sanction AS "proposedSanction", p.grounds, p.status,
                p.decided_sanction AS "decidedSanction", p.decided_by AS "decidedBy", p.reason, p.decided_at AS "decidedAt"
           FROM review_proposals p JOIN people pe ON pe.id = p.person_id WHERE p.review_id = $1 ORDER BY p.person_id`,
        [id],
      ),
      this.ds.query(`SELECT person_id AS "personId", text, submitted_at AS "submittedAt" FROM review_statements WHERE review_id = $1 ORDER BY submitted_at`, [id]),
      this.ds.query(`SELECT id, person_id AS "personId", kind, starts_at AS "startsAt", ends_at AS "endsAt", decided_by AS "decidedBy", appeal_status AS "appealStatus", revoked_at AS "revokedAt" FROM sanctions WHERE review_id = $1 ORDER BY person_id`, [id]),
    ]);
    return { proposals, statements, sanctions };
  }
}

/** A proposal's id: one per person in a review. */
export const proposalId = reviewProposalId;
