import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { PlanDrillDto, RecordDrillDto, RegisterPlanDto, RevisePlanDto } from './dto/plan.dto.js';
import { ContingencyPlanDto, ContingencyPlanListDto } from './dto/plan.response.js';
import { PlansService } from './plans.service.js';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be a plan id (UUID)' }]) });
const MANAGERS = 'Not the plan’s owner, nor the principal, a deputy or the safety officer of the unit';

@ApiTags('plans')
@Controller()
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post('units/:unitId/plans')
  @ApiOperation({ summary: 'Register a contingency plan (应急预案) of the unit: its type, owner, version and review date' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiResponse({ status: 201, description: 'Registered; its review is watched from now', type: ContingencyPlanDto })
  @ApiResponse({ status: 200, description: 'Already registered under this Idempotency-Key: the first plan', type: ContingencyPlanDto })
  @ApiResponse({ status: 403, description: 'Not the principal, a deputy or the safety officer of the unit' })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiResponse({ status: 422, description: 'Invalid plan (field and reason in errors)' })
  @ApiActor()
  async register(@Param('unitId') unitId: string, @Body() dto: RegisterPlanDto, @Call() call: CallContext, @Res({ passthrough: true }) res: Response) {
    const result = await this.plans.register(unitId, dto, call);
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK).location(`/plans/${result.plan.id}`);
    return result.plan;
  }

  @Get('units/:unitId/plans')
  @ApiOperation({ summary: 'The unit’s plan register: each plan’s review status and this year’s drills against the policy’s count' })
  @ApiResponse({ status: 200, description: 'The register', type: ContingencyPlanListDto })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiActor()
  list(@Param('unitId') unitId: string, @Actor() actorId: string) {
    return this.plans.list(unitId, actorId);
  }

  @Get('plans/:id')
  @ApiOperation({ summary: 'A contingency plan with its drills and the hazards their findings opened' })
  @ApiResponse({ status: 200, description: 'The plan', type: ContingencyPlanDto })
  @ApiResponse({ status: 404, description: 'No such plan, or one outside your units (the two are not told apart)' })
  @ApiActor()
  get(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.plans.get(id, actorId);
  }

  @Post('plans/:id/revise')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Revise a plan (修订): a new version and the next review date; its reminders start again' })
  @ApiResponse({ status: 200, description: 'Revised', type: ContingencyPlanDto })
  @ApiResponse({ status: 403, description: MANAGERS })
  @ApiResponse({ status: 404, description: 'No such plan, or one outside your units' })
  @ApiResponse({ status: 422, description: 'Invalid revision (field and reason in errors)' })
  @ApiActor()
  revise(@Param('id', uuid) id: string, @Body() dto: RevisePlanDto, @Call() call: CallContext) {
    return this.plans.revise(id, dto, call);
  }

  @Post('units/:unitId/drills')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Plan a drill (演练) under one of the unit’s plans; not recorded in time after its date, it is a missed drill' })
  @ApiResponse({ status: 200, description: 'Planned; the plan with its drills', type: ContingencyPlanDto })
  @ApiResponse({ status: 403, description: MANAGERS })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiResponse({ status: 422, description: 'Invalid drill, e.g. a plan of another unit (field and reason in errors)' })
  @ApiActor()
  planDrill(@Param('unitId') unitId: string, @Body() dto: PlanDrillDto, @Call() call: CallContext) {
    return this.plans.planDrill(unitId, dto, call);
  }

  @Post('units/:unitId/drill-records')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Record a drill held: date, participants, scenario and findings; each finding may open a hazard' })
  @ApiResponse({ status: 200, description: 'Recorded; the plan with its drills (hazards open a moment later)', type: ContingencyPlanDto })
  @ApiResponse({ status: 403, description: MANAGERS })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiResponse({ status: 409, description: 'That drill is already recorded' })
  @ApiResponse({ status: 422, description: 'Invalid record, e.g. a plan of another unit (field and reason in errors)' })
  @ApiActor()
  recordDrill(@Param('unitId') unitId: string, @Body() dto: RecordDrillDto, @Call() call: CallContext) {
    return this.plans.recordDrill(unitId, dto, call);
  }
}
