import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class AssessmentQuery {
  @ApiProperty({ example: 2026, minimum: 2000, maximum: 2100, type: 'integer' }) @Type(() => Number) @IsInt({ message: '$property must be a whole number' }) @Min(2000) @Max(2100) year: number;
}
