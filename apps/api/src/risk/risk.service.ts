import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DEFAULT_RISK_TEMPLATE, riskAssessmentWorkflowId, riskLevel, templateIndicators, validateRiskTemplate, type RiskAssessmentInput } from '#domain';
import { OrgRepository, RiskAssessmentRepository, RiskTemplateRepository } from '#persistence';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import type { CallContext } from '../common/call.decorator.js';
import { InvalidInputException, type FieldProblem } from '../common/problem-details.js';
import { forbidden, startWorkflow } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { AssessRiskDto } from './dto/risk.dto.js';
import type { UploadRiskTemplateDto } from './dto/risk-template.dto.js';

const ASSESSING_POSTS = ['principal', 'safety_officer'];

/** 风险分级管控: a unit assesses itself (or its superior assesses it) against the template. */
@Injectable()
export class RiskService {
  constructor(
    private readonly risk: RiskAssessmentRepository,
    private readonly templates: RiskTemplateRepository,
    private readonly org: OrgRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly access: OrgAccessService,
    private readonly policies: PoliciesService,
  ) {}

  defaultTemplate() {
    return { ...DEFAULT_RISK_TEMPLATE, version: 0, uploadedBy: null, uploadedByName: null, uploadedAt: null, note: null };
  }

  async templateFor(unitId: string, personId: string) {
    if (!(await this.access.canSee(personId, unitId))) throw new NotFoundException(`Unit ${unitId} does not exist`);
    return (await this.templates.forUnit(unitId))!;
  }

  /** A province's own template, as a new version; a repeated id anywhere is named by its path. */
  async upload(unitId: string, dto: UploadRiskTemplateDto, actorId: string) {
    if (!(await this.access.canSee(actorId, unitId))) throw new NotFoundException(`Unit ${unitId} does not exist`);
    const current = (await this.templates.forUnit(unitId))!;
    if (current.provinceId !== unitId || !(await this.access.holdsKind(actorId, unitId, ['principal']))) {
      throw forbidden(`Only the principal of a top-level unit may change its risk-assessment template; ${unitId} is ${current.provinceId === unitId ? 'not yours' : `under ${current.provinceId}`}`);
    }
    const template = { name: dto.name, areas: dto.areas.map((a) => ({ id: a.id, name: a.name, groups: a.groups.map((g) => ({ id: g.id, name: g.name, indicators: g.indicators.map(({ id, content, method, basis, category }) => ({ id, content, method, basis, category })) })) })) };
    const problems = validateRiskTemplate(template);
    if (problems.length) throw new InvalidInputException(problems);
    await this.templates.upload(unitId, template, actorId, dto.note);
    return this.templates.forUnit(unitId);
  }

  async assess(unitId: string, dto: AssessRiskDto, call: CallContext, now = new Date()) {
    if (!(await this.access.canSee(call.actorId, unitId))) throw new NotFoundException(`Unit ${unitId} does not exist`);
    const as = await this.assessesAs(call.actorId, unitId);
    if (!as) throw forbidden(`Only the principal or the safety officer of ${unitId}, or of a unit above it, may assess its risks`);
    const bySuperior = as === 'superior';
    const template = (await this.templates.forUnit(unitId))!;
    const indicators = templateIndicators(template);
    const problems: FieldProblem[] = [];
    const given = dto.results.map((r) => r.indicatorId);
    dto.results.forEach((r, i) => {
      if (!indicators.some((x) => x.id === r.indicatorId)) problems.push({ field: `results[${i}].indicatorId`, reason: `${r.indicatorId} is not an indicator of the template` });
      else if (given.indexOf(r.indicatorId) !== i) problems.push({ field: `results[${i}].indicatorId`, reason: `${r.indicatorId} is given more than once` });
    });
    const missing = indicators.filter((x) => !given.includes(x.id)).map((x) => x.id);
    if (missing.length) problems.push({ field: 'results', reason: `every indicator needs a result; missing ${missing.join(', ')}` });
    const policy = await this.policies.get(dto.policyName ?? 'default').catch(() => null);
    if (!policy) problems.push({ field: 'policyName', reason: `policy "${dto.policyName}" does not exist` });
    if (problems.length) throw new InvalidInputException(problems);

    const assessmentId = randomUUID();
    const input: RiskAssessmentInput = {
      assessmentId, unitId, assessedBy: call.actorId, assessedAt: now.toISOString(), bySuperior, level: riskLevel(dto.results), policy: policy!,
      findings: dto.results.filter((r) => r.result !== 'none').map((r) => ({ indicator: indicators.find((x) => x.id === r.indicatorId)!, result: r.result as 'high' | 'danger', note: r.note ?? null })),
    };
    await this.risk.create(
      { id: assessmentId, unitId, template: template.name, templateVersion: template.version, results: dto.results, level: input.level, assessedBy: call.actorId, assessedAt: input.assessedAt, bySuperior, workflowId: riskAssessmentWorkflowId(assessmentId) },
      () => startWorkflow(this.temporal, this.taskQueue, 'riskAssessmentWorkflow', riskAssessmentWorkflowId(assessmentId), input),
    );
    return (await this.risk.list(unitId)).find((a) => a.id === assessmentId)!;
  }

  async list(unitId: string, personId: string) {
    if (!(await this.access.canSee(personId, unitId))) throw new NotFoundException(`Unit ${unitId} does not exist`);
    return { level: await this.risk.unitLevel(unitId), mayAssess: (await this.assessesAs(personId, unitId)) !== null, items: await this.risk.list(unitId) };
  }

  /** As the unit itself (自查), as a unit above it (督查), or not at all. */
  private async assessesAs(personId: string, unitId: string): Promise<'unit' | 'superior' | null> {
    if (await this.access.holdsKind(personId, unitId, ASSESSING_POSTS)) return 'unit';
    const above = await this.org.superiorUnitIds(unitId);
    return (await Promise.all(above.map((u) => this.access.holdsKind(personId, u, ASSESSING_POSTS)))).some(Boolean) ? 'superior' : null;
  }
}
