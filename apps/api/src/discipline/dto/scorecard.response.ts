import { ApiProperty } from '@nestjs/swagger';
import { PreparednessDto } from '../../plans/dto/plan.response.js';
import { SEVERITIES } from '#domain';

/** 安全记分卡 as the OpenAPI document declares it (and the e2e suites check). */

export class SeverityCountsDto {
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty() open: number;
  @ApiProperty({ description: 'A deadline has passed and the hazard is not closed' }) overdue: number;
  @ApiProperty() closed: number;
  @ApiProperty({ type: Number, nullable: true }) medianHoursToRectify: number | null;
}

export class ScorecardDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ format: 'date-time' }) asOf: string;
  @ApiProperty({ type: [SeverityCountsDto] }) hazards: SeverityCountsDto[];
  @ApiProperty() escalations: number;
  @ApiProperty() lapsedDecisions: number;
  @ApiProperty({ description: 'Posts of the unit found empty on a hazard’s chain' }) vacantPosts: number;
  @ApiProperty({ type: [Object] }) yellowCards: object[];
  @ApiProperty({ type: [Object] }) sanctionsInForce: object[];
  @ApiProperty({ description: 'Omissions (漏报) found by supervision' }) omissions: number;
  @ApiProperty() campaignsNotSubmitted: number;
  @ApiProperty() lateIncidentReports: number;
  @ApiProperty({ type: PreparednessDto, description: 'Contingency plans and drills (预案、演练) by type, and missed duty check-ins, in the year' }) preparedness: PreparednessDto;
  @ApiProperty({ type: [Object], description: 'Circulated criticism (通报批评)' }) criticisms: object[];
  @ApiProperty({ type: [Object], description: 'Commendations (表彰)' }) commendations: object[];
}
