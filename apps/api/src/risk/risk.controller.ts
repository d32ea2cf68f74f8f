import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { AssessRiskDto, RiskAssessmentDto, RiskAssessmentListDto } from './dto/risk.dto.js';
import { StoredRiskTemplateDto, UploadRiskTemplateDto } from './dto/risk-template.dto.js';
import { RiskService } from './risk.service.js';

@ApiTags('risk')
@Controller()
export class RiskController {
  constructor(private readonly risk: RiskService) {}

  @Get('risk-template')
  @ApiOperation({ summary: 'The default risk-assessment template shipped with Dutychain (areas, groups, indicators with content, method and basis); a province may replace it for its units' })
  @ApiResponse({ status: 200, description: 'The default template', type: StoredRiskTemplateDto })
  @ApiActor()
  template() {
    return this.risk.defaultTemplate();
  }

  @Get('units/:unitId/risk-template')
  @ApiOperation({ summary: 'The template the unit is assessed against: its province’s latest upload, or the default' })
  @ApiResponse({ status: 200, description: 'The template in force for the unit', type: StoredRiskTemplateDto })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiActor()
  unitTemplate(@Param('unitId') unitId: string, @Actor() actorId: string) {
    return this.risk.templateFor(unitId, actorId);
  }

  @Put('units/:unitId/risk-template')
  @ApiOperation({ summary: 'Upload a new version of a province’s risk-assessment template (its own indicators); its units’ assessments from now on use it, earlier ones keep theirs' })
  @ApiResponse({ status: 200, description: 'The template now in force', type: StoredRiskTemplateDto })
  @ApiResponse({ status: 403, description: 'Not the principal of this unit, or the unit is not a top-level unit (province)' })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiResponse({ status: 422, description: 'A field is missing or wrong, or an id repeats (the path of the repeat in errors[].field); nothing is stored' })
  @ApiActor()
  upload(@Param('unitId') unitId: string, @Body() dto: UploadRiskTemplateDto, @Actor() actorId: string) {
    return this.risk.upload(unitId, dto, actorId);
  }

  @Post('units/:unitId/risk-assessments')
  @ApiOperation({ summary: 'Assess a unit’s risks (风险分级管控): each 高危 result opens a major hazard, each 危险 a general one; the unit’s level follows' })
  @ApiResponse({ status: 201, description: 'Recorded; its hazards open a moment later', type: RiskAssessmentDto })
  @ApiResponse({ status: 403, description: 'Not the principal or the safety officer of the unit or of a unit above it' })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiResponse({ status: 422, description: 'Results do not match the template (field and reason in errors)' })
  @ApiActor()
  assess(@Param('unitId') unitId: string, @Body() dto: AssessRiskDto, @Call() call: CallContext) {
    return this.risk.assess(unitId, dto, call);
  }

  @Get('units/:unitId/risk-assessments')
  @ApiOperation({ summary: 'The unit’s risk level and its assessments, newest first, with the hazards they opened' })
  @ApiResponse({ status: 200, description: 'The assessments', type: RiskAssessmentListDto })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiActor()
  list(@Param('unitId') unitId: string, @Actor() actorId: string) {
    return this.risk.list(unitId, actorId);
  }
}
