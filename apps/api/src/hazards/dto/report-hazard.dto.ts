import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  HAZARD_CATEGORIES,
  HAZARD_SOURCES,
  ORG_ID_PATTERN,
  SEVERITIES,
  type HazardCategory,
  type HazardSource,
  type Severity,
} from '#domain';

export { ORG_ID_PATTERN };
const ORG_ID_MESSAGE = '$property must be an id of lowercase letters, digits and dashes';

/** A hazard report (隐患上报). */
export class ReportHazardDto {
  @ApiProperty({ example: 'city-a', description: 'The unit where the hazard is' })
  @IsString() @Matches(ORG_ID_PATTERN, { message: ORG_ID_MESSAGE })
  unitId: string;

  @ApiProperty({ enum: HAZARD_CATEGORIES })
  @IsIn(HAZARD_CATEGORIES, { message: `$property must be one of: ${HAZARD_CATEGORIES.join(', ')}` })
  category: HazardCategory;

  @ApiProperty({ enum: SEVERITIES, description: 'general (一般隐患) or major (重大隐患)' })
  @IsIn(SEVERITIES, { message: `$property must be one of: ${SEVERITIES.join(', ')}` })
  severity: Severity;

  @ApiProperty({ maxLength: 200 })
  @IsString() @MinLength(1) @MaxLength(200)
  title: string;

  @ApiProperty({ maxLength: 4000 })
  @IsString() @MinLength(1) @MaxLength(4000)
  description: string;

  @ApiProperty({ maxLength: 500, example: 'Repository 3, basement' })
  @IsString() @MinLength(1) @MaxLength(500)
  location: string;

  @ApiProperty({ example: 'city-a-staff-1', description: 'Person who found it' })
  @IsString() @Matches(ORG_ID_PATTERN, { message: ORG_ID_MESSAGE })
  discoveredBy: string;

  @ApiProperty({ example: '2026-11-25T08:30:00Z', format: 'date-time' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: '$property must be an ISO-8601 date-time' })
  discoveredAt: string;

  @ApiProperty({ enum: HAZARD_SOURCES })
  @IsIn(HAZARD_SOURCES, { message: `$property must be one of: ${HAZARD_SOURCES.join(', ')}` })
  source: HazardSource;

  @ApiPropertyOptional({ type: [String], description: 'References to photos, files or readings', maxItems: 20 })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(2000, { each: true })
  evidence?: string[];

  @ApiPropertyOptional({ description: 'Escalation policy to pin (its newest version); "default" when omitted' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' })
  policyName?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'An id from the reporting system (sensor alarm id, inspection item); a second report with the same one returns the first hazard' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  externalRef?: string;
}
