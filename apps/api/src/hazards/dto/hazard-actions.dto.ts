import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsObject,
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ESCALATION_NEEDS, type EscalationNeed } from '#domain';
import { ORG_ID_PATTERN } from './report-hazard.dto.js';

const ISO = { strict: true, strictSeparator: true } as const;
const ISO_MESSAGE = { message: '$property must be an ISO-8601 date-time' };

export class AcknowledgeDto {
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

/** 五落实: a major hazard's plan names all five. */
export class PlanDto {
  @ApiProperty({ description: 'Person responsible for the rectification' })
  @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a person id' })
  responsiblePersonId: string;
  @ApiProperty() @IsString() @MaxLength(4000) measures: string;
  @ApiProperty({ description: 'Funds: amount and source' }) @IsString() @MaxLength(1000) funds: string;
  @ApiProperty({ example: '2026-12-20T10:00:00Z', format: 'date-time' }) @IsISO8601(ISO, ISO_MESSAGE) deadline: string;
  @ApiProperty({ description: 'Contingency plan until the hazard is removed' }) @IsString() @MaxLength(4000) contingencyPlan: string;
}

export class SubmitPlanDto {
  @ApiProperty({ type: PlanDto }) @IsObject({ message: '$property must be an object' }) @ValidateNested() @Type(() => PlanDto) plan: PlanDto;
}

export class RequestExtensionDto {
  @ApiProperty({ example: '2026-12-31T10:00:00Z', format: 'date-time' }) @IsISO8601(ISO, ISO_MESSAGE) newDeadline: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

export class RequestEscalationDto {
  @ApiProperty({ maxLength: 2000 }) @IsString() @MinLength(1) @MaxLength(2000) reason: string;
  @ApiProperty({ enum: ESCALATION_NEEDS, isArray: true, description: 'What the leader must provide (主动向主管领导请求解决)', uniqueItems: true })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(ESCALATION_NEEDS, { each: true, message: `each value in $property must be one of: ${ESCALATION_NEEDS.join(', ')}` })
  needs: EscalationNeed[];
  @ApiProperty({ enum: ['transfer', 'co_own'], description: 'The leader takes the hazard over, or joins as co-owner with a deadline' })
  @IsIn(['transfer', 'co_own'], { message: '$property must be one of: transfer, co_own' })
  mode: 'transfer' | 'co_own';
}

export class DecideDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) requestId: string;
  @ApiProperty({ type: Boolean }) @IsBoolean() approve: boolean;
  @ApiProperty({ maxLength: 2000 }) @IsString() @MaxLength(2000) comment: string;
}

export class SubmitRectificationDto {
  @ApiProperty({ maxLength: 4000 }) @IsString() @MinLength(1) @MaxLength(4000) summary: string;
  @ApiProperty({ type: [String], description: 'References to photos, files or records', minItems: 1, maxItems: 20 })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(2000, { each: true })
  evidence: string[];
}

export class VerifyDto {
  @ApiProperty({ type: Boolean }) @IsBoolean() passed: boolean;
  @ApiProperty({ maxLength: 2000 }) @IsString() @MaxLength(2000) comment: string;
}

export class PolicyMigrationDto {
  @ApiPropertyOptional({ description: 'Policy name; the hazard’s own by default' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' })
  policyName?: string;
  @ApiPropertyOptional({ description: 'Version; the newest by default', minimum: 1, type: 'integer' }) @IsOptional() @IsInt() @Min(1) version?: number;
  @ApiProperty({ maxLength: 2000 }) @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

export class ListForSupervisionDto {
  @ApiProperty({ maxLength: 2000, description: 'Why the superior unit takes the hazard under supervision (挂牌督办)' })
  @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

export class SupervisionTermsDto {
  @ApiProperty({ description: 'ISO-8601 date-time by which the hazard must be fixed and verified', format: 'date-time' }) @IsISO8601({ strict: true }) deadline: string;
  @ApiProperty({ description: 'The supervising person (of the supervising unit), who verifies before the supervision is lifted' })
  @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a person id' }) supervisorId: string;
  @ApiPropertyOptional({ description: 'ISO-8601 duration between progress reports (e.g. P7D); none when omitted', nullable: true })
  @IsOptional() @IsString() @MaxLength(40) reportEvery?: string | null;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class ProgressReportDto {
  @ApiProperty({ maxLength: 4000, description: 'What has been done since the last report' }) @IsString() @MinLength(1) @MaxLength(4000) text: string;
}
