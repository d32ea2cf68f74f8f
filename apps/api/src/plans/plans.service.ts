import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { chinaDate, chinaYear, disciplineOf, planWorkflowId, type PlanInput, type PlanType } from '#domain';
import { OrgRepository, PlanRepository, ShiftRepository } from '#persistence';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import { planDrillUpdate, recordDrillUpdate, revisePlanUpdate } from '../../../../workflows/plans/contingency-plan.messages.js';
import { scopedIdempotencyKey, type CallContext } from '../common/call.decorator.js';
import { storedOnce } from '../common/idempotent-create.js';
import { InvalidInputException, type FieldProblem } from '../common/problem-details.js';
import { executeWorkflowUpdate, forbidden, startWorkflow, withoutWorkflowId } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { PlanDrillDto, RecordDrillDto, RegisterPlanDto, RevisePlanDto } from './dto/plan.dto.js';

const MANAGING_POSTS = ['principal', 'deputy', 'safety_officer'];

/** 预案、演练: a unit's register of contingency plans, each watched by its workflow, and the drills held under them. */
@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly shifts: ShiftRepository,
    private readonly org: OrgRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly access: OrgAccessService,
    private readonly policies: PoliciesService,
  ) {}

  async register(unitId: string, dto: RegisterPlanDto, call: CallContext, now = new Date()) {
    await this.visibleUnit(unitId, call.actorId);
    if (!(await this.access.holdsKind(call.actorId, unitId, MANAGING_POSTS))) throw forbidden(`Only the principal, a deputy or the safety officer of ${unitId} may register its contingency plans`);
    const problems: FieldProblem[] = [];
    if (!(await this.holdsPost(dto.ownerId, unitId))) problems.push({ field: 'ownerId', reason: `${dto.ownerId} holds no post in ${unitId}` });
    if (Date.parse(dto.reviewBy) <= now.getTime()) problems.push({ field: 'reviewBy', reason: 'must be in the future' });
    const policy = await this.policies.get(dto.policyName ?? 'default').catch(() => null);
    if (!policy) problems.push({ field: 'policyName', reason: `policy "${dto.policyName}" does not exist` });
    if (problems.length) throw new InvalidInputException(problems);

    const idempotencyKey = scopedIdempotencyKey(call);
    if (idempotencyKey) {
      const existing = await this.plans.idByIdempotencyKey(idempotencyKey);
      if (existing) return { created: false, plan: await this.get(existing, call.actorId) };
    }
    const planId = randomUUID();
    const input: PlanInput = {
      planId, unitId, type: dto.type, title: dto.title, ownerId: dto.ownerId, version: dto.version, reviewBy: new Date(dto.reviewBy).toISOString(),
      registeredBy: call.actorId, registeredAt: now.toISOString(), policy: policy!,
    };
    const stored = await storedOnce(
      this.plans.registerAndStart(input, planWorkflowId(planId), idempotencyKey, () => startWorkflow(this.temporal, this.taskQueue, 'contingencyPlanWorkflow', planWorkflowId(planId), input)),
      planId,
      idempotencyKey,
      (key) => this.plans.idByIdempotencyKey(key),
    );
    return { created: stored === planId, plan: await this.get(stored, call.actorId) };
  }

  /** The unit's register: each plan with its review status and this year's drills against the policy's count. */
  async list(unitId: string, personId: string, now = new Date()) {
    await this.visibleUnit(unitId, personId);
    const year = Number(chinaDate(now.getTime()).slice(0, 4));
    return { year, mayManage: await this.access.holdsKind(personId, unitId, MANAGING_POSTS), items: await this.register_(unitId, year) };
  }

  /** A plan with its drills, and what this person may do with it. */
  async get(id: string, personId: string) {
    const plan = await this.visible(id, personId);
    const manages = await this.manages(personId, plan);
    return { ...withoutWorkflowId(plan), drills: await this.plans.drills(id), mayRevise: manages, mayDrill: manages };
  }

  async revise(id: string, dto: RevisePlanDto, call: CallContext, now = new Date()) {
    const plan = await this.visible(id, call.actorId);
    if (!(await this.manages(call.actorId, plan))) throw forbidden(`Only the plan’s owner, or the principal, a deputy or the safety officer of ${plan.unitId}, may revise it`);
    const problems: FieldProblem[] = [];
    if (dto.ownerId && !(await this.holdsPost(dto.ownerId, plan.unitId))) problems.push({ field: 'ownerId', reason: `${dto.ownerId} holds no post in ${plan.unitId}` });
    if (Date.parse(dto.reviewBy) <= now.getTime()) problems.push({ field: 'reviewBy', reason: 'must be in the future' });
    if (problems.length) throw new InvalidInputException(problems);
    await executeWorkflowUpdate(this.temporal, plan.workflowId, revisePlanUpdate, { actorId: call.actorId, version: dto.version, reviewBy: new Date(dto.reviewBy).toISOString(), ownerId: dto.ownerId ?? plan.ownerId, note: dto.note, correlationId: call.correlationId }, call, `Plan ${id}`);
    return this.get(id, call.actorId);
  }

  async planDrill(unitId: string, dto: PlanDrillDto, call: CallContext, now = new Date()) {
    const plan = await this.planOfUnit(unitId, dto.planId, call.actorId);
    if (!(await this.manages(call.actorId, plan))) throw forbidden(`Only the plan’s owner, or the principal, a deputy or the safety officer of ${unitId}, may plan its drills`);
    if (Date.parse(dto.plannedAt) <= now.getTime()) throw new InvalidInputException([{ field: 'plannedAt', reason: 'must be in the future' }]);
    await executeWorkflowUpdate(this.temporal, plan.workflowId, planDrillUpdate, { actorId: call.actorId, drillId: randomUUID(), plannedAt: new Date(dto.plannedAt).toISOString(), scenario: dto.scenario, correlationId: call.correlationId }, call, `Plan ${plan.id}`);
    return this.get(plan.id, call.actorId);
  }

  async recordDrill(unitId: string, dto: RecordDrillDto, call: CallContext, now = new Date()) {
    const plan = await this.planOfUnit(unitId, dto.planId, call.actorId);
    if (!(await this.manages(call.actorId, plan))) throw forbidden(`Only the plan’s owner, or the principal, a deputy or the safety officer of ${unitId}, may record its drills`);
    const problems: FieldProblem[] = [];
    if (dto.drillId && !(await this.plans.drillOf(plan.id, dto.drillId))) problems.push({ field: 'drillId', reason: `${dto.drillId} is not a drill of plan ${plan.id}` });
    if (Date.parse(dto.heldAt) > now.getTime()) problems.push({ field: 'heldAt', reason: 'must not be in the future' });
    const posts = new Set((await this.org.postsNow(unitId)).map((p) => p.personId));
    dto.participants.forEach((p, i) => !posts.has(p) && problems.push({ field: `participants[${i}]`, reason: `${p} holds no post in ${unitId}` }));
    if (problems.length) throw new InvalidInputException(problems);
    const findings = dto.findings.map((f) => ({ text: f.text, openHazard: f.openHazard, severity: f.severity }));
    await executeWorkflowUpdate(
      this.temporal, plan.workflowId, recordDrillUpdate,
      { actorId: call.actorId, drillId: dto.drillId ?? randomUUID(), adHoc: !dto.drillId, heldAt: new Date(dto.heldAt).toISOString(), participants: dto.participants, scenario: dto.scenario, findings, correlationId: call.correlationId },
      call, `Plan ${plan.id}`,
    );
    return this.get(plan.id, call.actorId);
  }

  /** 记分卡 and 年度考核: per plan type, plans, those past review, drills held against the count required, drills missed; and missed check-ins on duty. */
  async preparedness(unitId: string, year: number) {
    const { start, end } = chinaYear(year);
    const byType = new Map<string, { type: string; plans: number; pastReview: number; drillsHeld: number; drillsRequired: number; drillsMissed: number }>();
    for (const p of await this.register_(unitId, year)) {
      const t = byType.get(p.type) ?? { type: p.type, plans: 0, pastReview: 0, drillsHeld: 0, drillsRequired: 0, drillsMissed: 0 };
      t.plans += 1;
      t.pastReview += p.reviewStatus === 'overdue' || p.reviewStatus === 'escalated' ? 1 : 0;
      t.drillsHeld += p.drillsHeld;
      t.drillsRequired = Math.max(t.drillsRequired, p.drillsRequired);
      t.drillsMissed += p.drillsMissed;
      byType.set(p.type, t);
    }
    const plans = [...byType.values()];
    return {
      year, plans,
      drillsShort: plans.reduce((n, t) => n + Math.max(0, t.drillsRequired - t.drillsHeld), 0),
      missedCheckIns: await this.shifts.missedCheckIns(unitId, new Date(start), new Date(end)),
    };
  }

  private async register_(unitId: string, year: number) {
    const { start, end } = chinaYear(year);
    const rows = await this.plans.list(unitId, new Date(start), new Date(end));
    return Promise.all(rows.map(withoutWorkflowId).map(async (p) => {
      const policy = await this.policies.get(p.policyName, p.policyVersion);
      return { ...p, drillsRequired: disciplineOf(policy.document).plans.drillsPerYear[p.type as PlanType] ?? 0 };
    }));
  }

  /** A plan's owner, and the unit's principal, deputies and safety officers. */
  private async manages(personId: string, plan: { ownerId: string; unitId: string }): Promise<boolean> {
    return personId === plan.ownerId || (await this.access.holdsKind(personId, plan.unitId, MANAGING_POSTS));
  }

  private async holdsPost(personId: string, unitId: string): Promise<boolean> {
    return (await this.org.postsNow(unitId)).some((p) => p.personId === personId);
  }

  private async visibleUnit(unitId: string, personId: string): Promise<void> {
    if (!(await this.access.canSee(personId, unitId))) throw new NotFoundException(`Unit ${unitId} does not exist`);
  }

  /** The plan named in a drill's body must be one of the unit's: another unit's plan is bad input, not a way round the org chart. */
  private async planOfUnit(unitId: string, planId: string, personId: string) {
    await this.visibleUnit(unitId, personId);
    const plan = await this.plans.find(planId);
    if (!plan || plan.unitId !== unitId) throw new InvalidInputException([{ field: 'planId', reason: `${planId} is not a contingency plan of ${unitId}` }]);
    return plan;
  }

  private async visible(id: string, personId: string) {
    const plan = await this.plans.find(id);
    if (!plan || !(await this.access.canSee(personId, plan.unitId))) throw new NotFoundException(`Plan ${id} does not exist`);
    return plan;
  }
}
