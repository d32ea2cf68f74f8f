import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ScheduleNotFoundError, type Client, type ScheduleOptionsAction, type ScheduleSpec } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { schedulesConfig, type SchedulesConfig } from '#config';
import { dutyRunWorkflowPrefix, dutyScheduleId, validateDutySpec, type DutyKind, type DutySchedule, type DutySpec, type OverlapPolicy } from '#domain';
import { DutyScheduleRepository, OrgRepository, type DutyScheduleRow } from '#persistence';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import { scopedIdempotencyKey, type CallContext } from '../common/call.decorator.js';
import { storedOnce } from '../common/idempotent-create.js';
import { InvalidInputException, type FieldProblem } from '../common/problem-details.js';
import { conflict, forbidden } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { ChangeScheduleDto, CreateScheduleDto, DutySpecDto } from './dto/schedule.dto.js';

const MANAGING_POSTS = ['principal', 'deputy', 'safety_officer'];
/** Who manages a duty of a unit: its principal, a deputy or its safety officer; a letter round its principal alone, who sends the letters. */
const managingPosts = (kind: string) => (kind === 'letter_round' ? ['principal'] : MANAGING_POSTS);
const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'] as const;
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;
const OVERLAP = { skip: 'SKIP', buffer_one: 'BUFFER_ONE', allow_all: 'ALLOW_ALL' } as const;

/**
 * The Temporal spec of a duty: its calendar in Beijing time, or its interval. A quarterly report
 * whose calendar names no month runs in the first month of each quarter.
 */
export function temporalSpec(spec: DutySpec, kind?: DutyKind): ScheduleSpec {
  if (spec.everySeconds !== undefined) return { intervals: [{ every: `${spec.everySeconds}s` }] };
  const c = spec.calendar;
  const quarterly = kind === 'statistics_report' && !c.month;
  return {
    calendars: [{ hour: c.hour, minute: c.minute, ...(c.month ? { month: MONTHS[c.month - 1] } : quarterly ? { month: { start: 'JANUARY', end: 'DECEMBER', step: 3 } } : {}), ...(c.dayOfMonth ? { dayOfMonth: c.dayOfMonth } : {}), ...(c.dayOfWeek !== undefined ? { dayOfWeek: WEEKDAYS[c.dayOfWeek] } : {}) }],
    timezone: 'Asia/Shanghai',
  };
}

/** The spec as stored: a calendar field given as null means the same as one left out (every value). */
const plainSpec = (s: DutySpecDto): DutySpec =>
  s.calendar ? { calendar: Object.fromEntries(Object.entries(s.calendar).filter(([, v]) => typeof v === 'number')) as DutySpec['calendar'] & object } : { everySeconds: s.everySeconds! };

/** Recurring duties: each a row here and a Temporal Schedule that starts its runs. */
@Injectable()
export class SchedulesService {
  constructor(
    private readonly schedules: DutyScheduleRepository,
    private readonly org: OrgRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    @Inject(schedulesConfig.KEY) private readonly config: SchedulesConfig,
    private readonly access: OrgAccessService,
    private readonly policies: PoliciesService,
  ) {}

  async create(dto: CreateScheduleDto, call: CallContext) {
    if (!(await this.org.unitExists(dto.unitId))) throw new InvalidInputException([{ field: 'unitId', reason: `unit "${dto.unitId}" does not exist` }]);
    await this.mayManage(call.actorId, dto.unitId, dto.kind);
    const policyName = dto.policyName ?? 'default';
    await this.check(dto.spec, policyName);
    const idempotencyKey = scopedIdempotencyKey(call);
    if (idempotencyKey) {
      const existing = await this.schedules.idByIdempotencyKey(idempotencyKey);
      if (existing) return { created: false, schedule: await this.get(existing, call.actorId) };
    }
    const s: DutySchedule = {
      id: randomUUID(), unitId: dto.unitId, kind: dto.kind, title: dto.title, spec: plainSpec(dto.spec), overlap: dto.overlap ?? 'skip', workingDay: dto.workingDay ?? true, policyName, createdBy: call.actorId,
    };
    const stored = await storedOnce(
      this.schedules.create(s, idempotencyKey, () =>
        this.temporal.schedule.create({
          scheduleId: dutyScheduleId(s.id),
          spec: temporalSpec(s.spec, s.kind),
          action: this.action(s.id),
          policies: { overlap: OVERLAP[s.overlap], catchupWindow: '1d' },
          memo: { unitId: s.unitId, kind: s.kind, title: s.title },
          state: { note: `created by ${call.actorId}` },
        }),
      ),
      s.id,
      idempotencyKey,
      (key) => this.schedules.idByIdempotencyKey(key),
    );
    return { created: stored === s.id, schedule: await this.get(stored, call.actorId) };
  }

  async list(personId: string) {
    const rows = await this.schedules.list(await this.access.visibleUnitIds(personId));
    return { items: await Promise.all(rows.map((r) => this.summary(r, personId))) };
  }

  /** The schedule with what Temporal knows of it: next times due, recent and open runs, skipped runs. */
  async get(id: string, personId: string) {
    const row = await this.visible(id, personId);
    // A schedule removed from Temporal by hand still has its row and history here: it simply runs no more.
    const d = await this.temporal.schedule.getHandle(dutyScheduleId(id)).describe().catch((err: unknown) => {
      if (err instanceof ScheduleNotFoundError) return null;
      throw err;
    });
    if (!d) return { ...(await this.summary(row, personId)), nextRuns: [], recentRuns: [], runningRuns: [], skippedRuns: 0 };
    return {
      ...(await this.summary(row, personId)),
      nextRuns: d.info.nextActionTimes.slice(0, 5).map((t) => t.toISOString()),
      recentRuns: d.info.recentActions.slice(-10).map((a) => ({ scheduledAt: a.scheduledAt.toISOString(), startedAt: a.takenAt.toISOString(), workflowId: a.action.workflow.workflowId })),
      runningRuns: d.info.runningActions.map((a) => a.workflow.workflowId),
      skippedRuns: d.info.numActionsSkippedOverlap,
    };
  }

  async history(id: string, personId: string) {
    await this.visible(id, personId);
    return { items: await this.schedules.history(id) };
  }

  async change(id: string, dto: ChangeScheduleDto, call: CallContext) {
    const row = await this.visible(id, call.actorId);
    await this.mayManage(call.actorId, row.unitId, row.kind);
    const after = { spec: dto.spec ? plainSpec(dto.spec) : row.spec, overlap: dto.overlap ?? row.overlap, workingDay: dto.workingDay ?? row.workingDay, policyName: dto.policyName ?? row.policyName };
    await this.check(after.spec, after.policyName);
    await this.schedules.change(id, call.actorId, after, call.correlationId, () =>
      this.temporal.schedule.getHandle(dutyScheduleId(id)).update((prev) => ({ ...prev, spec: temporalSpec(after.spec, row.kind), policies: { ...prev.policies, overlap: OVERLAP[after.overlap as OverlapPolicy] } })),
    );
    return this.get(id, call.actorId);
  }

  async setPaused(id: string, paused: boolean, note: string | undefined, call: CallContext) {
    const row = await this.visible(id, call.actorId);
    await this.mayManage(call.actorId, row.unitId, row.kind);
    const text = note?.trim() ?? '';
    const handle = this.temporal.schedule.getHandle(dutyScheduleId(id));
    const changed = await this.schedules.setPaused(id, paused, call.actorId, text, call.correlationId, () => (paused ? handle.pause(text) : handle.unpause(text)));
    if (!changed) throw conflict(`Schedule ${id} is already ${paused ? 'paused' : 'running'}`);
    return this.get(id, call.actorId);
  }

  /** Starts a run now, under the schedule's overlap policy (a run still open may make Temporal skip it). */
  async trigger(id: string, note: string | undefined, call: CallContext) {
    const row = await this.visible(id, call.actorId);
    await this.mayManage(call.actorId, row.unitId, row.kind);
    // The SDK's trigger() without an argument asks for ALLOW_ALL, not the schedule's own policy.
    await this.schedules.triggered(id, call.actorId, note?.trim() ?? '', call.correlationId, () => this.temporal.schedule.getHandle(dutyScheduleId(id)).trigger(OVERLAP[row.overlap]));
    return this.get(id, call.actorId);
  }

  private action(id: string): ScheduleOptionsAction {
    return { type: 'startWorkflow', workflowType: 'dutyRunWorkflow', workflowId: dutyRunWorkflowPrefix(id), taskQueue: this.taskQueue, args: [{ scheduleId: id }] };
  }

  /** With whether this person may manage it, so that the console offers only what they may do. */
  private async summary(r: DutyScheduleRow & { unitName: string; createdByName: string }, personId: string) {
    const mayManage = await this.access.holdsKind(personId, r.unitId, managingPosts(r.kind));
    return { ...r, temporalScheduleId: dutyScheduleId(r.id), mayManage };
  }

  private async check(spec: DutySpecDto | DutySpec, policyName: string): Promise<void> {
    const problems: FieldProblem[] = validateDutySpec(spec as DutySpec, this.config.minIntervalSeconds);
    if (!(await this.policies.get(policyName).then(() => true, () => false))) problems.push({ field: 'policyName', reason: `policy "${policyName}" does not exist` });
    if (problems.length) throw new InvalidInputException(problems);
  }

  private async mayManage(personId: string, unitId: string, kind: string): Promise<void> {
    if (!(await this.access.holdsKind(personId, unitId, managingPosts(kind)))) {
      throw forbidden(kind === 'letter_round' ? `Only the principal of ${unitId} may schedule its letter rounds` : `Only the principal, a deputy or the safety officer of ${unitId} may manage its recurring duties`);
    }
  }

  /** Outside the units a person may see, a schedule answers exactly as a missing one. */
  private async visible(id: string, personId: string) {
    const row = await this.schedules.find(id);
    if (!row || !(await this.access.canSee(personId, row.unitId))) throw new NotFoundException(`Schedule ${id} does not exist`);
    return row;
  }
}
