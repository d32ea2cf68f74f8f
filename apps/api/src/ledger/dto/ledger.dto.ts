import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { HAZARD_CATEGORIES, HAZARD_SOURCES, HAZARD_STATUSES, ORG_ID_PATTERN, SEVERITIES, type HazardCategory, type HazardSource, type HazardStatus, type Severity } from '#domain';
import { LEDGER_SORTS, type LedgerSort } from '#persistence';

const oneOf = (values: readonly string[]) => ({ message: `$property must be one of: ${values.join(', ')}` });
const instant = { message: '$property must be an ISO-8601 date-time' };

/** The ledger's filters, shared by the page and the export. */
export class LedgerFilterQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Words in the title, description or location (Chinese or English)' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ description: 'Only this unit and the units below it (default: every unit you may see)' }) @IsOptional() @Matches(ORG_ID_PATTERN, { message: '$property must be a unit id' }) unitId?: string;
  @ApiPropertyOptional({ enum: HAZARD_CATEGORIES }) @IsOptional() @IsIn(HAZARD_CATEGORIES, oneOf(HAZARD_CATEGORIES)) category?: HazardCategory;
  @ApiPropertyOptional({ enum: SEVERITIES }) @IsOptional() @IsIn(SEVERITIES, oneOf(SEVERITIES)) severity?: Severity;
  @ApiPropertyOptional({ enum: HAZARD_STATUSES }) @IsOptional() @IsIn(HAZARD_STATUSES, oneOf(HAZARD_STATUSES)) status?: HazardStatus;
  @ApiPropertyOptional({ enum: HAZARD_SOURCES }) @IsOptional() @IsIn(HAZARD_SOURCES, oneOf(HAZARD_SOURCES)) source?: HazardSource;
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false'], { message: '$property must be true or false' }) overdue?: 'true' | 'false';
  @ApiPropertyOptional({ format: 'date-time', description: 'Discovered at or after' }) @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, instant) discoveredFrom?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Discovered before' }) @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, instant) discoveredTo?: string;
  @ApiPropertyOptional({ description: 'Only hazards this person holds now' }) @IsOptional() @Matches(ORG_ID_PATTERN, { message: '$property must be a person id' }) holderId?: string;
  @ApiPropertyOptional({ enum: LEDGER_SORTS, default: 'discoveredAt' }) @IsOptional() @IsIn(LEDGER_SORTS, oneOf(LEDGER_SORTS)) sort?: LedgerSort;
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' }) @IsOptional() @IsIn(['asc', 'desc'], oneOf(['asc', 'desc'])) order?: 'asc' | 'desc';
}

export class LedgerQuery extends LedgerFilterQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 }) @IsOptional() @Type(() => Number) @IsInt({ message: '$property must be a whole number' }) @Min(1) @Max(100000) page?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 }) @IsOptional() @Type(() => Number) @IsInt({ message: '$property must be a whole number' }) @Min(1) @Max(100) pageSize?: number;
}

export class LedgerExportQuery extends LedgerFilterQuery {
  @ApiProperty({ enum: ['xlsx', 'csv'] }) @IsIn(['xlsx', 'csv'], oneOf(['xlsx', 'csv'])) format: 'xlsx' | 'csv';
}

export class LedgerRowDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: HAZARD_CATEGORIES }) category: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty({ enum: HAZARD_STATUSES }) status: string;
  @ApiProperty({ enum: HAZARD_SOURCES }) source: string;
  @ApiProperty() location: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date-time' }) discoveredAt: string;
  @ApiProperty({ type: String, nullable: true }) discoveredByName: string | null;
  @ApiProperty({ type: String, nullable: true }) holderId: string | null;
  @ApiProperty({ type: String, nullable: true }) holderName: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The deadline of the step it waits for' }) deadline: string | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty() supervised: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class LedgerPageDto {
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [LedgerRowDto] }) items: LedgerRowDto[];
}
