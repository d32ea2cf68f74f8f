import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { AnswerSwapDto, DecideSwapDto, HandoverDto, PublishShiftsDto, RequestSwapDto, ShiftListDto, ShiftsQuery, ShiftStateDto } from './dto/shift.dto.js';
import { RosterService } from './roster.service.js';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be a shift id (UUID)' }]) });

@ApiTags('roster')
@Controller()
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  @Post('units/:unitId/shifts')
  @ApiOperation({ summary: 'Publish duty shifts (值班/值宿) of a unit ahead, each with the person on duty and optionally the leader in charge (领导带班)' })
  @ApiResponse({ status: 201, description: 'Published; each shift is watched from now on', type: ShiftListDto })
  @ApiResponse({ status: 403, description: 'Not the principal, a deputy or the safety officer of the unit' })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiResponse({ status: 422, description: 'Invalid or overlapping shifts (field and reason in errors)' })
  @ApiActor()
  publish(@Param('unitId') unitId: string, @Body() dto: PublishShiftsDto, @Call() call: CallContext) {
    return this.roster.publish(unitId, dto, call);
  }

  @Get('units/:unitId/shifts')
  @ApiOperation({ summary: 'The unit’s shifts between two instants (default: the coming seven days)' })
  @ApiResponse({ status: 200, description: 'The shifts, by start', type: ShiftListDto })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiResponse({ status: 422, description: 'Invalid period' })
  @ApiActor()
  list(@Param('unitId') unitId: string, @Query() q: ShiftsQuery, @Actor() actorId: string) {
    return this.roster.list(unitId, q, actorId);
  }

  @Get('duty/today')
  @ApiOperation({ summary: 'Today’s duty (Beijing day) across every unit you may see' })
  @ApiResponse({ status: 200, description: 'Today’s shifts', type: ShiftListDto })
  @ApiActor()
  today(@Actor() actorId: string) {
    return this.roster.today(actorId);
  }

  @Post('shifts/:id/check-in')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The person on duty checks in (from 30 minutes before the start; late is recorded as late)' })
  @ApiResponse({ status: 200, description: 'Checked in', type: ShiftStateDto })
  @ApiResponse({ status: 403, description: 'Not the person on duty' })
  @ApiResponse({ status: 404, description: 'No such shift, or one outside your units' })
  @ApiResponse({ status: 409, description: 'Already checked in, too early, or the shift is over' })
  @ApiActor()
  checkIn(@Param('id', uuid) id: string, @Call() call: CallContext) {
    return this.roster.checkIn(id, call);
  }

  @Post('shifts/:id/handover')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The person on duty files the handover log (交接班记录)' })
  @ApiResponse({ status: 200, description: 'Filed', type: ShiftStateDto })
  @ApiResponse({ status: 403, description: 'Not the person on duty' })
  @ApiResponse({ status: 404, description: 'No such shift, or one outside your units' })
  @ApiResponse({ status: 409, description: 'Not checked in, already filed, or past its grace' })
  @ApiResponse({ status: 422, description: 'No log' })
  @ApiActor()
  handover(@Param('id', uuid) id: string, @Body() dto: HandoverDto, @Call() call: CallContext) {
    return this.roster.handover(id, dto, call);
  }

  @Post('shifts/:id/swap')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '换班: the person on duty asks another of the unit to take the shift (before it starts)' })
  @ApiResponse({ status: 200, description: 'Asked; they are told', type: ShiftStateDto })
  @ApiResponse({ status: 403, description: 'Not the person on duty' })
  @ApiResponse({ status: 404, description: 'No such shift, or one outside your units' })
  @ApiResponse({ status: 409, description: 'The shift has started, or a swap is under way' })
  @ApiResponse({ status: 422, description: 'The person asked holds no post in the unit, or is already on duty for it' })
  @ApiActor()
  requestSwap(@Param('id', uuid) id: string, @Body() dto: RequestSwapDto, @Call() call: CallContext) {
    return this.roster.requestSwap(id, dto, call);
  }

  @Post('shifts/:id/swap/answer')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '换班: the person asked accepts (the safety officers are asked to approve) or declines' })
  @ApiResponse({ status: 200, description: 'Answered', type: ShiftStateDto })
  @ApiResponse({ status: 403, description: 'Not the person asked' })
  @ApiResponse({ status: 404, description: 'No such shift, or one outside your units' })
  @ApiResponse({ status: 409, description: 'No swap waits for an answer, or the shift has started' })
  @ApiActor()
  answerSwap(@Param('id', uuid) id: string, @Body() dto: AnswerSwapDto, @Call() call: CallContext) {
    return this.roster.answerSwap(id, dto, call);
  }

  @Post('shifts/:id/swap/decide')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '换班: the unit’s safety officer approves (the person on duty changes) or rejects an accepted swap' })
  @ApiResponse({ status: 200, description: 'Decided; both are told', type: ShiftStateDto })
  @ApiResponse({ status: 403, description: 'Not the safety officer of the unit' })
  @ApiResponse({ status: 404, description: 'No such shift, or one outside your units' })
  @ApiResponse({ status: 409, description: 'No accepted swap waits, or the shift has started' })
  @ApiActor()
  decideSwap(@Param('id', uuid) id: string, @Body() dto: DecideSwapDto, @Call() call: CallContext) {
    return this.roster.decideSwap(id, dto, call);
  }
}
