import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ORG_ID_PATTERN, WARNING_LEVELS, type WarningLevel } from '#domain';

const MEASURE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export class WarningMeasureDto {
  @ApiProperty({ example: 'stores-dry' }) @IsString() @Matches(MEASURE_ID, { message: '$property must be 1–40 letters, digits, dots, dashes or underscores' }) id: string;
  @ApiProperty({ maxLength: 500, example: '检查库房有无渗漏 · Check the stores for leaks' }) @IsString() @MinLength(1) @MaxLength(500) text: string;
}

export class IssueWarningDto {
  @ApiProperty({ description: 'The superior unit that issues it' }) @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a unit id' }) issuerUnitId: string;
  @ApiProperty({ enum: WARNING_LEVELS, description: 'blue 蓝色, yellow 黄色, orange 橙色, red 红色: the policy gives each its time to confirm' })
  @IsIn(WARNING_LEVELS, { message: `$property must be one of: ${WARNING_LEVELS.join(', ')}` })
  level: WarningLevel;
  @ApiProperty({ maxLength: 200, example: '暴雨红色预警 · Heavy-rain red warning' }) @IsString() @MinLength(1) @MaxLength(200) title: string;
  @ApiProperty({ type: [WarningMeasureDto], description: 'The measures each unit must confirm' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => WarningMeasureDto)
  measures: WarningMeasureDto[];
  @ApiPropertyOptional({ description: 'Units in scope; default: every unit below the issuer', type: [String], uniqueItems: true })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayUnique() @Matches(ORG_ID_PATTERN, { each: true, message: 'each value in $property must be a unit id' })
  unitIds?: string[];
  @ApiPropertyOptional({ description: 'Policy whose warning times apply (default: "default")' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' })
  policyName?: string;
}

export class MeasureResultDto {
  @ApiProperty() @IsString() @Matches(MEASURE_ID, { message: '$property must be a measure id' }) measureId: string;
  @ApiProperty({ type: Boolean }) @IsBoolean({ message: '$property must be true or false' }) done: boolean;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class ConfirmMeasuresDto {
  @ApiProperty({ type: [MeasureResultDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => MeasureResultDto)
  results: MeasureResultDto[];
}

export class LiftWarningDto {
  @ApiProperty({ maxLength: 2000, description: 'Why it is lifted (kept with the summary)' }) @IsString() @MinLength(1) @MaxLength(2000) note: string;
}
