import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { HAZARD_STATUSES, SEVERITIES, type HazardStatus, type Severity } from '#domain';
import { ORG_ID_PATTERN } from './report-hazard.dto.js';

export class ListHazardsQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a unit id' })
  unitId?: string;

  @ApiPropertyOptional({ enum: HAZARD_STATUSES })
  @IsOptional() @IsIn(HAZARD_STATUSES, { message: `$property must be one of: ${HAZARD_STATUSES.join(', ')}` })
  status?: HazardStatus;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional() @IsIn(SEVERITIES, { message: `$property must be one of: ${SEVERITIES.join(', ')}` })
  severity?: Severity;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only open hazards whose current deadline has passed' })
  @IsOptional() @IsIn(['true', 'false'], { message: '$property must be true or false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Only hazards this person holds now' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a person id' })
  responsiblePersonId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, type: 'integer' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}
