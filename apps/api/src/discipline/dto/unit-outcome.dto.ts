import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CirculateCriticismDto {
  @ApiProperty({ example: 2026, description: 'The year of the assessment the criticism belongs to', minimum: 2000, maximum: 2100, type: 'integer' })
  @IsInt({ message: '$property must be a whole number' }) @Min(2000) @Max(2100)
  year: number;
  @ApiProperty({ maxLength: 4000, description: 'Why the unit is criticised (通报批评), as circulated' }) @IsString() @MinLength(1) @MaxLength(4000) reason: string;
  @ApiPropertyOptional({ type: [String], description: 'The unit’s hazards behind the criticism' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('4', { each: true, message: 'each value in $property must be a hazard id (UUID)' })
  hazardIds?: string[];
}

export class CommendUnitDto {
  @ApiProperty({ example: 2026, description: 'The year commended; the unit’s record must hold no lapse in it (to date, for the current year)', minimum: 2000, maximum: 2100, type: 'integer' })
  @IsInt({ message: '$property must be a whole number' }) @Min(2000) @Max(2100)
  year: number;
  @ApiProperty({ maxLength: 4000, description: 'What the commendation (表彰) says' }) @IsString() @MinLength(1) @MaxLength(4000) reason: string;
}

/** The criticism or commendation as recorded in the unit's stream. */
export class UnitOutcomeDto {
  @ApiProperty({ description: 'Its place in the unit’s event stream' }) sequence: number;
  @ApiProperty({ enum: ['criticism_circulated', 'unit_commended'] }) type: string;
  @ApiProperty() actorId: string;
  @ApiProperty() actorName: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: Object, description: 'Year, reason and (criticism) the hazards behind it, or (commendation) the lapses checked' }) payload: object;
}
