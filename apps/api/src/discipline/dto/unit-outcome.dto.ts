import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CirculateCriticismDto {
  @ApiProperty({ example: 2026, description: 'The year of the assessment the criticism belongs to' })
  @IsInt({ message: '$property must be a whole number' }) @Min(2000) @Max(2100)
  year: number;
  @ApiProperty({ maxLength: 4000, description: 'Why the unit is criticised (通报批评), as circulated' }) @IsString() @MinLength(1) @MaxLength(4000) reason: string;
  @ApiPropertyOptional({ type: [String], description: 'The unit’s hazards behind the criticism' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('4', { each: true, message: 'each value in $property must be a hazard id (UUID)' })
  hazardIds?: string[];
}

export class CommendUnitDto {
  @ApiProperty({ example: 2026, description: 'The year commended; the unit’s record must hold no lapse in it (to date, for the current year)' })
  @IsInt({ message: '$property must be a whole number' }) @Min(2000) @Max(2100)
  year: number;
  @ApiProperty({ maxLength: 4000, description: 'What the commendation (表彰) says' }) @IsString() @MinLength(1) @MaxLength(4000) reason: string;
}
