import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { ConfirmMeasuresDto, IssueWarningDto, LiftWarningDto } from './dto/warning.dto.js';
import { WarningDto, WarningListDto, WarningStateDto } from './dto/warning.response.js';
import { WarningsService } from './warnings.service.js';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be a warning id (UUID)' }]) });

@ApiTags('warnings')
@Controller('warnings')
export class WarningsController {
  constructor(private readonly warnings: WarningsService) {}

  @Post()
  @ApiOperation({ summary: 'Issue an early warning (预警) to units below the issuing unit, with the measures each must confirm' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiResponse({ status: 201, description: 'Issued; each unit in scope is told', type: WarningDto })
  @ApiResponse({ status: 200, description: 'Already issued under this Idempotency-Key: the first warning', type: WarningDto })
  @ApiResponse({ status: 403, description: 'Not the principal, a deputy or the safety officer of the issuing unit' })
  @ApiResponse({ status: 422, description: 'Invalid warning (field and reason in errors)' })
  @ApiActor()
  async issue(@Body() dto: IssueWarningDto, @Call() call: CallContext, @Res({ passthrough: true }) res: Response) {
    const result = await this.warnings.issue(dto, call);
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK).location(`/warnings/${result.warning.id}`);
    return result.warning;
  }

  @Get()
  @ApiOperation({ summary: 'Warnings issued by your units (or above them) or covering one of your units; in force first' })
  @ApiResponse({ status: 200, description: 'The warnings', type: WarningListDto })
  @ApiActor()
  list(@Actor() actorId: string) {
    return this.warnings.list(actorId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A warning: its measures and each unit’s confirmation' })
  @ApiResponse({ status: 200, description: 'The warning', type: WarningDto })
  @ApiResponse({ status: 404, description: 'No such warning, or one outside your units (the two are not told apart)' })
  @ApiActor()
  get(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.warnings.get(id, actorId);
  }

  @Post(':id/units/:unitId/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'A unit confirms the measures, each done or not (late after the deadline, and recorded so)' })
  @ApiResponse({ status: 200, description: 'Recorded', type: WarningStateDto })
  @ApiResponse({ status: 403, description: 'Not the principal, a deputy, the safety officer or a department head of the unit' })
  @ApiResponse({ status: 404, description: 'No such warning, or the unit is not in its scope' })
  @ApiResponse({ status: 409, description: 'Already confirmed, or the warning has been lifted' })
  @ApiResponse({ status: 422, description: 'Results do not match the measures' })
  @ApiActor()
  confirm(@Param('id', uuid) id: string, @Param('unitId') unitId: string, @Body() dto: ConfirmMeasuresDto, @Call() call: CallContext) {
    return this.warnings.confirm(id, unitId, dto, call);
  }

  @Post(':id/lift')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Lift the warning: the summary per unit is compiled' })
  @ApiResponse({ status: 200, description: 'Lifted', type: WarningStateDto })
  @ApiResponse({ status: 403, description: 'Not the principal, a deputy or the safety officer of the issuing unit' })
  @ApiResponse({ status: 404, description: 'No such warning, or one outside your units' })
  @ApiResponse({ status: 409, description: 'Already lifted' })
  @ApiActor()
  lift(@Param('id', uuid) id: string, @Body() dto: LiftWarningDto, @Call() call: CallContext) {
    return this.warnings.lift(id, dto, call);
  }
}
