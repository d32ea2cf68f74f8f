import { ApiProperty } from '@nestjs/swagger';
import { PreparednessDto } from '../../plans/dto/plan.response.js';

/** 年度考核 as the OpenAPI document declares it (and the e2e suites check). */

export class VetoDto {
  @ApiProperty({ enum: ['sanction_for_major', 'yellow_card'] }) kind: string;
  @ApiProperty() id: string;
  @ApiProperty() detail: string;
}

export class AssessmentDto {
  @ApiProperty() unitId: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['pass', 'fail'], description: 'fail on any one-vote veto (一票否决)' }) result: string;
  @ApiProperty({ type: [VetoDto] }) vetoes: VetoDto[];
  @ApiProperty({ type: PreparednessDto, description: 'Contingency plans and drills (预案、演练) by type, and missed duty check-ins, in the year' }) preparedness: PreparednessDto;
  @ApiProperty({ type: [Object], description: 'Circulated criticism (通报批评) in the year; not a veto' }) criticisms: object[];
  @ApiProperty({ type: [Object], description: 'Commendations (表彰) for the year' }) commendations: object[];
}
