import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ORG_ID_PATTERN } from '#domain';

export class StartSigningDto {
  @ApiProperty({ description: 'The unit whose letters (and those of the units below it) are signed' })
  @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a unit id' })
  unitId: string;
  @ApiProperty({ example: 2026, minimum: 2000, maximum: 2100, type: 'integer' }) @IsInt({ message: '$property must be a whole number' }) @Min(2000) @Max(2100) year: number;
  @ApiProperty({ description: 'When every letter is due to be signed', format: 'date-time' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: '$property must be an ISO-8601 date-time' })
  deadline: string;
  @ApiPropertyOptional({ description: 'The policy whose reminder and escalation times apply (default: "default")' })
  @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a policy name' })
  policyName?: string;
}

export class ListLettersQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a unit id' }) unitId?: string;
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100, type: 'integer' }) @IsOptional() @Type(() => Number) @IsInt({ message: '$property must be a whole number' }) @Min(2000) @Max(2100) year?: number;
}
