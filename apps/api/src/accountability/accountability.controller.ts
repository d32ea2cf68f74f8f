import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { AccountabilityService } from './accountability.service.js';
import { AddFindingDto, DecideProposalDto, ListReviewsQuery, OpenReviewDto, StatementDto, AppealDto, DecideAppealDto } from './dto/review-actions.dto.js';
import { OpenedReviewDto, ReviewDto, ReviewListDto, ReviewStateDto } from './dto/review.response.js';

@ApiTags('accountability')
@Controller('accountability-reviews')
export class AccountabilityController {
  constructor(private readonly reviews: AccountabilityService) {}

  @Get()
  @ApiOperation({ summary: 'Accountability reviews (责任倒查) of your units and below, and those that concern you' })
  @ApiResponse({ status: 200, description: 'The reviews, newest first', type: ReviewListDto })
  @ApiActor()
  list(@Query() q: ListReviewsQuery, @Actor() actorId: string) {
    return this.reviews.list(q, actorId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A review: timeline, findings, proposals, statements, sanctions and its event log' })
  @ApiResponse({ status: 200, description: 'The review', type: ReviewDto })
  @ApiResponse({ status: 404, description: 'No such review' })
  @ApiActor()
  get(@Param('id') id: string, @Actor() actorId: string) {
    return this.reviews.get(id, actorId);
  }

  @Post()
  @ApiOperation({ summary: 'Open the review of a hazard or an incident by hand, with a reason (a principal of a unit above it)' })
  @ApiResponse({ status: 201, description: 'Opened', type: OpenedReviewDto })
  @ApiResponse({ status: 200, description: 'The hazard or incident already has its review', type: OpenedReviewDto })
  @ApiResponse({ status: 403, description: 'Not the principal of a unit above it' })
  @ApiResponse({ status: 404, description: 'No such hazard or incident, or one outside your units' })
  @ApiResponse({ status: 422, description: 'Neither or both of hazardId and incidentId, or another invalid field' })
  @ApiActor()
  async open(@Body() dto: OpenReviewDto, @Call() call: CallContext, @Res({ passthrough: true }) res: Response) {
    const result = await this.reviews.open(dto, call);
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK).location(`/accountability-reviews/${result.id}`);
    return { id: result.id };
  }

  @Post(':id/decisions')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The reviewing authority accepts, changes or dismisses a proposal, with a reason' })
  @ApiResponse({ status: 200, description: 'Decided; the review’s new state', type: ReviewStateDto })
  @ApiResponse({ status: 403, description: 'Not the authority the review waits for' })
  @ApiResponse({ status: 409, description: 'Already decided, or the statement window is still open' })
  @ApiResponse({ status: 422, description: 'Invalid decision (field and reason in errors/detail)' })
  @ApiActor()
  decide(@Param('id') id: string, @Body() dto: DecideProposalDto, @Call() call: CallContext) {
    return this.reviews.decide(id, dto, call);
  }

  @Post(':id/findings')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The reviewing authority adds a finding with its evidence; a sanctionable one opens or aggravates the person’s proposal' })
  @ApiResponse({ status: 200, description: 'Added; the review’s new state', type: ReviewStateDto })
  @ApiResponse({ status: 403, description: 'Not the authority the review waits for' })
  @ApiResponse({ status: 409, description: 'The review is not open for findings, or the person’s proposal is already decided' })
  @ApiResponse({ status: 422, description: 'Invalid finding (field and reason in errors/detail)' })
  @ApiActor()
  addFinding(@Param('id') id: string, @Body() dto: AddFindingDto, @Call() call: CallContext) {
    return this.reviews.addFinding(id, dto, call);
  }

  @Post(':id/appeals')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'A sanctioned person appeals (申诉), once, within the window, to the authority above the one who decided' })
  @ApiResponse({ status: 200, description: 'Appealed; the review’s new state', type: ReviewStateDto })
  @ApiResponse({ status: 403, description: 'Not the person sanctioned, or nobody above the decider to hear it' })
  @ApiResponse({ status: 409, description: 'The window is closed or not yet open, or the sanction was already appealed' })
  @ApiActor()
  appeal(@Param('id') id: string, @Body() dto: AppealDto, @Call() call: CallContext) {
    return this.reviews.appeal(id, dto, call);
  }

  @Post(':id/appeals/decisions')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The appellate authority rejects the appeal, changes the sanction or revokes it; final' })
  @ApiResponse({ status: 200, description: 'Decided; the review’s new state', type: ReviewStateDto })
  @ApiResponse({ status: 403, description: 'Not the authority the appeal was made to' })
  @ApiResponse({ status: 409, description: 'The appeal was already decided or has lapsed' })
  @ApiActor()
  decideAppeal(@Param('id') id: string, @Body() dto: DecideAppealDto, @Call() call: CallContext) {
    return this.reviews.decideAppeal(id, dto, call);
  }

  @Post(':id/statements')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'A person with a proposed sanction states their case (陈述申辩) within the window' })
  @ApiResponse({ status: 200, description: 'Recorded; the review’s new state', type: ReviewStateDto })
  @ApiResponse({ status: 403, description: 'No proposal concerns this person' })
  @ApiResponse({ status: 409, description: 'The window has closed, or a statement is already recorded' })
  @ApiActor()
  statement(@Param('id') id: string, @Body() dto: StatementDto, @Call() call: CallContext) {
    return this.reviews.statement(id, dto, call);
  }
}
