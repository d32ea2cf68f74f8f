import { ApiProperty } from '@nestjs/swagger';

/** The response bodies of the org routes, as the OpenAPI document declares them (and the e2e suites check). */

export class PostDto {
  @ApiProperty() unitId: string;
  @ApiProperty({ example: 'deputy' }) kind: string;
  @ApiProperty({ type: String, nullable: true }) departmentId: string | null;
}

export class UnitRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) parentId: string | null;
}

/** A person with their unit and the posts they hold now. */
export class ProfileDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: [PostDto], description: 'The posts held now' }) posts: PostDto[];
}

export class MeDto extends ProfileDto {
  @ApiProperty({ type: [UnitRefDto], description: 'The units one may see: one’s own and those below' }) visibleUnits: UnitRefDto[];
}

export class ActingAppointmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() personId: string;
  @ApiProperty() personName: string;
  @ApiProperty() actingPersonId: string;
  @ApiProperty() actingPersonName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() reason: string;
  @ApiProperty() namedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) endedBy: string | null;
  @ApiProperty() inForce: boolean;
}

export class ActingListDto {
  @ApiProperty() personId: string;
  @ApiProperty() personName: string;
  @ApiProperty({ type: [ActingAppointmentDto], description: 'Those who act for the person while away' }) away: ActingAppointmentDto[];
  @ApiProperty({ type: [ActingAppointmentDto], description: 'Those for whom the person acts' }) actingFor: ActingAppointmentDto[];
}
