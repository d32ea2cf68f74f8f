import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ORG_ID_PATTERN, SEVERITIES, type Severity } from '#domain';

const ISO = { strict: true, strictSeparator: true } as const;

export class ReportIncidentDto {
  @ApiProperty() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a unit id' }) unitId: string;
  @ApiProperty({ enum: SEVERITIES }) @IsIn(SEVERITIES, { message: `$property must be one of: ${SEVERITIES.join(', ')}` }) severity: Severity;
  @ApiProperty({ maxLength: 200 }) @IsString() @MinLength(1) @MaxLength(200) title: string;
  @ApiProperty({ maxLength: 8000 }) @IsString() @MinLength(1) @MaxLength(8000) description: string;
  @ApiProperty({ description: 'When the incident happened; the time allowed to report runs from here', example: '2026-11-26T08:00:00Z', format: 'date-time' })
  @IsISO8601(ISO, { message: '$property must be an ISO-8601 date-time' })
  occurredAt: string;
  @ApiPropertyOptional({ description: 'The policy whose reporting times apply (default: "default")' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' })
  policyName?: string;
  @ApiPropertyOptional({ type: [String], description: 'The hazards (of the unit or units below it) the incident came from; a loss from one that was open and overdue opens a review of its holders, the loss aggravating' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('4', { each: true, message: 'each value in $property must be a hazard id (UUID)' })
  hazardIds?: string[];
}

export class ForwardIncidentDto {
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}
