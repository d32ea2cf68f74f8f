import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { AssessmentQuery } from './assessment.query.js';
import { UnitsService } from './units.service.js';
import { ScorecardDto } from './dto/scorecard.response.js';
import { AssessmentDto } from './dto/assessment.response.js';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get(':id/scorecard')
  @ApiOperation({ summary: 'Open, overdue and closed hazards by severity, median time to rectify, lapses, yellow cards and sanctions in force' })
  @ApiResponse({ status: 200, description: 'The scorecard', type: ScorecardDto })
  @ApiResponse({ status: 403, description: 'The unit is outside your units' })
  @ApiResponse({ status: 404, description: 'No such unit' })
  @ApiActor()
  scorecard(@Param('id') id: string, @Actor() actorId: string) {
    return this.units.scorecard(id, actorId);
  }

  @Get(':id/assessment')
  @ApiOperation({ summary: 'Annual safety assessment: fails on any one-vote veto (一票否决)' })
  @ApiResponse({ status: 200, description: 'The assessment: passed, and each veto', type: AssessmentDto })
  @ApiResponse({ status: 403, description: 'The unit is outside your units' })
  @ApiResponse({ status: 404, description: 'No such unit' })
  @ApiActor()
  assessment(@Param('id') id: string, @Query() q: AssessmentQuery, @Actor() actorId: string) {
    return this.units.assessment(id, q.year, actorId);
  }
}
