import { ApiProperty } from '@nestjs/swagger';
import { SANCTIONS } from '#domain';

/** A person's sanctions, as the OpenAPI document declares them (and the e2e suites check). */

const when = { type: String, format: 'date-time', nullable: true } as const;

export class SanctionDto {
  @ApiProperty() id: string;
  @ApiProperty() reviewId: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: SANCTIONS }) kind: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ ...when, description: 'Null for dismissal, which has no end' }) endsAt: string | null;
  @ApiProperty({ ...when, description: 'When its end was recorded (sanction_ended)' }) endRecordedAt: string | null;
  @ApiProperty() decidedBy: string;
  @ApiProperty({ type: String, nullable: true, example: 'upheld' }) appealStatus: string | null;
  @ApiProperty(when) revokedAt: string | null;
  @ApiProperty() inForce: boolean;
}

export class PersonSanctionsDto {
  @ApiProperty() personId: string;
  @ApiProperty() personName: string;
  @ApiProperty({ type: [SanctionDto] }) inForce: SanctionDto[];
  @ApiProperty({ type: [SanctionDto] }) past: SanctionDto[];
}
