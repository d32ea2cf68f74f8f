import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { DUTY_KINDS, ORG_ID_PATTERN, OVERLAP_POLICIES, type DutyKind, type OverlapPolicy } from '#domain';

const whole = { message: '$property must be a whole number' };

export class DutyCalendarDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, description: 'Month (every month when left out)' }) @IsOptional() @IsInt(whole) @Min(1) @Max(12) month?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 31, description: 'Day of the month (every day when left out)' }) @IsOptional() @IsInt(whole) @Min(1) @Max(31) dayOfMonth?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 6, description: '0 Sunday … 6 Saturday (every day when left out)' }) @IsOptional() @IsInt(whole) @Min(0) @Max(6) dayOfWeek?: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 23, description: 'Hour, Beijing time' }) @IsInt(whole) @Min(0) @Max(23) hour: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 59 }) @IsInt(whole) @Min(0) @Max(59) minute: number;
}

export class DutySpecDto {
  @ApiPropertyOptional({ type: DutyCalendarDto, description: 'When the duty falls due, in Beijing time; give this or everySeconds' })
  @IsOptional() @IsObject({ message: '$property must be an object' }) @ValidateNested() @Type(() => DutyCalendarDto)
  calendar?: DutyCalendarDto;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 31_536_000, description: 'Or: every so many seconds (at least the deployment’s SCHEDULE_MIN_INTERVAL_SECONDS)' })
  @IsOptional() @IsInt(whole) @Min(1) @Max(31_536_000)
  everySeconds?: number;
}

export class CreateScheduleDto {
  @ApiProperty({ description: 'The unit that owns the duty; its runs cover it and every unit below it' }) @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @ApiProperty({ enum: DUTY_KINDS }) @IsIn(DUTY_KINDS, { message: `$property must be one of: ${DUTY_KINDS.join(', ')}` }) kind: DutyKind;
  @ApiProperty({ maxLength: 200, example: '月度安全自查 · Monthly self-inspection' }) @IsString() @MinLength(1) @MaxLength(200) title: string;
  @ApiProperty({ type: DutySpecDto }) @IsObject({ message: '$property must be an object' }) @ValidateNested() @Type(() => DutySpecDto) spec: DutySpecDto;
  @ApiPropertyOptional({ enum: OVERLAP_POLICIES, description: 'A run due while the previous one is still open: skip it (default), keep one waiting, or run both' })
  @IsOptional() @IsIn(OVERLAP_POLICIES, { message: `$property must be one of: ${OVERLAP_POLICIES.join(', ')}` })
  overlap?: OverlapPolicy;
  @ApiPropertyOptional({ type: Boolean, description: 'Move a run that falls on a rest day to 09:00 of the next working day (default true)' })
  @IsOptional() @IsBoolean({ message: '$property must be true or false' })
  workingDay?: boolean;
  @ApiPropertyOptional({ description: 'Policy for the run’s deadline and the hazards it opens (default: "default")' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' })
  policyName?: string;
}

export class ChangeScheduleDto {
  @ApiPropertyOptional({ type: DutySpecDto }) @IsOptional() @IsObject({ message: '$property must be an object' }) @ValidateNested() @Type(() => DutySpecDto) spec?: DutySpecDto;
  @ApiPropertyOptional({ enum: OVERLAP_POLICIES }) @IsOptional() @IsIn(OVERLAP_POLICIES, { message: `$property must be one of: ${OVERLAP_POLICIES.join(', ')}` }) overlap?: OverlapPolicy;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @IsBoolean({ message: '$property must be true or false' }) workingDay?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' }) policyName?: string;
}

export class ScheduleNoteDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'Why (kept in the schedule’s history and shown in Temporal)' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
}
