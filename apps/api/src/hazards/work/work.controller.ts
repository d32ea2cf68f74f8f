import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiActor } from '../../common/actor.decorator.js';
import { WorkListDto } from './work.response.js';
import { WorkService } from './work.service.js';

@ApiTags('hazards')
@Controller('work')
export class WorkController {
  constructor(private readonly work: WorkService) {}

  @Get()
  @ApiOperation({ summary: 'My work: every hazard step waiting for me (or for those I act for): what, by when, for whom; overdue first' })
  @ApiResponse({ status: 200, description: 'The items', type: WorkListDto })
  @ApiActor()
  list(@Actor() actorId: string) {
    return this.work.list(actorId);
  }
}
