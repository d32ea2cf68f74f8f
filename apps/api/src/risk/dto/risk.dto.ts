import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ORG_ID_PATTERN, RISK_RESULTS, type RiskResult } from '#domain';

export class RiskResultDto {
  @ApiProperty() @IsString() @Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: '$property must be an indicator id' }) indicatorId: string;
  @ApiProperty({ enum: RISK_RESULTS, description: 'high 高危 (opens a major hazard), danger 危险 (a general one), none 未发现' })
  @IsIn(RISK_RESULTS, { message: `$property must be one of: ${RISK_RESULTS.join(', ')}` })
  result: RiskResult;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class AssessRiskDto {
  @ApiProperty({ type: [RiskResultDto], description: 'One result for every indicator of the template' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => RiskResultDto)
  results: RiskResultDto[];
  @ApiPropertyOptional({ description: 'Policy for the hazards it opens (default: "default")' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' })
  policyName?: string;
}

export class RiskAssessmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() unitId: string;
  @ApiProperty() template: string;
  @ApiProperty({ type: [Object] }) results: object[];
  @ApiProperty({ enum: ['high', 'medium', 'low'] }) level: string;
  @ApiProperty() assessedBy: string;
  @ApiProperty() assessedByName: string;
  @ApiProperty({ format: 'date-time' }) assessedAt: string;
  @ApiProperty({ type: Boolean }) bySuperior: boolean;
  @ApiProperty({ type: [Object], description: 'The hazards its 高危 and 危险 results opened (a moment after it is recorded)' }) hazards: object[];
}

export class RiskAssessmentListDto {
  @ApiProperty({ type: String, nullable: true, enum: ['high', 'medium', 'low'], description: 'The unit’s level from its latest assessment' }) level: string | null;
  @ApiProperty({ type: Boolean, description: 'Whether you may assess this unit' }) mayAssess: boolean;
  @ApiProperty({ type: [RiskAssessmentDto] }) items: RiskAssessmentDto[];
}
