import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { incidentReviewId, reviewStream, type AccountabilityReviewInput } from '#domain';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import { decideProposalUpdate, reviewStateQuery, submitStatementUpdate } from '../../../../workflows/accountability/accountability-review.messages.js';
import type { CallContext } from '../common/call.decorator.js';
import { executeWorkflowUpdate, forbidden, queryWorkflow, startWorkflow } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import type { DecideProposalDto, ListReviewsQuery, OpenReviewDto, StatementDto } from './dto/review-actions.dto.js';
import { currentSql } from '#persistence';

/** What a review whose workflow has ended answers (409). */
const closedReview = (id: string) => `Review ${id} is closed: every proposal has been decided`;

@Injectable()
export class AccountabilityService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly access: OrgAccessService,
  ) {}

  /** Reviews of the units the person may see, and every review that concerns them or waits for them. */
  async list(q: ListReviewsQuery, personId: string) {
    const units = await this.access.visibleUnitIds(personId);
    const rows = await this.ds.query(
      `SELECT r.id, r.hazard_id AS "hazardId", r.incident_id AS "incidentId", r.unit_id AS "unitId", r.severity, r.reason, r.status,
              r.authority_id AS "authorityId", r.statements_until AS "statementsUntil", r.decision_deadline AS "decisionDeadline",
              r.created_at AS "createdAt", r.decided_at AS "decidedAt",
              (SELECT count(*)::int FROM review_proposals p WHERE p.review_id = r.id) AS proposals
         FROM accountability_reviews r
        WHERE (r.unit_id = ANY($1) OR r.authority_id = $2 OR EXISTS (SELECT 1 FROM review_proposals p WHERE p.review_id = r.id AND p.person_id = $2))
          AND ($3::text IS NULL OR r.unit_id = $3) AND ($4::text IS NULL OR r.status = $4)
        ORDER BY r.created_at DESC, r.id LIMIT 200`,
      [units, personId, q.unitId ?? null, q.status ?? null],
    );
    return { items: rows };
  }

  /** The review: timeline, findings, proposals, statements, decided sanctions, its event log and live state. */
  async get(id: string, personId: string) {
    const review = await this.visibleReview(id, personId);
    const [proposals, statements, sanctions, events] = await Promise.all([
      this.ds.query(
        `SELECT p.id, p.person_id AS "personId", pe.name AS "personName", p.conducts, p.proposed_sanction AS "proposedSanction", p.grounds, p.status,
                p.decided_sanction AS "decidedSanction", p.decided_by AS "decidedBy", p.reason, p.decided_at AS "decidedAt"
           FROM review_proposals p JOIN people pe ON pe.id = p.person_id WHERE p.review_id = $1 ORDER BY p.person_id`,
        [id],
      ),
      this.ds.query(`SELECT person_id AS "personId", text, submitted_at AS "submittedAt" FROM review_statements WHERE review_id = $1 ORDER BY submitted_at`, [id]),
      this.ds.query(`SELECT id, person_id AS "personId", kind, starts_at AS "startsAt", ends_at AS "endsAt", decided_by AS "decidedBy" FROM sanctions WHERE review_id = $1 ORDER BY person_id`, [id]),
      this.ds.query(`SELECT sequence, type, actor_id AS "actorId", occurred_at AS "occurredAt", payload FROM case_events WHERE stream = $1 ORDER BY sequence`, [reviewStream(id)]),
    ]);
    return {
      id: review.id,
      hazardId: review.hazard_id,
      incidentId: review.incident_id,
      unitId: review.unit_id,
      severity: review.severity,
      reason: review.reason,
      status: review.status,
      requestedBy: review.requested_by,
      authorityId: review.authority_id,
      authorities: review.authorities,
      statementsUntil: review.statements_until,
      decisionDeadline: review.decision_deadline,
      createdAt: review.created_at,
      decidedAt: review.decided_at,
      timeline: review.timeline,
      findings: review.findings,
      proposals,
      statements,
      sanctions,
      events,
      ...(await queryWorkflow(this.temporal, id, reviewStateQuery)),
    };
  }

  /** By hand, for an incident: a principal of a unit above the incident's unit opens (or finds) its review. */
  async open(dto: OpenReviewDto, call: CallContext): Promise<{ created: boolean; id: string }> {
    const [incident] = await this.ds.query(`SELECT id, unit_id FROM incidents WHERE id = $1`, [dto.incidentId]);
    if (!incident) throw new NotFoundException(`Incident ${dto.incidentId} does not exist`);
    const superiors = await this.access.superiorUnitIds(incident.unit_id);
    const [allowed] = await this.ds.query(`SELECT 1 FROM positions WHERE person_id = $1 AND kind = 'principal' AND ${currentSql()} AND unit_id = ANY($2)`, [call.actorId, superiors]);
    if (!allowed) throw forbidden(`Only the principal of a unit above ${incident.unit_id} may open an accountability review of its incident`);
    const reviewId = incidentReviewId(dto.incidentId);
    const [existing] = await this.ds.query(`SELECT id FROM accountability_reviews WHERE id = $1`, [reviewId]);
    if (existing) return { created: false, id: reviewId };
    const input: AccountabilityReviewInput = { reviewId, hazardId: null, incidentId: dto.incidentId, unitId: incident.unit_id, reason: dto.reason, facts: { openedBy: call.actorId }, requestedBy: call.actorId };
    await startWorkflow(this.temporal, this.taskQueue, 'accountabilityReviewWorkflow', reviewId, input);
    return { created: true, id: reviewId };
  }

  async decide(id: string, dto: DecideProposalDto, call: CallContext) {
    await this.visibleReview(id, call.actorId);
    return executeWorkflowUpdate(this.temporal, id, decideProposalUpdate, { actorId: call.actorId, proposalId: dto.proposalId, outcome: dto.outcome, sanction: dto.sanction ?? null, reason: dto.reason, correlationId: call.correlationId }, call, `Review ${id}`, closedReview(id));
  }

  async statement(id: string, dto: StatementDto, call: CallContext) {
    await this.visibleReview(id, call.actorId);
    return executeWorkflowUpdate(this.temporal, id, submitStatementUpdate, { actorId: call.actorId, text: dto.text, correlationId: call.correlationId }, call, `Review ${id}`, closedReview(id));
  }

  private async visibleReview(id: string, personId: string) {
    const [review] = await this.ds.query(`SELECT * FROM accountability_reviews WHERE id = $1`, [id]);
    if (!review) throw new NotFoundException(`Accountability review ${id} does not exist`);
    const units = await this.access.visibleUnitIds(personId);
    const concerned = await this.ds.query(`SELECT 1 FROM review_proposals WHERE review_id = $1 AND person_id = $2`, [id, personId]);
    const authority = (review.authorities as Array<{ personId: string }>).some((a) => a.personId === personId);
    if (!units.includes(review.unit_id) && concerned.length === 0 && !authority) {
      throw forbidden(`You may see only reviews of your own unit and the units under it, or reviews that concern you; review ${id} is of unit "${review.unit_id}"`);
    }
    return review;
  }
}
