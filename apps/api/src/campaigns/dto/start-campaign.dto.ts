import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { HAZARD_CATEGORIES, ORG_ID_PATTERN, SEVERITIES, type HazardCategory, type Severity } from '#domain';

const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export class ChecklistItemDto {
  @ApiProperty({ example: 'fire-1' }) @IsString() @Matches(ITEM_ID, { message: '$property must be 1–40 letters, digits, dots, dashes or underscores' }) id: string;
  @ApiProperty({ maxLength: 500 }) @IsString() @MinLength(1) @MaxLength(500) text: string;
  @ApiProperty({ enum: HAZARD_CATEGORIES }) @IsIn(HAZARD_CATEGORIES, { message: `$property must be one of: ${HAZARD_CATEGORIES.join(', ')}` }) category: HazardCategory;
  @ApiProperty({ enum: SEVERITIES, description: 'Severity of the hazard a failure opens' })
  @IsIn(SEVERITIES, { message: `$property must be one of: ${SEVERITIES.join(', ')}` })
  severity: Severity;
  @ApiPropertyOptional({ type: Boolean, description: 'A pass counts only with evidence attached' })
  @IsOptional() @IsBoolean({ message: '$property must be true or false' })
  evidenceRequired?: boolean;
}

export class StartCampaignDto {
  @ApiProperty({ description: 'The superior unit that runs the campaign' }) @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a unit id' }) issuerUnitId: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @MinLength(1) @MaxLength(200) title: string;
  @ApiProperty({ type: [ChecklistItemDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => ChecklistItemDto)
  checklist: ChecklistItemDto[];
  @ApiPropertyOptional({ description: 'Units in scope; default: every unit below the issuer (its subtree)', type: [String], uniqueItems: true })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayUnique() @Matches(ORG_ID_PATTERN, { each: true, message: 'each value in $property must be a unit id' })
  unitIds?: string[];
  @ApiProperty({ description: 'When self-inspection results are due and the report is compiled', format: 'date-time' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: '$property must be an ISO-8601 date-time' })
  deadline: string;
  @ApiPropertyOptional({ description: 'Policy for the hazards that failed items open, and for reminders (default: "default")' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' })
  policyName?: string;
}

export class InspectionResultDto {
  @ApiProperty() @IsString() @Matches(ITEM_ID, { message: '$property must be a checklist item id' }) itemId: string;
  @ApiProperty({ type: Boolean }) @IsBoolean({ message: '$property must be true or false' }) passed: boolean;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(500, { each: true }) evidence?: string[];
}

export class SubmitInspectionDto {
  @ApiProperty({ type: [InspectionResultDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => InspectionResultDto)
  results: InspectionResultDto[];
}

export class ReportQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'] }) @IsOptional() @IsIn(['json', 'csv'], { message: '$property must be json or csv' }) format?: 'json' | 'csv';
  @ApiPropertyOptional({ enum: ['zh', 'en'], description: 'CSV for a person to read, in this language (names, item texts, Beijing time); without it, the CSV for machines (ids, ISO times)' })
  @IsOptional() @IsIn(['zh', 'en'], { message: '$property must be zh or en' })
  lang?: 'zh' | 'en';
}
