import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { HAZARD_CATEGORIES, type HazardCategory } from '#domain';

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const id = { message: '$property must be lower-case letters, digits and hyphens (at most 63)' };

export class RiskIndicatorDto {
  @ApiProperty({ example: 'fire-systems' }) @IsString() @Matches(ID, id) id: string;
  @ApiProperty({ maxLength: 1000, description: '评估内容' }) @IsString() @MinLength(1) @MaxLength(1000) content: string;
  @ApiProperty({ maxLength: 1000, description: '评估方法' }) @IsString() @MinLength(1) @MaxLength(1000) method: string;
  @ApiProperty({ maxLength: 1000, description: '评估依据' }) @IsString() @MinLength(1) @MaxLength(1000) basis: string;
  @ApiProperty({ enum: HAZARD_CATEGORIES, description: 'The category of the hazard a 高危 or 危险 result opens' })
  @IsIn(HAZARD_CATEGORIES, { message: `$property must be one of: ${HAZARD_CATEGORIES.join(', ')}` })
  category: HazardCategory;
}

export class RiskGroupDto {
  @ApiProperty() @IsString() @Matches(ID, id) id: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ type: [RiskIndicatorDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => RiskIndicatorDto) indicators: RiskIndicatorDto[];
}

export class RiskAreaDto {
  @ApiProperty() @IsString() @Matches(ID, id) id: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ type: [RiskGroupDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RiskGroupDto) groups: RiskGroupDto[];
}

export class UploadRiskTemplateDto {
  @ApiProperty({ maxLength: 200, example: '某省档案馆安全风险评估指标（2027）' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ type: [RiskAreaDto], description: 'Areas → groups → indicators; every id unique at its level' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RiskAreaDto)
  areas: RiskAreaDto[];
  @ApiProperty({ maxLength: 2000, description: 'Why it changes (kept with the version)' }) @IsString() @MinLength(1) @MaxLength(2000) note: string;
}

export class StoredRiskTemplateDto {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ description: 'The province (top-level unit) whose template it is (absent on the default)' }) provinceId?: string;
  @ApiProperty({ description: '0: the default shipped with Dutychain; 1, 2, …: the province’s uploaded versions' }) version: number;
  @ApiProperty({ type: [RiskAreaDto] }) areas: RiskAreaDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) uploadedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) uploadedByName: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) uploadedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
}
