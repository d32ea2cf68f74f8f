import { HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hazardWorkflowId, type ChainRung, type HazardIntake, type HazardWorkflowInput, type HazardWorkflowState } from '#domain';
import { ApprovalRequestEntity, HazardEntity, HazardEventEntity, insertHazardIntake, verifyChain } from '#persistence';
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
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly policies: PoliciesService,
    private readonly access: OrgAccessService,
  ) {}

  async report(dto: ReportHazardDto, call: CallContext, now = new Date()): Promise<ReportResult> {
    const { idempotencyKey, actorId: reporterId } = call;
    await this.checkReferences(dto, now);
    await this.access.requireUnit(reporterId, dto.unitId, 'report hazards');
    const policy = await this.policies.get(dto.policyName ?? 'default').catch(() => {
      throw new InvalidInputException([{ field: 'policyName', reason: `policy "${dto.policyName}" does not exist` }]);
    });
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
      correlationId: call.correlationId,
    };

    // The row and the workflow start commit together: a failed start rolls the row back, so a
    // 503 leaves nothing behind. The workflow re-writes the row idempotently should the commit
    // itself be lost after the start.
    const inserted = await this.ds.transaction(async (m) => {
      if (!(await insertHazardIntake(m, intake))) return false;
      await startWorkflow(this.temporal, this.taskQueue, 'hazardWorkflow', hazardWorkflowId(hazardId), { intake, policy } satisfies HazardWorkflowInput, {
        memo: { unitId: intake.unitId, severity: intake.severity, correlationId: call.correlationId, reportedBy: reporterId },
      });
      return true;
    });
    if (!inserted) {
      // A concurrent request with the same key or reference won the race.
      const winner = await this.findDuplicate(dto, idempotencyKey, intakeHash);
      if (winner) return { created: false, hazard: hazardView(winner) };
      throw new ProblemException(HttpStatus.CONFLICT, 'conflict', 'Conflict', 'The hazard could not be stored; retry the request');
    }
    return { created: true, hazard: hazardView(await this.ds.getRepository(HazardEntity).findOneByOrFail({ id: hazardId })) };
  }

  /** The hazard, provided the person may see it; 404 when it does not exist, 403 when it is not theirs to see. */
  async visibleHazard(id: string, personId: string): Promise<HazardEntity> {
    const hazard = await this.ds.getRepository(HazardEntity).findOneBy({ id });
    if (!hazard) throw new NotFoundException(`Hazard ${id} does not exist`);
    await this.access.requireUnit(personId, hazard.unitId, 'see and act on hazards');
    return hazard;
  }

  async get(id: string, personId: string) {
    const hazard = await this.visibleHazard(id, personId);
    const events = await this.ds.getRepository(HazardEventEntity).find({ where: { hazardId: id }, order: { sequence: 'ASC' } });
    const [responsible]: Array<{ name: string }> = hazard.responsiblePersonId
      ? await this.ds.query(`SELECT name FROM people WHERE id = $1`, [hazard.responsiblePersonId])
      : [];
    const requests = await this.ds.getRepository(ApprovalRequestEntity).find({ where: { hazardId: id }, order: { createdAt: 'ASC' } });
    return {
      ...hazardView(hazard),
      responsiblePerson: hazard.responsiblePersonId ? { id: hazard.responsiblePersonId, name: responsible?.name ?? null } : null,
      requests: requests.map((r) => ({ id: r.id, kind: r.kind, status: r.status, requestedBy: r.requestedBy, deciderId: r.deciderId, deadline: r.deadline.toISOString(), lapsedBy: r.lapsedBy, decidedBy: r.decidedBy, comment: r.comment, details: r.details })),
      events: events.map(eventView),
      ...(await this.liveState(hazard.workflowId)),
    };
  }

  /** The hash-chained event log of a hazard (append-only, one row per state change). */
  async timeline(id: string, personId: string) {
    await this.visibleHazard(id, personId);
    const events = await this.ds.getRepository(HazardEventEntity).find({ where: { hazardId: id }, order: { sequence: 'ASC' } });
    return { hazardId: id, events: events.map((e) => ({ ...eventView(e), correlationId: e.correlationId, prevHash: e.prevHash, hash: e.hash })) };
  }

  /** Recomputes the chain and names the first row whose hash or link does not hold. */
  async verifyTimeline(id: string, personId: string) {
    await this.visibleHazard(id, personId);
    const events = await this.ds.getRepository(HazardEventEntity).find({ where: { hazardId: id }, order: { sequence: 'ASC' } });
    return { hazardId: id, ...verifyChain(events) };
  }

  /** Counts per visible unit and severity: the leaders' overview (and its chart). */
  async stats(personId: string) {
    const units = await this.access.visibleUnitIds(personId);
    const rows: Array<{ unitId: string; unitName: string; severity: string; open: number; overdue: number; closed: number }> = await this.ds.query(
      `SELECT u.id AS "unitId", u.name AS "unitName", s.severity,
              count(h.id) FILTER (WHERE h.status NOT IN ('closed', 'unassigned'))::int AS open,
              count(h.id) FILTER (WHERE h.status <> 'closed' AND h.stage_deadline < now())::int AS overdue,
              count(h.id) FILTER (WHERE h.status = 'closed')::int AS closed
         FROM units u CROSS JOIN (VALUES ('general'), ('major')) AS s(severity)
         LEFT JOIN hazards h ON h.unit_id = u.id AND h.severity = s.severity
        WHERE u.id = ANY($1)
        GROUP BY u.id, u.name, s.severity ORDER BY u.id, s.severity`,
      [units],
    );
    return { units: rows };
  }

  async list(q: ListHazardsQuery, personId: string) {
    const limit = q.limit ?? 20;
    const qb = this.ds.getRepository(HazardEntity).createQueryBuilder('h');
    const units = await this.access.visibleUnitIds(personId);
    if (q.unitId) requireAmong(units, q.unitId, 'list hazards');
    qb.andWhere('h.unit_id = ANY(:units)', { units });
    if (q.unitId) qb.andWhere('h.unit_id = :unitId', { unitId: q.unitId });
    if (q.status) qb.andWhere('h.status = :status', { status: q.status });
    if (q.severity) qb.andWhere('h.severity = :severity', { severity: q.severity });
    if (q.responsiblePersonId) qb.andWhere('h.responsible_person_id = :holder', { holder: q.responsiblePersonId });
    if (q.overdue === 'true') qb.andWhere(`h.status <> 'closed' AND h.stage_deadline < now()`);
    if (q.overdue === 'false') qb.andWhere(`(h.status = 'closed' OR h.stage_deadline IS NULL OR h.stage_deadline >= now())`);
    if (q.cursor) qb.andWhere('(h.created_at, h.id) < (:at, :id)', decodeCursor(q.cursor, /^[0-9a-f-]{36}$/));
    // Overdue hazards are few and none of the newest: walking the newest-first index to find
    // them reads most of the table (56 ms on 100,000 rows). Ordering by an expression that index
    // cannot serve makes the planner take the overdue index and sort the few rows it yields
    // (docs/benchmarks.md, "Tuning").
    const newestFirst = q.overdue === 'true' ? "h.created_at + interval '0 seconds'" : 'h.created_at';
    const rows = await qb.orderBy(newestFirst, 'DESC').addOrderBy('h.id', 'DESC').limit(limit + 1).getMany();
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
   * whoever holds that post now acts for them (recorded as `actsFor`).
   */
  private async succession<Arg extends ActionInput>(hazard: HazardEntity, updateName: string, arg: Arg): Promise<Arg> {
    const chain = hazard.chain;
    if (!chain) return arg;
    let rung: ChainRung | undefined;
    if (HOLDER_ACTIONS.has(updateName) && hazard.currentRung !== null) rung = chain.rungs[hazard.currentRung];
    if (updateName === decideUpdate.name) {
      const pending = await this.ds.getRepository(ApprovalRequestEntity).findOneBy({ hazardId: hazard.id, status: 'pending' });
      rung = chain.rungs.find((r) => r.person.id === pending?.deciderId);
    }
    if (updateName === verifyUpdate.name) return this.verifierSuccession(hazard, arg);
    if (!rung) return arg;
    const pinned = rung.person.id;
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
    const [unit] = await this.ds.query(`SELECT id FROM units WHERE id = $1`, [dto.unitId]);
    if (!unit) problems.push({ field: 'unitId', reason: `unit "${dto.unitId}" does not exist` });
    const [person] = await this.ds.query(`SELECT id FROM people WHERE id = $1`, [dto.discoveredBy]);
    if (!person) problems.push({ field: 'discoveredBy', reason: `person "${dto.discoveredBy}" does not exist` });
    const discovered = Date.parse(dto.discoveredAt);
    if (discovered > now.getTime() + FUTURE_TOLERANCE_MS) problems.push({ field: 'discoveredAt', reason: 'must not be in the future' });
    if (problems.length) throw new InvalidInputException(problems);
  }

  private async findDuplicate(dto: ReportHazardDto, key: string | null, intakeHash: string): Promise<HazardEntity | null> {
    const repo = this.ds.getRepository(HazardEntity);
    if (key) {
      const byKey = await repo.findOneBy({ idempotencyKey: key });
      if (byKey && byKey.intakeHash !== intakeHash) {
        throw new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'idempotency-key-reused',
          'Idempotency-Key reused',
          'This Idempotency-Key was already used for a different report; use a new key for a new hazard',
          { errors: [{ field: 'Idempotency-Key', reason: 'already used for a different report' }] },
        );
      }
      if (byKey) return byKey;
    }
    if (dto.externalRef) {
      const byRef = await repo.findOneBy({ unitId: dto.unitId, externalRef: dto.externalRef });
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
