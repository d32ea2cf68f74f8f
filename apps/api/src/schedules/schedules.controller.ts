import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { ChangeScheduleDto, CreateScheduleDto, ScheduleNoteDto } from './dto/schedule.dto.js';
import { ScheduleDto, ScheduleHistoryDto, ScheduleListDto } from './dto/schedule.response.js';
import { SchedulesService } from './schedules.service.js';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be a schedule id (UUID)' }]) });
const MANAGERS = 'Not the principal, a deputy or the safety officer of the unit (the principal alone for a letter round)';

@ApiTags('schedules')
@Controller('schedules')
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Post()
  @ApiOperation({ summary: 'Set up a recurring duty (月度自查, 备份核查, 责任书签订) as a Temporal Schedule' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiResponse({ status: 201, description: 'Created; Temporal starts its runs', type: ScheduleDto })
  @ApiResponse({ status: 200, description: 'Already created under this Idempotency-Key: the first schedule', type: ScheduleDto })
  @ApiResponse({ status: 403, description: MANAGERS })
  @ApiResponse({ status: 422, description: 'Invalid schedule (field and reason in errors)' })
  @ApiActor()
  async create(@Body() dto: CreateScheduleDto, @Call() call: CallContext, @Res({ passthrough: true }) res: Response) {
    const result = await this.schedules.create(dto, call);
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK).location(`/schedules/${result.schedule.id}`);
    return result.schedule;
  }

  @Get()
  @ApiOperation({ summary: 'Recurring duties of the units you may see' })
  @ApiResponse({ status: 200, description: 'The schedules', type: ScheduleListDto })
  @ApiActor()
  list(@Actor() actorId: string) {
    return this.schedules.list(actorId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A recurring duty, with its next times due and its recent, open and skipped runs' })
  @ApiResponse({ status: 200, description: 'The schedule', type: ScheduleDto })
  @ApiResponse({ status: 404, description: 'No such schedule, or one outside your units (the two are not told apart)' })
  @ApiActor()
  get(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.schedules.get(id, actorId);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every change to the schedule and every event of its runs, oldest first' })
  @ApiResponse({ status: 200, description: 'The history', type: ScheduleHistoryDto })
  @ApiResponse({ status: 404, description: 'No such schedule, or one outside your units' })
  @ApiActor()
  history(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.schedules.history(id, actorId);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change when it falls due, its overlap policy, working-day rule or policy (from the next run)' })
  @ApiResponse({ status: 200, description: 'Changed', type: ScheduleDto })
  @ApiResponse({ status: 403, description: MANAGERS })
  @ApiResponse({ status: 404, description: 'No such schedule, or one outside your units' })
  @ApiResponse({ status: 422, description: 'Invalid change (field and reason in errors)' })
  @ApiActor()
  change(@Param('id', uuid) id: string, @Body() dto: ChangeScheduleDto, @Call() call: CallContext) {
    return this.schedules.change(id, dto, call);
  }

  @Post(':id/pause')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Pause: no run starts until resumed (runs already open go on)' })
  @ApiResponse({ status: 200, description: 'Paused', type: ScheduleDto })
  @ApiResponse({ status: 403, description: MANAGERS })
  @ApiResponse({ status: 404, description: 'No such schedule, or one outside your units' })
  @ApiResponse({ status: 409, description: 'Already paused' })
  @ApiActor()
  pause(@Param('id', uuid) id: string, @Body() dto: ScheduleNoteDto, @Call() call: CallContext) {
    return this.schedules.setPaused(id, true, dto.note, call);
  }

  @Post(':id/resume')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Resume a paused schedule' })
  @ApiResponse({ status: 200, description: 'Running again', type: ScheduleDto })
  @ApiResponse({ status: 403, description: MANAGERS })
  @ApiResponse({ status: 404, description: 'No such schedule, or one outside your units' })
  @ApiResponse({ status: 409, description: 'Not paused' })
  @ApiActor()
  resume(@Param('id', uuid) id: string, @Body() dto: ScheduleNoteDto, @Call() call: CallContext) {
    return this.schedules.setPaused(id, false, dto.note, call);
  }

  @Post(':id/trigger')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Start a run now (under the overlap policy: with skip, a run still open means none starts)' })
  @ApiResponse({ status: 200, description: 'Asked of Temporal; the run shows in recentRuns (or in skippedRuns)', type: ScheduleDto })
  @ApiResponse({ status: 403, description: MANAGERS })
  @ApiResponse({ status: 404, description: 'No such schedule, or one outside your units' })
  @ApiActor()
  trigger(@Param('id', uuid) id: string, @Body() dto: ScheduleNoteDto, @Call() call: CallContext) {
    return this.schedules.trigger(id, dto.note, call);
  }
}
