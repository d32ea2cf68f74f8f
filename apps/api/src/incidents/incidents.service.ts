import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { disciplineOf, incidentWorkflowId, type IncidentWorkflowInput } from '#domain';
import { HazardRepository, IncidentRepository, OrgRepository, WarningRepository } from '#persistence';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import { forwardIncidentUpdate, incidentStateQuery } from '../../../../workflows/incidents/incident.messages.js';
import { scopedIdempotencyKey, type CallContext } from '../common/call.decorator.js';
import { storedOnce } from '../common/idempotent-create.js';
import { InvalidInputException, type FieldProblem } from '../common/problem-details.js';
import { conflict, executeWorkflowUpdate, forbidden, queryWorkflow, startWorkflow } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { ForwardIncidentDto, ReportIncidentDto } from './dto/report-incident.dto.js';

const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
/** Posts that speak for a level of the chain when a report is forwarded. */
const FORWARDING_POSTS = ['principal', 'deputy', 'safety_officer'];

@Injectable()
export class IncidentsService {
  constructor(
    private readonly incidents: IncidentRepository,
    private readonly org: OrgRepository,
    private readonly hazards: HazardRepository,
    private readonly warnings: WarningRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly access: OrgAccessService,
    private readonly policies: PoliciesService,
  ) {}

  async report(dto: ReportIncidentDto, call: CallContext, now = new Date()): Promise<{ created: boolean; incident: Record<string, unknown> }> {
    const problems: FieldProblem[] = [];
    if (!(await this.org.unitExists(dto.unitId))) problems.push({ field: 'unitId', reason: `unit "${dto.unitId}" does not exist` });
    if (Date.parse(dto.occurredAt) > now.getTime() + FUTURE_TOLERANCE_MS) problems.push({ field: 'occurredAt', reason: 'must not be in the future' });
    if (problems.length) throw new InvalidInputException(problems);
    await this.access.requireUnit(call.actorId, dto.unitId, 'report incidents');
    const hazardIds = [...new Set(dto.hazardIds ?? [])];
    const below = hazardIds.length ? new Set([dto.unitId, ...(await this.org.unitsBelow(dto.unitId))]) : new Set<string>();
    for (const id of hazardIds) {
      const h = await this.hazards.findById(id);
      // A hazard the reporter may not see answers as one that does not exist.
      if (!h || !(await this.access.canSee(call.actorId, h.unitId))) problems.push({ field: 'hazardIds', reason: `hazard ${id} does not exist` });
      else if (!below.has(h.unitId)) problems.push({ field: 'hazardIds', reason: `hazard ${id} is of unit ${h.unitId}, neither ${dto.unitId} nor a unit below it` });
    }
    if (problems.length) throw new InvalidInputException(problems);
    const policy = await this.policies.get(dto.policyName ?? 'default').catch(() => {
      throw new InvalidInputException([{ field: 'policyName', reason: `policy "${dto.policyName}" does not exist` }]);
    });
    const idempotencyKey = scopedIdempotencyKey(call);
    if (idempotencyKey) {
      const existing = await this.incidents.idByIdempotencyKey(idempotencyKey);
      if (existing) return { created: false, incident: await this.get(existing, call.actorId) };
    }
    const incidentId = randomUUID();
    const warningIds = await this.warnings.inForce(dto.unitId, new Date(dto.occurredAt).toISOString());
    const input: IncidentWorkflowInput = {
      incidentId,
      unitId: dto.unitId,
      severity: dto.severity,
      title: dto.title,
      occurredAt: new Date(dto.occurredAt).toISOString(),
      reportedAt: now.toISOString(),
      reportedBy: call.actorId,
      policy: { name: policy.name, version: policy.version, incidents: disciplineOf(policy.document).incidents },
      correlationId: call.correlationId,
      ...(hazardIds.length ? { hazardIds } : {}),
      ...(warningIds.length ? { warningIds } : {}),
    };
    // As for hazards: the row and the workflow start commit together. A concurrent repeat of the
    // same request (same Idempotency-Key) that stored it first is answered as a repeat.
    const stored = await storedOnce(
      this.incidents.reportAndStart(
        {
          id: incidentId, unitId: dto.unitId, severity: dto.severity, title: dto.title, description: dto.description, occurredAt: input.occurredAt, reportedAt: input.reportedAt,
          reportedBy: call.actorId, policyName: policy.name, policyVersion: policy.version, workflowId: incidentWorkflowId(incidentId), idempotencyKey, hazardIds, warningIds,
        },
        () => startWorkflow(this.temporal, this.taskQueue, 'incidentWorkflow', incidentWorkflowId(incidentId), input),
      ),
      incidentId,
      idempotencyKey,
      (key) => this.incidents.idByIdempotencyKey(key),
    );
    return { created: stored === incidentId, incident: await this.get(stored, call.actorId) };
  }

  async list(personId: string) {
    const units = await this.access.visibleUnitIds(personId);
    const items = await this.incidents.list(units);
    return { items };
  }

  async get(id: string, personId: string) {
    const incident = await this.visible(id, personId);
    const events = await this.incidents.events(id);
    const reviews = await this.incidents.reviews(id);
    const levels = incident.levels as Array<{ unitId: string }>;
    // A person reads the levels above by name, including units above their own.
    const unitNames = new Map((await this.org.units(levels.map((l) => l.unitId))).map((u) => [u.id, u.name]));
    const live = await queryWorkflow(this.temporal, incident.workflow_id, incidentStateQuery);
    // The level that holds the report now, while it waits to be passed up (the forward rule below).
    const holding = live.live?.status === 'reporting' ? live.live.levels[live.live.current] ?? null : null;
    return {
      id: incident.id,
      unitId: incident.unit_id,
      severity: incident.severity,
      title: incident.title,
      description: incident.description,
      occurredAt: incident.occurred_at,
      reportedAt: incident.reported_at,
      reportedBy: incident.reported_by,
      status: incident.status,
      late: incident.late,
      levels: levels.map((l) => ({ ...l, unitName: unitNames.get(l.unitId) ?? null })),
      policy: { name: incident.policy_name, version: incident.policy_version },
      warnings: await this.incidents.warnings(id),
      reviews,
      events,
      ...live,
      you: { holdingUnitId: holding?.unitId ?? null, mayForward: holding ? await this.access.holdsKind(personId, holding.unitId, FORWARDING_POSTS) : false },
    };
  }

  /** The level that holds the report passes it up: its principal, a deputy or its safety officer. */
  async forward(id: string, dto: ForwardIncidentDto, call: CallContext) {
    const incident = await this.visible(id, call.actorId);
    const { live } = await queryWorkflow(this.temporal, incident.workflow_id, incidentStateQuery);
    if (!live || live.status !== 'reporting') throw conflict(`Incident ${id} is not waiting to be forwarded`);
    const level = live.levels[live.current]!;
    if (!(await this.access.holdsKind(call.actorId, level.unitId, FORWARDING_POSTS))) {
      throw forbidden(`Only the principal, a deputy or the safety officer of ${level.unitId}, which holds the report now, may forward it`);
    }
    return executeWorkflowUpdate(this.temporal, incident.workflow_id, forwardIncidentUpdate, { actorId: call.actorId, unitId: level.unitId, note: dto.note, correlationId: call.correlationId }, call, `Incident ${id}`, `Incident ${id} is not waiting to be forwarded`);
  }

  private async visible(id: string, personId: string) {
    const incident = await this.incidents.find(id);
    // Outside the person's units it answers exactly as a missing one: its existence is not disclosed.
    if (!incident || !(await this.access.canSee(personId, incident.unit_id))) throw new NotFoundException(`Incident ${id} does not exist`);
    return incident;
  }
}
