import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { incidentReviewId, reviewStream, type AccountabilityReviewInput } from '#domain';
import { CaseEventRepository, IncidentRepository, OrgRepository, ReviewRepository } from '#persistence';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import { decideProposalUpdate, reviewStateQuery, submitStatementUpdate } from '../../../../workflows/accountability/accountability-review.messages.js';
import type { CallContext } from '../common/call.decorator.js';
import { executeWorkflowUpdate, forbidden, queryWorkflow, startWorkflow } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import type { DecideProposalDto, ListReviewsQuery, OpenReviewDto, StatementDto } from './dto/review-actions.dto.js';

/** What a review whose workflow has ended answers (409). */
const closedReview = (id: string) => `Review ${id} is closed: every proposal has been decided`;

@Injectable()
export class AccountabilityService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly caseEvents: CaseEventRepository,
    private readonly incidents: IncidentRepository,
    private readonly org: OrgRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly access: OrgAccessService,
  ) {}

  /** Reviews of the units the person may see, and every review that concerns them or waits for them. */
  async list(q: ListReviewsQuery, personId: string) {
    const units = await this.access.visibleUnitIds(personId);
    const rows = await this.reviews.list(units, personId, { unitId: q.unitId, status: q.status });
    return { items: rows };
  }

  /** The review: timeline, findings, proposals, statements, decided sanctions, its event log and live state. */
  async get(id: string, personId: string) {
    const review = await this.visibleReview(id, personId);
    const [{ proposals, statements, sanctions }, events] = await Promise.all([this.reviews.parts(id), this.caseEvents.stream(reviewStream(id))]);
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
    const incident = await this.incidents.find(dto.incidentId);
    if (!incident) throw new NotFoundException(`Incident ${dto.incidentId} does not exist`);
    const superiors = await this.access.superiorUnitIds(incident.unit_id);
    if (!(await this.org.isPrincipalOfAny(call.actorId, superiors))) throw forbidden(`Only the principal of a unit above ${incident.unit_id} may open an accountability review of its incident`);
    const reviewId = incidentReviewId(dto.incidentId);
    if (await this.reviews.find(reviewId)) return { created: false, id: reviewId };
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
    const review = await this.reviews.find(id);
    if (!review) throw new NotFoundException(`Accountability review ${id} does not exist`);
    const units = await this.access.visibleUnitIds(personId);
    const concerned = await this.reviews.concerns(id, personId);
    const authority = (review.authorities as Array<{ personId: string }>).some((a) => a.personId === personId);
    // Outside what the person may see it answers exactly as a missing one: its existence is not disclosed.
    if (!units.includes(review.unit_id) && !concerned && !authority) throw new NotFoundException(`Accountability review ${id} does not exist`);
    return review;
  }
}
