import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ORG_ID_PATTERN, PLAN_TYPES, SEVERITIES, type PlanType } from '#domain';

const instant = { message: '$property must be an ISO-8601 date-time' };
const person = { message: '$property must be a person id' };
const plan = { message: '$property must be a plan id (UUID)' };

export class RegisterPlanDto {
  @ApiProperty({ enum: PLAN_TYPES, description: 'flood 防汛, fire 消防, theft 防盗, network_security 网络安全, exhibition_evacuation 展览与疏散, records_rescue 档案抢救' })
  @IsIn(PLAN_TYPES, { message: `$property must be one of: ${PLAN_TYPES.join(', ')}` })
  type: PlanType;
  @ApiProperty({ maxLength: 200, example: '防汛应急预案 · Flood contingency plan' }) @IsString() @MinLength(1) @MaxLength(200) title: string;
  @ApiProperty({ description: 'Who answers for the plan (a person holding a post in the unit)' }) @IsString() @Matches(ORG_ID_PATTERN, person) ownerId: string;
  @ApiProperty({ maxLength: 40, example: '2026 第1版' }) @IsString() @MinLength(1) @MaxLength(40) version: string;
  @ApiProperty({ format: 'date-time', description: 'By when it must be reviewed (修订); in the future' }) @IsISO8601({ strict: true, strictSeparator: true }, instant) reviewBy: string;
  @ApiPropertyOptional({ description: 'Policy whose plan times and drill counts apply (default: "default")' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' })
  policyName?: string;
}

export class RevisePlanDto {
  @ApiProperty({ maxLength: 40 }) @IsString() @MinLength(1) @MaxLength(40) version: string;
  @ApiProperty({ format: 'date-time', description: 'The next review date; in the future' }) @IsISO8601({ strict: true, strictSeparator: true }, instant) reviewBy: string;
  @ApiPropertyOptional({ description: 'A new owner (default: the same)' }) @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, person) ownerId?: string;
  @ApiProperty({ maxLength: 2000, description: 'What changed' }) @IsString() @MinLength(1) @MaxLength(2000) note: string;
}

export class PlanDrillDto {
  @ApiProperty({ format: 'uuid', description: 'A plan of this unit' }) @IsUUID('4', plan) planId: string;
  @ApiProperty({ format: 'date-time', description: 'When the drill is to be held; in the future' }) @IsISO8601({ strict: true, strictSeparator: true }, instant) plannedAt: string;
  @ApiProperty({ maxLength: 500, example: '库房进水，转移珍贵档案 · Water in the stores: move the most valuable records' }) @IsString() @MinLength(1) @MaxLength(500) scenario: string;
}

export class DrillFindingDto {
  @ApiProperty({ maxLength: 500 }) @IsString() @MinLength(1) @MaxLength(500) text: string;
  @ApiProperty({ type: Boolean, description: 'Open a hazard on the unit’s chain for it' }) @IsBoolean({ message: '$property must be true or false' }) openHazard: boolean;
  @ApiProperty({ enum: SEVERITIES }) @IsIn(SEVERITIES, { message: `$property must be one of: ${SEVERITIES.join(', ')}` }) severity: 'general' | 'major';
}

export class RecordDrillDto {
  @ApiProperty({ format: 'uuid', description: 'A plan of this unit' }) @IsUUID('4', plan) planId: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The planned drill this records; without it, a drill held without being planned ahead' })
  @IsOptional() @IsUUID('4', { message: '$property must be a drill id (UUID)' })
  drillId?: string;
  @ApiProperty({ format: 'date-time', description: 'When it was held; not in the future' }) @IsISO8601({ strict: true, strictSeparator: true }, instant) heldAt: string;
  @ApiProperty({ type: [String], description: 'Who took part (people holding posts in the unit)', uniqueItems: true })
  @IsArray() @ArrayMaxSize(200) @ArrayUnique() @Matches(ORG_ID_PATTERN, { each: true, message: 'each value in $property must be a person id' })
  participants: string[];
  @ApiProperty({ maxLength: 500 }) @IsString() @MinLength(1) @MaxLength(500) scenario: string;
  @ApiProperty({ type: [DrillFindingDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => DrillFindingDto) findings: DrillFindingDto[];
}
