import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  acknowledgeUpdate,
  decideUpdate,
  requestEscalationUpdate,
  requestExtensionUpdate,
  submitPlanUpdate,
  submitRectificationUpdate,
  verifyUpdate,
} from '../../../../workflows/hazards/hazard.messages.js';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import {
  AcknowledgeDto,
  DecideDto,
  PolicyMigrationDto,
  RequestEscalationDto,
  RequestExtensionDto,
  SubmitPlanDto,
  SubmitRectificationDto,
  VerifyDto,
} from './dto/hazard-actions.dto.js';
import { ListHazardsQuery } from './dto/list-hazards.query.js';
import { ReportHazardDto } from './dto/report-hazard.dto.js';
import { Action, uuid } from './hazard-action.decorator.js';
import { HazardsService } from './hazards.service.js';
import { HazardPageService } from './hazard-page.service.js';
import { ReportUploadInterceptor } from './evidence/evidence-upload.interceptor.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { ChainVerdictDto, HazardDetailDto, HazardPageDto, HazardStatsDto, ReportedHazardDto, TimelineDto } from './dto/hazard.response.js';

@ApiTags('hazards')
@Controller('hazards')
export class HazardsController {
  constructor(
    private readonly hazards: HazardsService,
    private readonly page: HazardPageService,
    private readonly evidence: EvidenceService,
    private readonly access: OrgAccessService,
  ) {}

  @Post()
  @UseInterceptors(ReportUploadInterceptor)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiOperation({ summary: 'Report a hazard (上报); starts its workflow. As multipart/form-data, the report (JSON) in the field `report` and photos under `files`, checked before anything is stored' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeat a request safely: the same key returns the same hazard' })
  @ApiResponse({ status: 201, description: 'Reported; the workflow has started', type: ReportedHazardDto })
  @ApiResponse({ status: 200, description: 'Already reported under this Idempotency-Key or externalRef', type: ReportedHazardDto })
  @ApiResponse({ status: 403, description: 'The unit is outside your units' })
  @ApiResponse({ status: 422, description: 'Invalid report: each field and reason in `errors`' })
  @ApiResponse({ status: 503, description: 'Database or Temporal unavailable; nothing stored' })
  @ApiActor()
  async report(@Body() dto: ReportHazardDto, @UploadedFiles() files: Express.Multer.File[] | undefined, @Res({ passthrough: true }) res: Response, @Call() call: CallContext) {
    // The files are checked before the hazard exists: a refused file refuses the report.
    let prepared = null;
    if (files?.length) {
      await this.access.requireUnit(call.actorId, dto.unitId, 'report hazards');
      prepared = await this.evidence.prepareForReport(files, dto.unitId);
    }
    const result = await this.hazards.report(dto, call);
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    res.location(`/hazards/${result.hazard.id}`);
    return prepared ? { ...result.hazard, attachments: await this.evidence.attachToReport(result.hazard.id, prepared, call) } : result.hazard;
  }

  @Get()
  @ApiOperation({ summary: 'List hazards, newest first (cursor paginated)' })
  @ApiResponse({ status: 200, description: 'One page of hazards, with nextCursor', type: HazardPageDto })
  @ApiResponse({ status: 403, description: 'unitId names a unit outside your units' })
  @ApiActor()
  list(@Query() query: ListHazardsQuery, @Actor() actorId: string) {
    return this.hazards.list(query, actorId);
  }

  @Get('stats')
  @ApiOperation({ summary: 'Open, overdue and closed hazards per unit and severity, over the units you may see' })
  @ApiResponse({ status: 200, description: 'Counts per unit and severity', type: HazardStatsDto })
  @ApiActor()
  stats(@Actor() actorId: string) {
    return this.hazards.stats(actorId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A hazard: read model, requests, event log, live workflow state, the names it mentions, and what you may do now' })
  @ApiResponse({ status: 200, description: 'The hazard (live is null, with the reason, when its workflow does not answer in time)', type: HazardDetailDto })
  @ApiResponse({ status: 404, description: 'No such hazard, or one outside your units (the two are not told apart)' })
  @ApiActor()
  get(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.page.detail(id, actorId);
  }

  @Get(':id/timeline')
  @ApiActor()
  @ApiOperation({ summary: 'The hazard’s append-only, hash-chained event log' })
  @ApiResponse({ status: 200, description: 'The events with their hashes, in order', type: TimelineDto })
  @ApiResponse({ status: 404, description: 'No such hazard, or one outside your units (the two are not told apart)' })
  timeline(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.hazards.timeline(id, actorId);
  }

  @Get(':id/timeline/verify')
  @ApiActor()
  @ApiOperation({ summary: 'Recompute the hash chain; reports the first broken link, if any' })
  @ApiResponse({ status: 200, description: 'The verdict: valid, the first broken link, and the workflow’s witness of the head', type: ChainVerdictDto })
  @ApiResponse({ status: 404, description: 'No such hazard, or one outside your units (the two are not told apart)' })
  verifyTimeline(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.hazards.verifyTimeline(id, actorId);
  }

  @Post(':id/acknowledge')
  @Action('The holder acknowledges the hazard')
  acknowledge(@Param('id', uuid) id: string, @Body() dto: AcknowledgeDto, @Call() call: CallContext) {
    return this.hazards.act(id, call, acknowledgeUpdate, { actorId: call.actorId, note: dto.note });
  }

  @Post(':id/submit-plan')
  @Action('The holder submits the rectification plan (major hazards: the five in place, 五落实)')
  submitPlan(@Param('id', uuid) id: string, @Body() dto: SubmitPlanDto, @Call() call: CallContext) {
    return this.hazards.act(id, call, submitPlanUpdate, { actorId: call.actorId, plan: { ...dto.plan } });
  }

  @Post(':id/request-extension')
  @Action('The holder asks the next leader up for a later deadline')
  requestExtension(@Param('id', uuid) id: string, @Body() dto: RequestExtensionDto, @Call() call: CallContext) {
    return this.hazards.act(id, call, requestExtensionUpdate, { actorId: call.actorId, newDeadline: dto.newDeadline, reason: dto.reason });
  }

  @Post(':id/request-escalation')
  @Action('The holder asks the next leader up for help they cannot give themselves')
  requestEscalation(@Param('id', uuid) id: string, @Body() dto: RequestEscalationDto, @Call() call: CallContext) {
    return this.hazards.act(id, call, requestEscalationUpdate, { actorId: call.actorId, reason: dto.reason, needs: dto.needs, mode: dto.mode });
  }

  @Post(':id/decide')
  @Action('The leader on the next rung approves or rejects a pending request')
  decide(@Param('id', uuid) id: string, @Body() dto: DecideDto, @Call() call: CallContext) {
    return this.hazards.act(id, call, decideUpdate, { actorId: call.actorId, requestId: dto.requestId, approve: dto.approve, comment: dto.comment });
  }

  @Post(':id/submit-rectification')
  @Action('The holder reports the rectification with evidence')
  submitRectification(@Param('id', uuid) id: string, @Body() dto: SubmitRectificationDto, @Call() call: CallContext) {
    return this.hazards.act(id, call, submitRectificationUpdate, { actorId: call.actorId, summary: dto.summary, evidence: dto.evidence });
  }

  @Post(':id/verify')
  @Action('A verifier other than the rectifier passes or fails the rectification (验收)')
  verify(@Param('id', uuid) id: string, @Body() dto: VerifyDto, @Call() call: CallContext) {
    return this.hazards.act(id, call, verifyUpdate, { actorId: call.actorId, passed: dto.passed, comment: dto.comment });
  }

  @Post(':id/policy-migration')
  @Action('A supervisor moves the hazard to a newer escalation policy version')
  migratePolicy(@Param('id', uuid) id: string, @Body() dto: PolicyMigrationDto, @Call() call: CallContext) {
    return this.hazards.migratePolicy(id, dto, call);
  }
}
