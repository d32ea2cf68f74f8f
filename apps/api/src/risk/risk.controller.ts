import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { AssessRiskDto, RiskAssessmentDto, RiskAssessmentListDto, RiskTemplateDto } from './dto/risk.dto.js';
import { RiskService } from './risk.service.js';

@ApiTags('risk')
@Controller()
export class RiskController {
  constructor(private readonly risk: RiskService) {}

  @Get('risk-template')
  @ApiOperation({ summary: 'The risk-assessment template (areas, groups, indicators with content, method and basis)' })
  @ApiResponse({ status: 200, description: 'The template', type: RiskTemplateDto })
  @ApiActor()
  template() {
    return this.risk.template();
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
