import { ApiProperty } from '@nestjs/swagger';

/** The response bodies of the policy routes, as the OpenAPI document declares them (and the e2e suites check). */

export class PolicyNameDto {
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The newest version' }) version: number;
}

export class PolicyDto {
  @ApiProperty() name: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: Object, description: 'The escalation policy document: deadlines, the ladder, reminders and discipline' }) document: object;
}

export class PolicyVersionDto {
  @ApiProperty() version: number;
  @ApiProperty({ type: String, nullable: true, description: 'Null for the policy the migrations store' }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
