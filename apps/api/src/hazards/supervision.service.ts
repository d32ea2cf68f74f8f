import { Injectable } from '@nestjs/common';
import type { HazardWorkflowState } from '#domain';
import { listForSupervisionUpdate, reportProgressUpdate, setSupervisionTermsUpdate } from '../../../../workflows/hazards/hazard.messages.js';
import type { CallContext } from '../common/call.decorator.js';
import { forbidden } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import type { ListForSupervisionDto, ProgressReportDto, SupervisionTermsDto } from './dto/hazard-actions.dto.js';
import { HazardsService } from './hazards.service.js';

/** Who speaks for a supervising unit: its principal or its safety officer. */
const SUPERVISING_POSTS = ['principal', 'safety_officer'];

/**
 * 挂牌督办: the superior unit lists a hazard (or the top rung's lapse does), sets the terms, and
 * hears the holder's progress reports; the workflow keeps the clock and the rules.
 */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly hazards: HazardsService,
    private readonly access: OrgAccessService,
  ) {}

  async list(id: string, dto: ListForSupervisionDto, call: CallContext): Promise<HazardWorkflowState> {
    const hazard = await this.hazards.visibleHazard(id, call.actorId);
    const [superior] = await this.access.superiorUnitIds(hazard.unitId);
    if (!superior || !(await this.access.holdsKind(call.actorId, superior, SUPERVISING_POSTS))) {
      throw forbidden(superior ? `Only the principal or the safety officer of ${superior}, the unit above ${hazard.unitId}, may list its hazard for supervision` : `${hazard.unitId} has no unit above it to supervise its hazards`);
    }
    return this.hazards.act(id, call, listForSupervisionUpdate, { actorId: call.actorId, reason: dto.reason });
  }

  async setTerms(id: string, dto: SupervisionTermsDto, call: CallContext): Promise<HazardWorkflowState> {
    const hazard = await this.hazards.visibleHazard(id, call.actorId);
    // The supervising unit is the unit of the chain's top rung (the superior unit's principal).
    const rungs = hazard.chain?.rungs ?? [];
    const unitId = rungs[rungs.length - 1]?.unitId;
    if (!unitId || !(await this.access.holdsKind(call.actorId, unitId, SUPERVISING_POSTS))) {
      throw forbidden(`Only the principal or the safety officer of ${unitId ?? 'the supervising unit'} may set the supervision terms of this hazard`);
    }
    return this.hazards.act(id, call, setSupervisionTermsUpdate, {
      actorId: call.actorId, deadline: dto.deadline, supervisorId: dto.supervisorId, reportEvery: dto.reportEvery ?? null, note: dto.note ?? '',
    });
  }

  report(id: string, dto: ProgressReportDto, call: CallContext): Promise<HazardWorkflowState> {
    return this.hazards.act(id, call, reportProgressUpdate, { actorId: call.actorId, text: dto.text });
  }
}
