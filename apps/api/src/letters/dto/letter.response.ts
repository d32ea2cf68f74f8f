import { ApiProperty } from '@nestjs/swagger';

/** The response bodies of the letter routes, as the OpenAPI document declares them (and the e2e suites check). */

export class LetterDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'uuid' }) signingId: string;
  @ApiProperty() year: number;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: ['principal', 'deputy', 'department_head'] }) level: string;
  @ApiProperty() signerId: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who signs with them (the leader above)' }) counterpartyId: string | null;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ format: 'date-time' }) periodStart: string;
  @ApiProperty({ format: 'date-time' }) periodEnd: string;
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty({ enum: ['pending', 'signed', 'overdue', 'unsigned'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) signerName: string | null;
  @ApiProperty({ type: String, nullable: true }) counterpartyName: string | null;
  @ApiProperty({ type: String, nullable: true }) unitName: string | null;
}

export class LetterListDto {
  @ApiProperty({ type: [LetterDto] }) items: LetterDto[];
}

export class SigningStartedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() unitId: string;
  @ApiProperty() year: number;
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty({ example: 'running' }) status: string;
}

/** A letter as its signing answers it. */
export class SignedLetterDto {
  @ApiProperty() id: string;
  @ApiProperty() signerId: string;
  @ApiProperty({ type: String, nullable: true }) counterpartyId: string | null;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: ['pending', 'signed', 'overdue', 'unsigned'] }) status: string;
}
