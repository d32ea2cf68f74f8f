import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { disciplineOf, parseDuration, warningWorkflowId, type WarningInput } from '#domain';
import { OrgRepository, WarningRepository } from '#persistence';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import { confirmMeasuresUpdate, liftWarningUpdate } from '../../../../workflows/warnings/early-warning.messages.js';
import { scopedIdempotencyKey, type CallContext } from '../common/call.decorator.js';
import { storedOnce } from '../common/idempotent-create.js';
import { InvalidInputException, type FieldProblem } from '../common/problem-details.js';
import { executeWorkflowUpdate, forbidden, startWorkflow } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { ConfirmMeasuresDto, IssueWarningDto, LiftWarningDto } from './dto/warning.dto.js';

const ISSUING_POSTS = ['principal', 'deputy', 'safety_officer'];
const CONFIRMING_POSTS = ['principal', 'deputy', 'safety_officer', 'department_head'];

/** 预警: issued by a superior unit to units below it; each confirms its measures; the issuer lifts it. */
@Injectable()
export class WarningsService {
  constructor(
    private readonly warnings: WarningRepository,
    private readonly org: OrgRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly access: OrgAccessService,
    private readonly policies: PoliciesService,
  ) {}

  async issue(dto: IssueWarningDto, call: CallContext, now = new Date()) {
    if (!(await this.org.unitExists(dto.issuerUnitId))) throw new InvalidInputException([{ field: 'issuerUnitId', reason: `unit "${dto.issuerUnitId}" does not exist` }]);
    if (!(await this.access.holdsKind(call.actorId, dto.issuerUnitId, ISSUING_POSTS))) throw forbidden(`Only the principal, a deputy or the safety officer of ${dto.issuerUnitId} may issue its warnings`);
    const problems: FieldProblem[] = [];
    const below = (await this.org.unitsBelow(dto.issuerUnitId)).filter((u) => u !== dto.issuerUnitId);
    const unitIds = dto.unitIds ?? below;
    const outside = unitIds.filter((u) => !below.includes(u));
    if (outside.length) problems.push({ field: 'unitIds', reason: `${outside.join(', ')} ${outside.length > 1 ? 'are' : 'is'} not below ${dto.issuerUnitId}` });
    if (unitIds.length === 0) problems.push({ field: 'unitIds', reason: `${dto.issuerUnitId} has no units below it to warn` });
    const ids = dto.measures.map((m) => m.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length) problems.push({ field: 'measures', reason: `measure ids must be unique; repeated: ${[...new Set(repeated)].join(', ')}` });
    const policy = await this.policies.get(dto.policyName ?? 'default').catch(() => null);
    if (!policy) problems.push({ field: 'policyName', reason: `policy "${dto.policyName}" does not exist` });
    if (problems.length) throw new InvalidInputException(problems);

    const idempotencyKey = scopedIdempotencyKey(call);
    if (idempotencyKey) {
      const existing = await this.warnings.idByIdempotencyKey(idempotencyKey);
      if (existing) return { created: false, warning: await this.get(existing, call.actorId) };
    }
    const warningId = randomUUID();
    const input: WarningInput = {
      warningId, issuerUnitId: dto.issuerUnitId, level: dto.level, title: dto.title, measures: dto.measures.map((m) => ({ id: m.id, text: m.text })), unitIds,
      issuedAt: now.toISOString(), confirmBy: new Date(now.getTime() + parseDuration(disciplineOf(policy!.document).warnings[dto.level])).toISOString(), issuedBy: call.actorId,
    };
    const stored = await storedOnce(
      this.warnings.issueAndStart(input, warningWorkflowId(warningId), idempotencyKey, () => startWorkflow(this.temporal, this.taskQueue, 'earlyWarningWorkflow', warningWorkflowId(warningId), input)),
      warningId,
      idempotencyKey,
      (key) => this.warnings.idByIdempotencyKey(key),
    );
    return { created: stored === warningId, warning: await this.get(stored, call.actorId) };
  }

  async list(personId: string) {
    return { items: await this.warnings.list(await this.access.visibleUnitIds(personId)) };
  }

  /** With, per unit, whether this person may confirm for it, and whether they may lift the warning. */
  async get(id: string, personId: string) {
    const { workflowId: _workflow, ...w } = await this.visible(id, personId);
    const units = await this.warnings.units(id);
    const active = w.status === 'active';
    return {
      ...w,
      units: await Promise.all(units.map(async (u) => ({ ...u, mayConfirm: active && (u.status === 'pending' || u.status === 'escalated') && (await this.access.holdsKind(personId, u.unitId, CONFIRMING_POSTS)) }))),
      mayLift: active && (await this.access.holdsKind(personId, w.issuerUnitId, ISSUING_POSTS)),
      incidents: await this.warnings.incidents(id),
    };
  }

  async confirm(id: string, unitId: string, dto: ConfirmMeasuresDto, call: CallContext) {
    const w = await this.visible(id, call.actorId);
    if (!(await this.warnings.coversAny(id, [unitId]))) throw new NotFoundException(`Unit ${unitId} is not in the scope of warning ${id}`);
    if (!(await this.access.holdsKind(call.actorId, unitId, CONFIRMING_POSTS))) {
      throw forbidden(`Only the principal, a deputy, the safety officer or a department head of ${unitId} may confirm its measures`);
    }
    return executeWorkflowUpdate(this.temporal, w.workflowId, confirmMeasuresUpdate, { actorId: call.actorId, unitId, results: dto.results, correlationId: call.correlationId }, call, `Warning ${id}`, `Warning ${id} has been lifted`);
  }

  async lift(id: string, dto: LiftWarningDto, call: CallContext) {
    const w = await this.visible(id, call.actorId);
    if (!(await this.access.holdsKind(call.actorId, w.issuerUnitId, ISSUING_POSTS))) throw forbidden(`Only the principal, a deputy or the safety officer of ${w.issuerUnitId} may lift its warning`);
    return executeWorkflowUpdate(this.temporal, w.workflowId, liftWarningUpdate, { actorId: call.actorId, note: dto.note, correlationId: call.correlationId }, call, `Warning ${id}`, `Warning ${id} has already been lifted`);
  }

  /** The issuing unit and the units above it see it whole; so does anyone who may see a unit in scope. */
  private async visible(id: string, personId: string) {
    const w = await this.warnings.find(id);
    if (!w) throw new NotFoundException(`Warning ${id} does not exist`);
    const units = await this.access.visibleUnitIds(personId);
    if (!units.includes(w.issuerUnitId) && !(await this.warnings.coversAny(id, units))) throw new NotFoundException(`Warning ${id} does not exist`);
    return w;
  }
}
