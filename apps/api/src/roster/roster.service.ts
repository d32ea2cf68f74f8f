import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { chinaDate, disciplineOf, shiftWorkflowId, touchesHoliday, type ShiftInput } from '#domain';
import { OrgRepository, ShiftRepository, WarningRepository } from '#persistence';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import { answerSwapUpdate, checkInUpdate, decideSwapUpdate, handoverUpdate, requestSwapUpdate } from '../../../../workflows/roster/duty-shift.messages.js';
import type { CallContext } from '../common/call.decorator.js';
import { InvalidInputException, type FieldProblem } from '../common/problem-details.js';
import { executeWorkflowUpdate, forbidden, startWorkflow, withoutWorkflowId as strip } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { AnswerSwapDto, DecideSwapDto, HandoverDto, PublishShiftsDto, RequestSwapDto, ShiftsQuery } from './dto/shift.dto.js';

const PUBLISHING_POSTS = ['principal', 'deputy', 'safety_officer'];
const LEADER_POSTS = ['principal', 'deputy'];

/** 值班表: shifts published ahead by the unit's leaders and safety officer; each watched by its workflow. */
@Injectable()
export class RosterService {
  constructor(
    private readonly shifts: ShiftRepository,
    private readonly org: OrgRepository,
    private readonly warnings: WarningRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly access: OrgAccessService,
    private readonly policies: PoliciesService,
  ) {}

  async publish(unitId: string, dto: PublishShiftsDto, call: CallContext, now = new Date()) {
    if (!(await this.access.canSee(call.actorId, unitId))) throw new NotFoundException(`Unit ${unitId} does not exist`);
    if (!(await this.access.holdsKind(call.actorId, unitId, PUBLISHING_POSTS))) throw forbidden(`Only the principal, a deputy or the safety officer of ${unitId} may publish its duty roster`);
    const posts = await this.org.postsNow(unitId);
    const problems: FieldProblem[] = [];
    const spans = dto.shifts.map((s) => ({ start: Date.parse(s.startsAt), end: Date.parse(s.endsAt) }));
    dto.shifts.forEach((s, i) => {
      const at = `shifts[${i}]`;
      if (!posts.some((p) => p.personId === s.personId)) problems.push({ field: `${at}.personId`, reason: `${s.personId} holds no post in ${unitId}` });
      if (s.leaderId && !posts.some((p) => p.personId === s.leaderId && LEADER_POSTS.includes(p.kind))) problems.push({ field: `${at}.leaderId`, reason: `${s.leaderId} is not the principal or a deputy of ${unitId}` });
      if (spans[i]!.end <= spans[i]!.start) problems.push({ field: `${at}.endsAt`, reason: 'must be after startsAt' });
      else if (spans[i]!.end <= now.getTime()) problems.push({ field: `${at}.endsAt`, reason: 'must be in the future' });
      const clash = spans.findIndex((o, j) => j < i && o.start < spans[i]!.end && o.end > spans[i]!.start);
      if (clash >= 0) problems.push({ field: at, reason: `overlaps shifts[${clash}]` });
    });
    const policy = await this.policies.get(dto.policyName ?? 'default').catch(() => null);
    if (!policy) problems.push({ field: 'policyName', reason: `policy "${dto.policyName}" does not exist` });
    if (problems.length) throw new InvalidInputException(problems);

    const roster = disciplineOf(policy!.document).roster;
    // 领导带班: on a statutory holiday, or while a red warning is in force for the unit, a shift published without a leader gets its principal.
    const principal = await this.org.currentPrincipal(unitId);
    const red = await this.warnings.redInForce(unitId);
    const inputs: ShiftInput[] = dto.shifts.map((s, i) => ({
      shiftId: randomUUID(), unitId, personId: s.personId, leaderId: s.leaderId ?? (red || touchesHoliday(spans[i]!.start, spans[i]!.end) ? principal : null), startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString(), roster, publishedBy: call.actorId,
    }));
    const { overlapping } = await this.shifts.publish(inputs, shiftWorkflowId, (s) => startWorkflow(this.temporal, this.taskQueue, 'dutyShiftWorkflow', shiftWorkflowId(s.shiftId), s));
    if (overlapping.length) throw new InvalidInputException(overlapping.map((i) => ({ field: `shifts[${i}]`, reason: `overlaps a shift of ${unitId} already published` })));
    return { items: await this.shifts.between([unitId], new Date(Math.min(...spans.map((s) => s.start))), new Date(Math.max(...spans.map((s) => s.end)))).then((rows) => rows.filter((r) => inputs.some((x) => x.shiftId === r.id)).map(strip)) };
  }

  async list(unitId: string, q: ShiftsQuery, personId: string) {
    if (!(await this.access.canSee(personId, unitId))) throw new NotFoundException(`Unit ${unitId} does not exist`);
    const from = q.from ? new Date(q.from) : new Date();
    const to = q.to ? new Date(q.to) : new Date(from.getTime() + 7 * 86_400_000);
    if (to <= from) throw new InvalidInputException([{ field: 'to', reason: 'must be after from' }]);
    return { items: (await this.shifts.between([unitId], from, to)).map(strip) };
  }

  /** Today's duty (Beijing day) across every unit the person may see. */
  async today(personId: string, now = new Date()) {
    const from = new Date(`${chinaDate(now.getTime())}T00:00:00+08:00`);
    return { items: (await this.shifts.between(await this.access.visibleUnitIds(personId), from, new Date(from.getTime() + 86_400_000))).map(strip) };
  }

  async checkIn(id: string, call: CallContext) {
    const shift = await this.visible(id, call.actorId);
    if (shift.personId !== call.actorId) throw forbidden(`Only ${shift.personName}, who is on duty, may check in for this shift`);
    return executeWorkflowUpdate(this.temporal, shift.workflowId, checkInUpdate, { actorId: call.actorId, correlationId: call.correlationId }, call, `Shift ${id}`, `Shift ${id} is over`);
  }

  async handover(id: string, dto: HandoverDto, call: CallContext) {
    const shift = await this.visible(id, call.actorId);
    if (shift.personId !== call.actorId) throw forbidden(`Only ${shift.personName}, who is on duty, may file this shift's handover log`);
    return executeWorkflowUpdate(this.temporal, shift.workflowId, handoverUpdate, { actorId: call.actorId, log: dto.log, correlationId: call.correlationId }, call, `Shift ${id}`, `Shift ${id} is over; a missing handover log is on record`);
  }

  async requestSwap(id: string, dto: RequestSwapDto, call: CallContext) {
    const shift = await this.visible(id, call.actorId);
    if (shift.personId !== call.actorId) throw forbidden(`Only ${shift.personName}, who is on duty, may ask another to take this shift`);
    if (!(await this.org.postsNow(shift.unitId)).some((p) => p.personId === dto.toPersonId)) throw new InvalidInputException([{ field: 'toPersonId', reason: `${dto.toPersonId} holds no post in ${shift.unitId}` }]);
    if (dto.toPersonId === shift.personId) throw new InvalidInputException([{ field: 'toPersonId', reason: 'is already on duty for this shift' }]);
    return executeWorkflowUpdate(this.temporal, shift.workflowId, requestSwapUpdate, { actorId: call.actorId, toPersonId: dto.toPersonId, note: dto.note, correlationId: call.correlationId }, call, `Shift ${id}`, `Shift ${id} can no longer be swapped`);
  }

  async answerSwap(id: string, dto: AnswerSwapDto, call: CallContext) {
    const shift = await this.visible(id, call.actorId);
    if (shift.swapToId !== call.actorId) throw forbidden('Only the person asked to take this shift may answer');
    return executeWorkflowUpdate(this.temporal, shift.workflowId, answerSwapUpdate, { actorId: call.actorId, accept: dto.accept, note: dto.note, correlationId: call.correlationId }, call, `Shift ${id}`, `No swap of shift ${id} waits for an answer`);
  }

  async decideSwap(id: string, dto: DecideSwapDto, call: CallContext) {
    const shift = await this.visible(id, call.actorId);
    if (!(await this.access.holdsKind(call.actorId, shift.unitId, ['safety_officer']))) throw forbidden(`Only the safety officer of ${shift.unitName} may approve a swap of its shifts`);
    return executeWorkflowUpdate(this.temporal, shift.workflowId, decideSwapUpdate, { actorId: call.actorId, approve: dto.approve, note: dto.note, correlationId: call.correlationId }, call, `Shift ${id}`, `No accepted swap of shift ${id} waits for approval`);
  }

  private async visible(id: string, personId: string) {
    const shift = await this.shifts.find(id);
    if (!shift || (shift.personId !== personId && shift.swapToId !== personId && !(await this.access.canSee(personId, shift.unitId)))) throw new NotFoundException(`Shift ${id} does not exist`);
    return shift;
  }
}
