import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, MaxLength, MinLength } from 'class-validator';

export class NameActingDto {
  @ApiProperty({ example: 'city-a-county-1-deputy-1', description: 'Who acts for the person: someone of the same unit' })
  @IsString() @MinLength(1) @MaxLength(200)
  actingPersonId: string;

  @ApiProperty({ example: '2026-12-07T00:00:00+08:00', description: 'From when (ISO-8601 with an offset)', format: 'date-time' })
  @IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 date-time' })
  from: string;

  @ApiProperty({ example: '2026-12-14T00:00:00+08:00', description: 'Until when (after from, at most a year later)', format: 'date-time' })
  @IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 date-time' })
  to: string;

  @ApiProperty({ maxLength: 1000, example: 'Annual leave', description: 'Why the person is away (leave, training, a mission)' })
  @IsString() @MinLength(1) @MaxLength(1000)
  reason: string;
}
