import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { campaignReportCsv, campaignReportCsvFor } from './campaign-report.csv.js';
import { CampaignsService } from './campaigns.service.js';
import { ReportQuery, StartCampaignDto, SubmitInspectionDto } from './dto/start-campaign.dto.js';
import { CampaignDto, CampaignListDto, CampaignReportDto, CampaignUnitStateDto } from './dto/campaign.response.js';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be a campaign id (UUID)' }]) });

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @ApiOperation({ summary: 'Start a supervision campaign (专项督查) over units below the issuing unit' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiResponse({ status: 201, description: 'Started: one self-inspection per unit in scope', type: CampaignDto })
  @ApiResponse({ status: 200, description: 'Already started under this Idempotency-Key: the first campaign', type: CampaignDto })
  @ApiResponse({ status: 403, description: 'Not the principal, a deputy or the safety officer of the issuing unit' })
  @ApiResponse({ status: 422, description: 'Invalid campaign (field and reason in errors)' })
  @ApiActor()
  async start(@Body() dto: StartCampaignDto, @Call() call: CallContext, @Res({ passthrough: true }) res: Response) {
    const result = await this.campaigns.start(dto, call);
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK).location(`/campaigns/${result.campaign.id}`);
    return result.campaign;
  }

  @Get()
  @ApiOperation({ summary: 'Campaigns run by your units (or above them) or covering one of your units, newest first' })
  @ApiResponse({ status: 200, description: 'The campaigns, newest first', type: CampaignListDto })
  @ApiActor()
  list(@Actor() actorId: string) {
    return this.campaigns.list(actorId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A campaign: checklist, units and their submissions, hazards opened' })
  @ApiResponse({ status: 200, description: 'The campaign', type: CampaignDto })
  @ApiResponse({ status: 404, description: 'No such campaign, or one outside your units (the two are not told apart)' })
  @ApiActor()
  get(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.campaigns.get(id, actorId);
  }

  @Get(':id/report')
  @ApiOperation({ summary: 'The report compiled at the deadline, as JSON or (format=csv) CSV' })
  @ApiResponse({ status: 200, description: 'The report (JSON, or CSV with format=csv)', type: CampaignReportDto })
  @ApiProduces('application/json', 'text/csv')
  @ApiResponse({ status: 409, description: 'The deadline has not come yet' })
  @ApiActor()
  async report(@Param('id', uuid) id: string, @Query() q: ReportQuery, @Actor() actorId: string, @Res({ passthrough: true }) res: Response) {
    if (q.format === 'csv' && q.lang) {
      const { report, itemText } = await this.campaigns.reportWithItems(id, actorId);
      res.type('text/csv; charset=utf-8').attachment(`${report.title}.csv`);
      return campaignReportCsvFor(report, itemText, q.lang);
    }
    const report = await this.campaigns.report(id, actorId);
    if (q.format !== 'csv') return report;
    res.type('text/csv; charset=utf-8').attachment(`campaign-${id}.csv`);
    return campaignReportCsv(report);
  }

  @Post(':id/units/:unitId/inspection')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'A unit submits its self-inspection (自查), item by item; failed items open hazards once' })
  @ApiResponse({ status: 200, description: 'Recorded; the unit’s submission and the hazards it opened', type: CampaignUnitStateDto })
  @ApiResponse({ status: 403, description: 'Not the principal, a deputy, the safety officer or a department head of the unit' })
  @ApiResponse({ status: 409, description: 'The campaign has closed' })
  @ApiResponse({ status: 422, description: 'Results do not match the checklist' })
  @ApiActor()
  submit(@Param('id', uuid) id: string, @Param('unitId') unitId: string, @Body() dto: SubmitInspectionDto, @Call() call: CallContext) {
    return this.campaigns.submit(id, unitId, dto, call);
  }
}
