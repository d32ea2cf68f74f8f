import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { CampaignReport } from '#domain';
import { campaignUnitWorkflowId, campaignWorkflowId, type CampaignInput } from '#domain';
import { CampaignRepository, OrgRepository } from '#persistence';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import { submitInspectionUpdate } from '../../../../workflows/campaigns/supervision-campaign.messages.js';
import { scopedIdempotencyKey, type CallContext } from '../common/call.decorator.js';
import { storedOnce } from '../common/idempotent-create.js';
import { InvalidInputException, type FieldProblem } from '../common/problem-details.js';
import { conflict, executeWorkflowUpdate, forbidden, startWorkflow } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { StartCampaignDto, SubmitInspectionDto } from './dto/start-campaign.dto.js';

const ISSUING_POSTS = ['principal', 'deputy', 'safety_officer'];
const SUBMITTING_POSTS = ['principal', 'deputy', 'safety_officer', 'department_head'];

@Injectable()
export class CampaignsService {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly org: OrgRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly access: OrgAccessService,
    private readonly policies: PoliciesService,
  ) {}

  async start(dto: StartCampaignDto, call: CallContext, now = new Date()) {
    const problems: FieldProblem[] = [];
    if (!(await this.org.unitExists(dto.issuerUnitId))) throw new InvalidInputException([{ field: 'issuerUnitId', reason: `unit "${dto.issuerUnitId}" does not exist` }]);
    if (!(await this.access.holdsKind(call.actorId, dto.issuerUnitId, ISSUING_POSTS))) {
      throw forbidden(`Only the principal, a deputy or the safety officer of ${dto.issuerUnitId} may start a campaign for it`);
    }
    const subtree = await this.org.unitsBelow(dto.issuerUnitId);
    const unitIds = dto.unitIds ?? subtree;
    const outside = unitIds.filter((u) => !subtree.includes(u));
    if (outside.length) problems.push({ field: 'unitIds', reason: `${outside.join(', ')} ${outside.length > 1 ? 'are' : 'is'} not below ${dto.issuerUnitId}` });
    if (unitIds.length === 0) problems.push({ field: 'unitIds', reason: `${dto.issuerUnitId} has no units below it to inspect` });
    const ids = dto.checklist.map((i) => i.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length) problems.push({ field: 'checklist', reason: `item ids must be unique; repeated: ${[...new Set(repeated)].join(', ')}` });
    if (Date.parse(dto.deadline) <= now.getTime()) problems.push({ field: 'deadline', reason: 'must be in the future' });
    const policy = await this.policies.get(dto.policyName ?? 'default').catch(() => null);
    if (!policy) problems.push({ field: 'policyName', reason: `policy "${dto.policyName}" does not exist` });
    if (problems.length) throw new InvalidInputException(problems);

    const idempotencyKey = scopedIdempotencyKey(call);
    if (idempotencyKey) {
      const existing = await this.campaigns.idByIdempotencyKey(idempotencyKey);
      if (existing) return { created: false, campaign: await this.get(existing, call.actorId) };
    }
    const campaignId = randomUUID();
    const input: CampaignInput = {
      campaignId,
      issuerUnitId: dto.issuerUnitId,
      title: dto.title,
      checklist: dto.checklist.map((i) => ({ id: i.id, text: i.text, category: i.category, severity: i.severity, ...(i.evidenceRequired ? { evidenceRequired: true } : {}) })),
      unitIds,
      startedAt: now.toISOString(),
      deadline: new Date(dto.deadline).toISOString(),
      policy: policy!,
      createdBy: call.actorId,
    };
    const row = {
      id: campaignId, issuerUnitId: dto.issuerUnitId, title: dto.title, checklist: input.checklist, deadline: input.deadline, policyName: policy!.name,
      policyVersion: policy!.version, createdBy: call.actorId, createdAt: input.startedAt, workflowId: campaignWorkflowId(campaignId), idempotencyKey,
    };
    // A concurrent repeat of the same request (same Idempotency-Key) that stored it first is answered as a repeat.
    const stored = await storedOnce(
      this.campaigns.createAndStart(row, unitIds, () => startWorkflow(this.temporal, this.taskQueue, 'supervisionCampaignWorkflow', campaignWorkflowId(campaignId), input)),
      campaignId,
      idempotencyKey,
      (key) => this.campaigns.idByIdempotencyKey(key),
    );
    return { created: stored === campaignId, campaign: await this.get(stored, call.actorId) };
  }

  /** Campaigns the person may see: run by their units or above them, or covering one of their units. */
  async list(personId: string) {
    const units = await this.access.visibleUnitIds(personId);
    const items = await this.campaigns.list(units);
    // The units the person may start a campaign from: where they hold an issuing post over units below.
    return { items, mayStartFor: await this.org.parentUnitsHeld(personId, ISSUING_POSTS) };
  }

  async get(id: string, personId: string) {
    const c = await this.visible(id, personId);
    const units = await this.campaigns.units(id);
    const [issuer] = await this.org.units([c.issuer_unit_id]);
    return {
      id: c.id, issuerUnitId: c.issuer_unit_id, issuerUnitName: issuer?.name ?? null, title: c.title, checklist: c.checklist, deadline: c.deadline, status: c.status,
      policy: { name: c.policy_name, version: c.policy_version }, createdBy: c.created_by, createdByName: await this.access.personName(c.created_by), createdAt: c.created_at, reportedAt: c.reported_at, units,
    };
  }

  async report(id: string, personId: string): Promise<CampaignReport> {
    return (await this.compiled(id, personId)).report;
  }

  /** The report with each checklist item's text by id, for the report a person reads. */
  async reportWithItems(id: string, personId: string): Promise<{ report: CampaignReport; itemText: (itemId: string) => string }> {
    const { c, report } = await this.compiled(id, personId);
    const text = new Map((c.checklist as Array<{ id: string; text: string }>).map((i) => [i.id, i.text]));
    return { report, itemText: (itemId) => text.get(itemId) ?? itemId };
  }

  private async compiled(id: string, personId: string) {
    const c = await this.visible(id, personId);
    if (!c.report) throw conflict(`The report of campaign ${id} is compiled at its deadline, ${c.deadline.toISOString()}`);
    return { c, report: c.report as CampaignReport };
  }

  /** 自查 results of one unit, by its principal, a deputy, its safety officer or a department head. */
  async submit(id: string, unitId: string, dto: SubmitInspectionDto, call: CallContext) {
    const campaign = await this.visible(id, call.actorId);
    if (!(await this.campaigns.coversAny(id, [unitId]))) throw new NotFoundException(`Unit ${unitId} is not in the scope of campaign ${id}`);
    if (!(await this.access.holdsKind(call.actorId, unitId, SUBMITTING_POSTS))) {
      throw forbidden(`Only the principal, a deputy, the safety officer or a department head of ${unitId} may submit its self-inspection`);
    }
    // The campaign starts its units' workflows a moment after POST /campaigns answers: a submission
    // that comes at once waits for its unit's workflow (bounded) instead of being told the campaign closed.
    if (campaign.deadline.getTime() > Date.now()) await this.unitWorkflowStarted(campaignUnitWorkflowId(id, unitId));
    // The unit's workflow ends at the deadline: then the refusal is ours, as its validator's was until then.
    return executeWorkflowUpdate(this.temporal, campaignUnitWorkflowId(id, unitId), submitInspectionUpdate, { actorId: call.actorId, results: dto.results, correlationId: call.correlationId }, call, `Campaign ${id} for ${unitId}`,
      `Campaign ${id} closed for submissions at ${campaign.deadline.toISOString()}`);
  }

  private async unitWorkflowStarted(workflowId: string, timeoutMs = 15_000): Promise<void> {
    for (const until = Date.now() + timeoutMs; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
      const found = await this.temporal.workflow.getHandle(workflowId).describe().then(() => true, (err: unknown) => !(err instanceof WorkflowNotFoundError));
      // Found, or Temporal answered otherwise: the update itself will say what is wrong.
      if (found) return;
    }
  }

  /** The issuing unit and the units above it see the whole campaign; so does anyone who may see a unit in scope. */
  private async visible(id: string, personId: string) {
    const c = await this.campaigns.find(id);
    if (!c) throw new NotFoundException(`Campaign ${id} does not exist`);
    const units = await this.access.visibleUnitIds(personId);
    const inScope = await this.campaigns.coversAny(id, units);
    // Outside what the person may see it answers exactly as a missing one: its existence is not disclosed.
    if (!units.includes(c.issuer_unit_id) && !inScope) throw new NotFoundException(`Campaign ${id} does not exist`);
    return c;
  }
}
