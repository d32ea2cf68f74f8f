import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Call, type CallContext } from '../common/call.decorator.js';
import { ListForSupervisionDto, ProgressReportDto, SupervisionTermsDto } from './dto/hazard-actions.dto.js';
import { Action, uuid } from './hazard-action.decorator.js';
import { SupervisionService } from './supervision.service.js';

@ApiTags('hazards')
@Controller('hazards/:id/supervision')
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  @Post()
  @Action('The superior unit lists the hazard for supervision (挂牌督办); also brings under supervision a hazard that lapsed at the top before supervision existed')
  list(@Param('id', uuid) id: string, @Body() dto: ListForSupervisionDto, @Call() call: CallContext) {
    return this.supervision.list(id, dto, call);
  }

  @Post('terms')
  @Action('The supervising unit sets the terms: deadline, supervising person, progress reports')
  terms(@Param('id', uuid) id: string, @Body() dto: SupervisionTermsDto, @Call() call: CallContext) {
    return this.supervision.setTerms(id, dto, call);
  }

  @Post('progress')
  @Action('The holder reports progress to the supervising person')
  progress(@Param('id', uuid) id: string, @Body() dto: ProgressReportDto, @Call() call: CallContext) {
    return this.supervision.report(id, dto, call);
  }
}
