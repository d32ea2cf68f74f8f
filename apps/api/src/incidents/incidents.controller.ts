import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { ForwardIncidentDto, ReportIncidentDto } from './dto/report-incident.dto.js';
import { IncidentsService } from './incidents.service.js';
import { IncidentDto, IncidentListDto, IncidentStateDto } from './dto/incident.response.js';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be an incident id (UUID)' }]) });

@ApiTags('incidents')
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Post()
  @ApiOperation({ summary: 'Report an incident; its report is tracked up the chain and late reports (迟报) flagged' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiResponse({ status: 201, description: 'Reported', type: IncidentDto })
  @ApiResponse({ status: 200, description: 'Already reported under this Idempotency-Key: the first report', type: IncidentDto })
  @ApiResponse({ status: 403, description: 'The unit is outside your units' })
  @ApiResponse({ status: 422, description: 'Invalid report (field and reason in errors)' })
  @ApiActor()
  async report(@Body() dto: ReportIncidentDto, @Call() call: CallContext, @Res({ passthrough: true }) res: Response) {
    const result = await this.incidents.report(dto, call);
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK).location(`/incidents/${result.incident.id}`);
    return result.incident;
  }

  @Get()
  @ApiOperation({ summary: 'Incidents of your units and below' })
  @ApiResponse({ status: 200, description: 'The incidents, newest first', type: IncidentListDto })
  @ApiActor()
  list(@Actor() actorId: string) {
    return this.incidents.list(actorId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An incident: its levels, deadlines, lateness, events and reviews' })
  @ApiResponse({ status: 200, description: 'The incident', type: IncidentDto })
  @ApiActor()
  get(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.incidents.get(id, actorId);
  }

  @Post(':id/forward')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The level holding the report forwards it to the next level up' })
  @ApiResponse({ status: 200, description: 'Forwarded; the incident’s new state', type: IncidentStateDto })
  @ApiResponse({ status: 403, description: 'Not the principal, a deputy or the safety officer of the level holding the report' })
  @ApiResponse({ status: 409, description: 'The report is not waiting at a forwarding level' })
  @ApiActor()
  forward(@Param('id', uuid) id: string, @Body() dto: ForwardIncidentDto, @Call() call: CallContext) {
    return this.incidents.forward(id, dto, call);
  }
}
