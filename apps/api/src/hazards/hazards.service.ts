import { HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { createHash, randomUUID } from 'node:crypto';
import { hazardWorkflowId, pinForRisk, type ChainRung, type HazardIntake, type HazardWorkflowInput, type HazardWorkflowState, type UnitRiskLevel } from '#domain';
import { checkWitness, HazardRepository, OrgRepository, RiskAssessmentRepository, verifyChain, type HazardEntity } from '#persistence';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import {
  acknowledgeUpdate,
  decideUpdate,
  hazardStateQuery,
  migratePolicyUpdate,
  requestEscalationUpdate,
  requestExtensionUpdate,
  submitPlanUpdate,
  submitRectificationUpdate,
  verifyUpdate,
  type ActionInput,
} from '../../../../workflows/hazards/hazard.messages.js';
import type { CallContext } from '../common/call.decorator.js';
import type { UpdateDefinition } from '@temporalio/common';
import { InvalidInputException, ProblemException, type FieldProblem } from '../common/problem-details.js';
import { decodeCursor, encodeCursor } from '../common/cursor.js';
import { executeWorkflowUpdate, queryWorkflow, startWorkflow } from '../common/workflow-calls.js';
import { OrgAccessService, requireAmong } from '../org/org-access.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { PolicyMigrationDto } from './dto/hazard-actions.dto.js';
import { ListHazardsQuery } from './dto/list-hazards.query.js';
import { ReportHazardDto } from './dto/report-hazard.dto.js';
import { eventView, hazardView, type HazardView } from './hazard.view.js';
import { initialHazardSearchAttributes } from '../../../../workflows/hazards/hazard.search-attributes.js';

/** Actions the current holder of a hazard takes. */
const HOLDER_ACTIONS = new Set([acknowledgeUpdate, submitPlanUpdate, submitRectificationUpdate, requestExtensionUpdate, requestEscalationUpdate].map((u) => u.name));
/** Reports dated further ahead than this are refused as clock errors. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export interface ReportResult {
  created: boolean;
  hazard: HazardView;
}

@Injectable()
export class HazardsService {
  constructor(
    private readonly hazards: HazardRepository,
    private readonly org: OrgRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly policies: PoliciesService,
    private readonly access: OrgAccessService,
    private readonly risk: RiskAssessmentRepository,
  ) {}

  async report(dto: ReportHazardDto, call: CallContext, now = new Date()): Promise<ReportResult> {
    const { idempotencyKey, actorId: reporterId } = call;
    await this.checkReferences(dto, now);
    await this.access.requireUnit(reporterId, dto.unitId, 'report hazards');
    const named = await this.policies.get(dto.policyName ?? 'default').catch(() => {
      throw new InvalidInputException([{ field: 'policyName', reason: `policy "${dto.policyName}" does not exist` }]);
    });
    // 风险分级管控: a unit assessed high or medium risk gets shorter handling deadlines, by the policy's factors.
    const policy = pinForRisk(named, (await this.risk.unitLevel(dto.unitId)) as UnitRiskLevel | null);
    const intakeHash = hashReport(dto);

    const existing = await this.findDuplicate(dto, idempotencyKey, intakeHash);
    if (existing) return { created: false, hazard: hazardView(existing) };

    const hazardId = randomUUID();
    const intake: HazardIntake = {
      hazardId,
      unitId: dto.unitId,
      category: dto.category,
      severity: dto.severity,
      title: dto.title,
      description: dto.description,
      location: dto.location,
      discoveredBy: dto.discoveredBy,
      discoveredAt: new Date(dto.discoveredAt).toISOString(),
      source: dto.source,
      evidence: dto.evidence ?? [],
      externalRef: dto.externalRef ?? null,
      idempotencyKey,
      intakeHash,
      reportedAt: now.toISOString(),
      reportedBy: reporterId,
      policyName: policy.name,
      policyVersion: policy.version,
      ...(policy.riskLevel ? { riskLevel: policy.riskLevel } : {}),
      correlationId: call.correlationId,
    };

    // The row and the workflow start commit together: a failed start rolls the row back, so a 503 leaves
    // nothing behind. The workflow re-writes the row idempotently should the commit be lost after the start.
    const inserted = await this.hazards.reportAndStart(intake, () =>
      startWorkflow(this.temporal, this.taskQueue, 'hazardWorkflow', hazardWorkflowId(hazardId), { intake, policy } satisfies HazardWorkflowInput, {
        memo: { title: intake.title, unitId: intake.unitId, severity: intake.severity, correlationId: call.correlationId, reportedBy: reporterId },
        typedSearchAttributes: initialHazardSearchAttributes(intake),
      }),
    );
    if (!inserted) {
      // A concurrent request with the same key or reference won the race.
      const winner = await this.findDuplicate(dto, idempotencyKey, intakeHash);
      if (winner) return { created: false, hazard: hazardView(winner) };
      throw new ProblemException(HttpStatus.CONFLICT, 'conflict', 'Conflict', 'The hazard could not be stored; retry the request');
    }
    return { created: true, hazard: hazardView((await this.hazards.findById(hazardId))!) };
  }

  /** The hazard, provided the person may see it; 404 when it does not exist, 403 when it is not theirs to see. */
  async visibleHazard(id: string, personId: string): Promise<HazardEntity> {
    const hazard = await this.hazards.findById(id);
    // A hazard outside the person's units answers exactly as a missing one: its existence is not disclosed.
    if (!hazard || !(await this.access.canSee(personId, hazard.unitId))) throw new NotFoundException(`Hazard ${id} does not exist`);
    return hazard;
  }

  /** A hazard found with visibleHazard: its read model, requests, event log and live workflow state. */
  async detail(hazard: HazardEntity) {
    const id = hazard.id;
    const events = await this.hazards.events(id);
    const responsible = hazard.responsiblePersonId ? await this.access.personName(hazard.responsiblePersonId) : null;
    const requests = await this.hazards.requests(id);
    return {
      ...hazardView(hazard),
      responsiblePerson: hazard.responsiblePersonId ? { id: hazard.responsiblePersonId, name: responsible } : null,
      requests: requests.map((r) => ({ id: r.id, kind: r.kind, status: r.status, requestedBy: r.requestedBy, deciderId: r.deciderId, deadline: r.deadline.toISOString(), lapsedBy: r.lapsedBy, decidedBy: r.decidedBy, comment: r.comment, details: r.details })),
      events: events.map(eventView),
      // A failed intake ended its workflow: there is no live state to ask for.
      ...(hazard.status === 'intake_failed' ? { live: null } : await this.liveState(hazard.workflowId)),
    };
  }

  /** The hash-chained event log of a hazard (append-only, one row per state change). */
  async timeline(id: string, personId: string) {
    await this.visibleHazard(id, personId);
    const events = await this.hazards.events(id);
    return { hazardId: id, events: events.map((e) => ({ ...eventView(e), correlationId: e.correlationId, prevHash: e.prevHash, hash: e.hash })) };
  }

  /** Recomputes the chain, names the first row whose hash or link does not hold, and holds it against the head the workflow recorded. */
  async verifyTimeline(id: string, personId: string) {
    const hazard = await this.visibleHazard(id, personId);
    const events = await this.hazards.events(id);
    // A workflow that answers no query (its intake failed, it is gone) witnesses nothing: the chain stands alone.
    const live = await this.liveState(hazard.workflowId).then((s) => s.live, () => null);
    return { hazardId: id, ...checkWitness(verifyChain(events), events, live?.chainHead ?? null) };
  }

  /** Counts per visible unit and severity: the leaders' overview (and its chart). */
  async stats(personId: string) {
    const units = await this.access.visibleUnitIds(personId);
    const rows = await this.hazards.counts(units);
    return { units: rows };
  }

  async list(q: ListHazardsQuery, personId: string) {
    const limit = q.limit ?? 20;
    const units = await this.access.visibleUnitIds(personId);
    if (q.unitId) requireAmong(units, q.unitId, 'list hazards');
    const rows = await this.hazards.list({
      units,
      unitId: q.unitId,
      status: q.status,
      severity: q.severity,
      responsiblePersonId: q.responsiblePersonId,
      overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
      before: q.cursor ? decodeCursor(q.cursor, /^[0-9a-f-]{36}$/) : undefined,
      limit,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(hazardView),
      nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  /** Sends an action to the hazard's workflow as an update and returns the state it produced. */
  async act<Arg extends ActionInput>(id: string, call: CallContext, update: UpdateDefinition<HazardWorkflowState, [Arg], string>, arg: Arg): Promise<HazardWorkflowState> {
    return this.actOn(await this.visibleHazard(id, call.actorId), call, update, arg);
  }

  /**
   * Rights belong to posts at the time of the action, while a hazard's chain is pinned when it is
   * reported. So: someone who has left the post that put them on the chain may no longer act, and
   * whoever holds that post now acts for them (recorded as `actsFor`); so does a person named to act
   * for them while they are away (职务代理). Throws 403 when the actor left the post that pinned them.
   */
  async succession<Arg extends ActionInput>(hazard: HazardEntity, updateName: string, arg: Arg): Promise<Arg> {
    const chain = hazard.chain;
    if (!chain) return arg;
    let rung: ChainRung | undefined;
    if (HOLDER_ACTIONS.has(updateName) && hazard.currentRung !== null) rung = chain.rungs[hazard.currentRung];
    if (updateName === decideUpdate.name) {
      const pending = await this.hazards.pendingRequest(hazard.id);
      rung = chain.rungs.find((r) => r.person.id === pending?.deciderId);
    }
    if (updateName === verifyUpdate.name) return this.verifierSuccession(hazard, arg);
    if (!rung) return arg;
    const pinned = rung.person.id;
    if (await this.access.actingForAny(arg.actorId, [pinned])) return { ...arg, actsFor: pinned };
    const actorHolds = await this.access.holdsPost(arg.actorId, rung, chain.departmentId);
    if (arg.actorId === pinned) {
      if (actorHolds) return arg;
      throw new ProblemException(
        HttpStatus.FORBIDDEN,
        'not-allowed',
        'Not allowed for this person',
        `You no longer hold the post (${rung.level.replace('_', ' ')} of ${rung.unitId}) that made you responsible for this hazard; whoever holds it now acts`,
      );
    }
    if (actorHolds && !(await this.access.holdsPost(pinned, rung, chain.departmentId))) return { ...arg, actsFor: pinned };
    return arg;
  }

  /**
   * Verifiers were resolved when the hazard was reported: the unit's safety officers (general),
   * or the superior unit's principal and safety officers (major). The same post rule applies.
   */
  private async verifierSuccession<Arg extends ActionInput>(hazard: HazardEntity, arg: Arg): Promise<Arg> {
    const superior = hazard.chain?.rungs.find((r) => r.level === 'superior_unit');
    const [unitId, kinds] = hazard.severity === 'major' && superior ? [superior.unitId, ['principal', 'safety_officer']] : [hazard.unitId, ['safety_officer']];
    const { live } = await this.liveState(hazard.workflowId);
    const pinned = live?.verifiers ?? [];
    const actorHolds = await this.access.holdsKind(arg.actorId, unitId, kinds);
    if (pinned.includes(arg.actorId)) {
      // A principal standing in for a unit without safety officers keeps that role while principal.
      if (actorHolds || (await this.access.holdsKind(arg.actorId, unitId, ['principal']))) return arg;
      throw new ProblemException(HttpStatus.FORBIDDEN, 'not-allowed', 'Not allowed for this person', `You no longer hold the post in ${unitId} that made you a verifier of this hazard; whoever holds it now verifies`);
    }
    const actedFor = await this.access.actingForAny(arg.actorId, pinned);
    if (actedFor) return { ...arg, actsFor: actedFor };
    if (!actorHolds) return arg;
    for (const verifier of pinned) {
      if (!(await this.access.holdsKind(verifier, unitId, kinds))) return { ...arg, actsFor: verifier };
    }
    return arg;
  }

  private async actOn<Arg extends ActionInput>(hazard: HazardEntity, call: CallContext, update: UpdateDefinition<HazardWorkflowState, [Arg], string>, given: Arg): Promise<HazardWorkflowState> {
    const id = hazard.id;
    const arg = await this.succession(hazard, update.name, given);
    // A repeated Idempotency-Key may be the retry of the very action that closed the hazard:
    // Temporal answers it from the update's stored outcome.
    if (hazard.status === 'closed' && !call.idempotencyKey) {
      throw new ProblemException(HttpStatus.CONFLICT, 'wrong-state', 'Not possible in the current state', `Hazard ${id} is closed`);
    }
    // Temporal runs an update once per id: a repeated Idempotency-Key returns the first result. The
    // workflow of a closed hazard has completed; only a retried update finds it still.
    return executeWorkflowUpdate(this.temporal, hazard.workflowId, update, { ...arg, correlationId: call.correlationId }, call, `Hazard ${id}`, hazard.status === 'closed' ? `Hazard ${id} is closed` : undefined);
  }

  async migratePolicy(id: string, dto: PolicyMigrationDto, call: CallContext): Promise<HazardWorkflowState> {
    const hazard = await this.visibleHazard(id, call.actorId);
    const policy = await this.policies.get(dto.policyName ?? hazard.policyName, dto.version).catch(() => {
      throw new InvalidInputException([{ field: dto.version ? 'version' : 'policyName', reason: 'no such policy version' }]);
    });
    return this.actOn(hazard, call, migratePolicyUpdate, { actorId: call.actorId, policy, reason: dto.reason });
  }

  private liveState(workflowId: string): Promise<{ live: HazardWorkflowState | null; liveError?: string }> {
    return queryWorkflow(this.temporal, workflowId, hazardStateQuery, { when: /still being assigned/, say: 'the workflow is still assigning the hazard' });
  }

  private async checkReferences(dto: ReportHazardDto, now: Date): Promise<void> {
    const problems: FieldProblem[] = [];
    if (!(await this.org.unitExists(dto.unitId))) problems.push({ field: 'unitId', reason: `unit "${dto.unitId}" does not exist`, code: 'notFound', params: { value: dto.unitId } });
    if (!(await this.org.person(dto.discoveredBy))) problems.push({ field: 'discoveredBy', reason: `person "${dto.discoveredBy}" does not exist`, code: 'notFound', params: { value: dto.discoveredBy } });
    const discovered = Date.parse(dto.discoveredAt);
    if (discovered > now.getTime() + FUTURE_TOLERANCE_MS) problems.push({ field: 'discoveredAt', reason: 'must not be in the future', code: 'future' });
    if (problems.length) throw new InvalidInputException(problems);
  }

  private async findDuplicate(dto: ReportHazardDto, key: string | null, intakeHash: string): Promise<HazardEntity | null> {
    if (key) {
      const byKey = await this.hazards.findByIdempotencyKey(key);
      if (byKey && byKey.intakeHash !== intakeHash) {
        throw new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'idempotency-key-reused',
          'Idempotency-Key reused',
          'This Idempotency-Key was already used for a different report; use a new key for a new hazard',
          { errors: [{ field: 'Idempotency-Key', reason: 'already used for a different report', code: 'idempotencyKeyReused' }] },
        );
      }
      if (byKey) return byKey;
    }
    if (dto.externalRef) {
      const byRef = await this.hazards.findByExternalRef(dto.unitId, dto.externalRef);
      if (byRef) return byRef;
    }
    return null;
  }
}

/** A stable fingerprint of what was reported, to tell a retry from a different report under the same key. */
export function hashReport(dto: ReportHazardDto): string {
  const canonical = JSON.stringify(Object.entries(dto).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(canonical).digest('hex');
}
