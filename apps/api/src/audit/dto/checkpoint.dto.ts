import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBase64, IsHexadecimal, IsIn, IsInt, IsISO8601, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';

export class CheckpointHeadDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('4', { message: '$property must be a hazard id (UUID)' }) hazardId: string;
  @ApiProperty({ minimum: 1, type: 'integer' }) @IsInt() @Min(1) sequence: number;
  @ApiProperty({ description: 'sha256 of the event, hex' }) @IsHexadecimal() @Length(64, 64) hash: string;
}

/** A signed checkpoint as `GET /audit/checkpoint` exported it: a superior unit keeps it and brings it back to verify. */
export class CheckpointFileDto {
  @ApiProperty({ enum: [1] }) @IsIn([1], { message: '$property must be 1' }) version: 1;
  @ApiProperty({ example: '2026-12-02T08:00:00.000Z', format: 'date-time' }) @IsISO8601({ strict: true }) issuedAt: string;
  @ApiProperty({ description: 'Who it was issued to' }) @IsString() @MaxLength(200) issuedTo: string;
  @ApiProperty({ type: [CheckpointHeadDto] })
  @IsArray() @ArrayMaxSize(200_000) @ValidateNested({ each: true }) @Type(() => CheckpointHeadDto)
  heads: CheckpointHeadDto[];
  @ApiProperty({ description: 'sha256 of the canonical JSON of version, issuedAt, issuedTo and heads, hex' }) @IsHexadecimal() @Length(64, 64) digest: string;
  @ApiProperty({ description: 'Ed25519 signature of the digest, base64' }) @IsBase64() @MaxLength(200) signature: string;
  @ApiProperty({ description: 'The signing public key (SPKI DER), base64' }) @IsBase64() @MaxLength(200) publicKey: string;
}

export class RewrittenHeadDto {
  @ApiProperty({ format: 'uuid' }) hazardId: string;
  @ApiProperty() sequence: number;
  @ApiProperty() reason: string;
}

export class CheckpointVerdictDto {
  @ApiProperty({ enum: ['valid', 'invalid', 'other_key'], description: 'Heads are only checked from a file this deployment signed, unchanged' }) signature: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ description: 'Heads in the file' }) heads: number;
  @ApiProperty({ description: 'Heads of your units checked against the database' }) checked: number;
  @ApiProperty({ description: 'Heads outside your units: counted, neither checked nor disclosed' }) outside: number;
  @ApiProperty() intact: number;
  @ApiProperty({ type: [RewrittenHeadDto] }) rewritten: RewrittenHeadDto[];
}

export class StoredCheckpointDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty() heads: number;
}
