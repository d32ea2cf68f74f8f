import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { accountabilityReviewId, incidentReviewId, reviewStream, type AccountabilityReviewInput } from '#domain';
import { CaseEventRepository, HazardRepository, IncidentRepository, OrgRepository, ReviewRepository } from '#persistence';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import { addFindingUpdate, appealSanctionUpdate, decideAppealUpdate, decideProposalUpdate, reviewStateQuery, submitStatementUpdate } from '../../../../workflows/accountability/accountability-review.messages.js';
import type { CallContext } from '../common/call.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { executeWorkflowUpdate, forbidden, queryWorkflow, startWorkflow } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import type { AddFindingDto, AppealDto, DecideAppealDto, DecideProposalDto, ListReviewsQuery, OpenReviewDto, StatementDto } from './dto/review-actions.dto.js';

/** What a review whose workflow has ended answers (409). */
const closedReview = (id: string) => `Review ${id} is closed: every proposal has been decided`;

/** The keys under which a review names people. */
const PERSON_KEYS = new Set(['personId', 'authorityId', 'authorities', 'requestedBy', 'decidedBy', 'actorId']);

/** Every string under those keys, however deep (and the strings of a list given as such). */
function idsUnder(value: unknown, keys: Set<string>, key = ''): Set<string> {
  const found = new Set<string>();
  const walk = (v: unknown, k: string) => {
    if (typeof v === 'string' && (keys.has(k) || k === '*')) found.add(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, typeof x === 'string' ? k : ''));
    else if (v && typeof v === 'object') for (const [kk, vv] of Object.entries(v)) walk(vv, kk);
  };
  walk(value, key || '*');
  return found;
}

@Injectable()
export class AccountabilityService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly caseEvents: CaseEventRepository,
    private readonly incidents: IncidentRepository,
    private readonly hazards: HazardRepository,
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
    const mentioned = [review.requested_by, review.authority_id, review.authorities, review.timeline, review.findings, proposals, statements, sanctions];
    const people = await this.org.names([...idsUnder(mentioned, PERSON_KEYS)]);
    const units = await this.org.units([review.unit_id, ...idsUnder(review.timeline, new Set(['unitId']))]);
    const hazardTitle = review.hazard_id ? ((await this.hazards.findById(review.hazard_id))?.title ?? null) : null;
    return {
      names: { people: Object.fromEntries(people), units: Object.fromEntries(units.map((u) => [u.id, u.name])), hazardTitle },
      id: review.id,
      hazardId: review.hazard_id,
      incidentId: review.incident_id,
      lossIncidentId: review.loss_incident_id,
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

  /**
   * By hand (with a reason): a principal of a unit above the hazard's or the incident's unit opens
   * its review, or finds the one already open. Outside what they may see, it does not exist.
   */
  async open(dto: OpenReviewDto, call: CallContext): Promise<{ created: boolean; id: string }> {
    if (dto.hazardId && dto.incidentId) throw new InvalidInputException([{ field: 'hazardId', reason: 'give either hazardId or incidentId, not both' }]);
    const subject = dto.hazardId
      ? { kind: 'hazard', id: dto.hazardId, unitId: (await this.hazards.findById(dto.hazardId))?.unitId, reviewId: accountabilityReviewId(dto.hazardId) }
      : { kind: 'incident', id: dto.incidentId!, unitId: (await this.incidents.find(dto.incidentId!))?.unit_id as string | undefined, reviewId: incidentReviewId(dto.incidentId!) };
    const name = subject.kind === 'hazard' ? 'Hazard' : 'Incident';
    if (!subject.unitId || !(await this.access.canSee(call.actorId, subject.unitId))) throw new NotFoundException(`${name} ${subject.id} does not exist`);
    const superiors = await this.access.superiorUnitIds(subject.unitId);
    if (!(await this.org.isPrincipalOfAny(call.actorId, superiors))) throw forbidden(`Only the principal of a unit above ${subject.unitId} may open an accountability review of its ${subject.kind}`);
    if (await this.reviews.find(subject.reviewId)) return { created: false, id: subject.reviewId };
    const input: AccountabilityReviewInput = {
      reviewId: subject.reviewId, hazardId: dto.hazardId ?? null, incidentId: dto.incidentId ?? null, unitId: subject.unitId, reason: dto.reason, facts: { openedBy: call.actorId }, requestedBy: call.actorId,
    };
    // Two openings at once, or one while the review's workflow is writing its row: the second finds it running.
    const created = await startWorkflow(this.temporal, this.taskQueue, 'accountabilityReviewWorkflow', subject.reviewId, input, { workflowIdConflictPolicy: 'FAIL' }).then(
      () => true,
      (err: unknown) => (err instanceof WorkflowExecutionAlreadyStartedError ? false : Promise.reject(err)),
    );
    return { created, id: subject.reviewId };
  }

  async decide(id: string, dto: DecideProposalDto, call: CallContext) {
    const actsFor = await this.actingForAuthority(await this.visibleReview(id, call.actorId), call.actorId);
    return executeWorkflowUpdate(this.temporal, id, decideProposalUpdate, { actorId: call.actorId, actsFor, proposalId: dto.proposalId, outcome: dto.outcome, sanction: dto.sanction ?? null, reason: dto.reason, correlationId: call.correlationId }, call, `Review ${id}`, closedReview(id));
  }

  /** The reviewing authority, when the actor acts for them while they are away (职务代理). */
  private actingForAuthority(review: Record<string, unknown>, actorId: string): Promise<string | null> {
    return typeof review.authority_id === 'string' ? this.access.actingForAny(actorId, [review.authority_id]) : Promise.resolve(null);
  }

  async addFinding(id: string, dto: AddFindingDto, call: CallContext) {
    const actsFor = await this.actingForAuthority(await this.visibleReview(id, call.actorId), call.actorId);
    if (!(await this.org.person(dto.personId))) throw new InvalidInputException([{ field: 'personId', reason: `person "${dto.personId}" does not exist` }]);
    const arg = { actorId: call.actorId, actsFor, personId: dto.personId, conduct: dto.conduct, detail: dto.detail, evidence: dto.evidence, sanction: dto.sanction ?? null, correlationId: call.correlationId };
    return executeWorkflowUpdate(this.temporal, id, addFindingUpdate, arg, call, `Review ${id}`, closedReview(id));
  }

  async statement(id: string, dto: StatementDto, call: CallContext) {
    await this.visibleReview(id, call.actorId);
    return executeWorkflowUpdate(this.temporal, id, submitStatementUpdate, { actorId: call.actorId, text: dto.text, correlationId: call.correlationId }, call, `Review ${id}`, closedReview(id));
  }

  async appeal(id: string, dto: AppealDto, call: CallContext) {
    await this.visibleReview(id, call.actorId);
    return executeWorkflowUpdate(this.temporal, id, appealSanctionUpdate, { actorId: call.actorId, proposalId: dto.proposalId, grounds: dto.grounds, correlationId: call.correlationId }, call, `Review ${id}`, `Review ${id} is closed: the window for appeals has passed`);
  }

  async decideAppeal(id: string, dto: DecideAppealDto, call: CallContext) {
    await this.visibleReview(id, call.actorId);
    return executeWorkflowUpdate(this.temporal, id, decideAppealUpdate, { actorId: call.actorId, proposalId: dto.proposalId, outcome: dto.outcome, sanction: dto.sanction ?? null, reason: dto.reason, correlationId: call.correlationId }, call, `Review ${id}`, closedReview(id));
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
