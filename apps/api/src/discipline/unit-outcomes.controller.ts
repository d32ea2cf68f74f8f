import { Body, Controller, HttpStatus, Injectable, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { chinaYear } from '#domain';
import { HazardRepository, OrgRepository, UnitOutcomeRefused, UnitOutcomeRepository, type UnitOutcome } from '#persistence';
import { ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { InvalidInputException, ProblemException } from '../common/problem-details.js';
import { conflict, forbidden } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { CirculateCriticismDto, CommendUnitDto, UnitOutcomeDto } from './dto/unit-outcome.dto.js';

/** 通报批评 and 表彰: decided by the principal of a unit above the unit. */
@Injectable()
export class UnitOutcomesService {
  constructor(
    private readonly outcomes: UnitOutcomeRepository,
    private readonly hazards: HazardRepository,
    private readonly org: OrgRepository,
    private readonly access: OrgAccessService,
  ) {}

  async criticise(unitId: string, dto: CirculateCriticismDto, call: CallContext): Promise<UnitOutcome> {
    const byUnitId = await this.superiorPrincipal(unitId, call.actorId, 'circulate criticism of');
    const hazardIds = [...new Set(dto.hazardIds ?? [])];
    const problems = [];
    for (const id of hazardIds) {
      const h = await this.hazards.findById(id);
      if (h?.unitId !== unitId) problems.push({ field: 'hazardIds', reason: `hazard ${id} is not a hazard of unit ${unitId}` });
    }
    if (problems.length) throw new InvalidInputException(problems);
    return this.outcomes.circulateCriticism({ unitId, byUnitId, actorId: call.actorId, year: dto.year, reason: dto.reason, hazardIds, correlationId: call.correlationId });
  }

  async commend(unitId: string, dto: CommendUnitDto, call: CallContext): Promise<UnitOutcome> {
    const byUnitId = await this.superiorPrincipal(unitId, call.actorId, 'commend');
    const { start, end } = chinaYear(dto.year);
    const to = new Date(Math.min(end, Date.now()));
    if (start > Date.now()) throw new InvalidInputException([{ field: 'year', reason: `${dto.year} has not begun` }]);
    try {
      return await this.outcomes.commend({ unitId, byUnitId, actorId: call.actorId, year: dto.year, from: new Date(start), to, reason: dto.reason, correlationId: call.correlationId });
    } catch (err) {
      if (!(err instanceof UnitOutcomeRefused)) throw err;
      if (err.code === 'already_commended') throw conflict(err.message);
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'has-lapses', 'The unit has lapses in the year', err.message);
    }
  }

  /** The unit above it whose principal the actor is; outside what they may see, the unit does not exist. */
  private async superiorPrincipal(unitId: string, actorId: string, doing: string): Promise<string> {
    if (!(await this.org.unitExists(unitId)) || !(await this.access.canSee(actorId, unitId))) throw new NotFoundException(`Unit ${unitId} does not exist`);
    const above = await this.access.superiorUnitIds(unitId);
    const byUnitId = await this.org.principalUnitAmong(actorId, above);
    if (!byUnitId) throw forbidden(`Only the principal of a unit above ${unitId} may ${doing} it`);
    return byUnitId;
  }
}

@ApiTags('units')
@Controller('units')
export class UnitOutcomesController {
  constructor(private readonly outcomes: UnitOutcomesService) {}

  @Post(':id/criticisms')
  @ApiOperation({ summary: 'Circulate criticism (通报批评) of a unit: the principal of a unit above it, with the reason and the hazards behind it' })
  @ApiResponse({ status: 201, description: 'Recorded in the unit’s stream; the unit’s principal is notified', type: UnitOutcomeDto })
  @ApiResponse({ status: 403, description: 'Not the principal of a unit above it' })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiResponse({ status: 422, description: 'Invalid field (named in errors)' })
  @ApiActor()
  criticise(@Param('id') id: string, @Body() dto: CirculateCriticismDto, @Call() call: CallContext) {
    return this.outcomes.criticise(id, dto, call);
  }

  @Post(':id/commendations')
  @ApiOperation({ summary: 'Commend (表彰) a unit with no lapse in the year: the principal of a unit above it' })
  @ApiResponse({ status: 201, description: 'Recorded in the unit’s stream with the lapses checked (all zero); the unit’s principal is notified', type: UnitOutcomeDto })
  @ApiResponse({ status: 403, description: 'Not the principal of a unit above it' })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  @ApiResponse({ status: 409, description: 'Already commended for that year' })
  @ApiResponse({ status: 422, description: 'The unit has lapses in the year (counted in detail), or an invalid field' })
  @ApiActor()
  commend(@Param('id') id: string, @Body() dto: CommendUnitDto, @Call() call: CallContext) {
    return this.outcomes.commend(id, dto, call);
  }
}
