import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { InvalidInputException } from '../common/problem-details.js';
import { ListHazardsQuery } from './dto/list-hazards.query.js';
import { ReportHazardDto } from './dto/report-hazard.dto.js';
import { HazardsService } from './hazards.service.js';

const uuid = new ParseUUIDPipe({
  version: '4',
  exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be a hazard id (UUID)' }]),
});

@ApiTags('hazards')
@Controller('hazards')
export class HazardsController {
  constructor(private readonly hazards: HazardsService) {}

  @Post()
  @ApiOperation({ summary: 'Report a hazard (上报); starts its workflow' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeat a request safely: the same key returns the same hazard' })
  @ApiResponse({ status: 201, description: 'Reported; the workflow has started' })
  @ApiResponse({ status: 200, description: 'Already reported under this Idempotency-Key or externalRef' })
  @ApiResponse({ status: 422, description: 'Invalid report: each field and reason in `errors`' })
  @ApiResponse({ status: 503, description: 'Database or Temporal unavailable; nothing stored' })
  async report(
    @Body() dto: ReportHazardDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw new InvalidInputException([{ field: 'Idempotency-Key', reason: 'must be 1 to 200 printable ASCII characters' }]);
    }
    const result = await this.hazards.report(dto, idempotencyKey ?? null);
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    res.location(`/hazards/${result.hazard.id}`);
    return result.hazard;
  }

  @Get()
  @ApiOperation({ summary: 'List hazards, newest first (cursor paginated)' })
  list(@Query() query: ListHazardsQuery) {
    return this.hazards.list(query);
  }

  @Get(':id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'A hazard: read model, event log and live workflow state' })
  @ApiResponse({ status: 404, description: 'No such hazard' })
  get(@Param('id', uuid) id: string) {
    return this.hazards.get(id);
  }
}
