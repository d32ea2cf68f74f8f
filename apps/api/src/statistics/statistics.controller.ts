import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { ConfirmStatisticsDto, StatisticsReportDto, StatisticsReportListDto, StatisticsStateDto } from './dto/statistics.dto.js';
import { StatisticsService } from './statistics.service.js';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be a statistics report id (UUID)' }]) });

@ApiTags('statistics')
@Controller('statistics-reports')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @ApiOperation({ summary: 'Quarterly statistics reports (季度统计报告) that any of your units takes part in, newest first' })
  @ApiResponse({ status: 200, description: 'The reports', type: StatisticsReportListDto })
  @ApiActor()
  list(@Actor() actorId: string) {
    return this.statistics.list(actorId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A report with each unit you may see: its deadline, status, own figures and the total it sent up' })
  @ApiResponse({ status: 200, description: 'The report', type: StatisticsReportDto })
  @ApiResponse({ status: 404, description: 'No such report, or none of its units is yours' })
  @ApiActor()
  get(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.statistics.get(id, actorId);
  }

  @Post(':id/units/:unitId/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm a unit’s figures, with those the units below it sent up, and send them up (after its level’s deadline: recorded as late)' })
  @ApiResponse({ status: 200, description: 'Confirmed and sent up', type: StatisticsStateDto })
  @ApiResponse({ status: 403, description: 'Not the principal, a deputy or the safety officer of the unit' })
  @ApiResponse({ status: 404, description: 'No such report, or the unit is not in it or not yours' })
  @ApiResponse({ status: 409, description: 'Already confirmed, or units below it have not reported yet' })
  @ApiActor()
  confirm(@Param('id', uuid) id: string, @Param('unitId') unitId: string, @Body() dto: ConfirmStatisticsDto, @Call() call: CallContext) {
    return this.statistics.confirm(id, unitId, dto, call);
  }
}
