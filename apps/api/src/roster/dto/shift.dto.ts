import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ORG_ID_PATTERN } from '#domain';

const instant = { message: '$property must be an ISO-8601 date-time' };

export class ShiftDto {
  @ApiProperty({ description: 'The person on duty (值班人员), who holds a post in the unit' }) @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a person id' }) personId: string;
  @ApiPropertyOptional({ description: '领导带班: the principal or a deputy of the unit in charge for this shift' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a person id' })
  leaderId?: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true, strictSeparator: true }, instant) startsAt: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true, strictSeparator: true }, instant) endsAt: string;
}

export class PublishShiftsDto {
  @ApiProperty({ type: [ShiftDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => ShiftDto) shifts: ShiftDto[];
  @ApiPropertyOptional({ description: 'Policy whose roster times apply (default: "default")' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' })
  policyName?: string;
}

export class ShiftsQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Default: now' }) @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, instant) from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Default: seven days after from' }) @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, instant) to?: string;
}

export class HandoverDto {
  @ApiProperty({ maxLength: 4000, description: '交接班记录: what happened on the shift and what the next one must know' }) @IsString() @MinLength(1) @MaxLength(4000) log: string;
}

export class RequestSwapDto {
  @ApiProperty({ description: 'Who is asked to take the shift (holds a post in the unit)' }) @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a person id' }) toPersonId: string;
  @ApiProperty({ maxLength: 1000, description: 'Why' }) @IsString() @MinLength(1) @MaxLength(1000) note: string;
}

export class AnswerSwapDto {
  @ApiProperty({ type: Boolean, description: 'Take the shift (true) or decline it' }) @IsBoolean({ message: '$property must be true or false' }) accept: boolean;
  @ApiProperty({ maxLength: 1000 }) @IsString() @MaxLength(1000) note: string;
}

export class DecideSwapDto {
  @ApiProperty({ type: Boolean, description: 'Approve the swap (the person on duty changes) or reject it' }) @IsBoolean({ message: '$property must be true or false' }) approve: boolean;
  @ApiProperty({ maxLength: 1000 }) @IsString() @MaxLength(1000) note: string;
}

const when = { type: String, format: 'date-time', nullable: true } as const;
const nullable = { type: String, nullable: true } as const;

export class ShiftRowDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() personId: string;
  @ApiProperty() personName: string;
  @ApiProperty(nullable) leaderId: string | null;
  @ApiProperty(nullable) leaderName: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ enum: ['scheduled', 'checked_in', 'missed', 'handed_over', 'no_handover'] }) status: string;
  @ApiProperty(when) checkedInAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) lateByMs: number | null;
  @ApiProperty(when) escalatedAt: string | null;
  @ApiProperty(when) handedOverAt: string | null;
  @ApiProperty(nullable) handoverLog: string | null;
  @ApiProperty({ ...nullable, description: '换班: who is asked to take the shift' }) swapToId: string | null;
  @ApiProperty(nullable) swapToName: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['requested', 'accepted', 'lapsed'], description: 'requested: waiting for their answer; accepted: for the safety officer; lapsed: the shift started undecided' }) swapStatus: string | null;
}

export class ShiftListDto {
  @ApiProperty({ type: [ShiftRowDto] }) items: ShiftRowDto[];
}

export class ShiftStateDto {
  @ApiProperty({ format: 'uuid' }) shiftId: string;
  @ApiProperty({ enum: ['scheduled', 'checked_in', 'missed', 'handed_over', 'no_handover'] }) status: string;
  @ApiProperty(when) checkedInAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) lateByMs: number | null;
  @ApiProperty(when) handedOverAt: string | null;
  @ApiPropertyOptional({ description: 'Who is on duty now' }) personId?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) leaderId?: string | null;
  @ApiPropertyOptional({ type: Object, nullable: true, description: 'A swap under way: toPersonId, status' }) swap?: object | null;
}
