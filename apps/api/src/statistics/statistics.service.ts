import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { StatisticsReportRepository } from '#persistence';
import { TEMPORAL_CLIENT } from '#temporal';
import { confirmStatisticsUpdate } from '../../../../workflows/statistics/statistics-report.messages.js';
import type { CallContext } from '../common/call.decorator.js';
import { executeWorkflowUpdate, forbidden, withoutWorkflowId as strip } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import type { ConfirmStatisticsDto } from './dto/statistics.dto.js';

const CONFIRMING_POSTS = ['principal', 'deputy', 'safety_officer'];

/** 季度统计报告 as people read and confirm it: each sees the units of it they may see. */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly reports: StatisticsReportRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly access: OrgAccessService,
  ) {}

  async list(personId: string) {
    return { items: (await this.reports.list(await this.access.visibleUnitIds(personId))).map(strip) };
  }

  async get(id: string, personId: string) {
    const { report, visible, units: all } = await this.visible(id, personId);
    const units = all.filter((u) => visible.includes(u.unitId));
    const settled = (unitId: string) => all.filter((u) => u.parentUnitId === unitId).every((u) => u.status !== 'pending');
    return {
      ...strip(report),
      units: await Promise.all(units.map(async (u) => ({
        ...u,
        mayConfirm: (u.status === 'pending' || u.status === 'late') && settled(u.unitId) && (await this.access.holdsKind(personId, u.unitId, CONFIRMING_POSTS)),
      }))),
    };
  }

  async confirm(id: string, unitId: string, dto: ConfirmStatisticsDto, call: CallContext) {
    const { report, visible, units } = await this.visible(id, call.actorId);
    const unit = units.find((u) => u.unitId === unitId);
    if (!unit || !visible.includes(unitId)) throw new NotFoundException(`Unit ${unitId} is not in statistics report ${id}`);
    if (!(await this.access.holdsKind(call.actorId, unitId, CONFIRMING_POSTS))) throw forbidden(`Only the principal, a deputy or the safety officer of ${unit.unitName} may confirm its statistics`);
    return executeWorkflowUpdate(this.temporal, report.workflowId, confirmStatisticsUpdate, { actorId: call.actorId, unitId, note: dto.note, correlationId: call.correlationId }, call, `Statistics report ${id}`, `Statistics report ${id} cannot take this confirmation now`);
  }

  /** A report exists for a person who may see one of its units; otherwise it answers as missing. */
  private async visible(id: string, personId: string) {
    const [report, units, visible] = await Promise.all([this.reports.find(id), this.reports.units(id), this.access.visibleUnitIds(personId)]);
    if (!report || !units.some((u) => visible.includes(u.unitId))) throw new NotFoundException(`Statistics report ${id} does not exist`);
    return { report, visible, units };
  }
}
