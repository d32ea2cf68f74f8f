import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SEVERITIES } from '#domain';

/** The response bodies of the incident routes, as the OpenAPI document declares them (and the e2e suites check). */

export class IncidentSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'date-time' }) reportedAt: string;
  @ApiProperty({ example: 'reporting' }) status: string;
  @ApiProperty({ description: 'Reported late (迟报) at some level' }) late: boolean;
  @ApiProperty({ type: String, nullable: true }) reviewId: string | null;
}

export class IncidentListDto {
  @ApiProperty({ type: [IncidentSummaryDto] }) items: IncidentSummaryDto[];
}

export class IncidentPolicyDto {
  @ApiProperty() name: string;
  @ApiProperty() version: number;
}

export class IncidentWarningDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['blue', 'yellow', 'orange', 'red'] }) level: string;
  @ApiProperty({ enum: ['active', 'lifted'] }) status: string;
}

export class IncidentYouDto {
  @ApiProperty({ type: String, nullable: true, description: 'The unit that holds the report now, waiting for it to be forwarded (null once it reached the top)' }) holdingUnitId: string | null;
  @ApiProperty({ description: 'Whether the reader may forward the report to the next level up now' }) mayForward: boolean;
}

export class IncidentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'date-time' }) reportedAt: string;
  @ApiProperty() reportedBy: string;
  @ApiProperty() status: string;
  @ApiProperty() late: boolean;
  @ApiProperty({ type: [Object], description: 'The unit, then each level up, with its deadline, when it passed the report on, and its name (unitName)' }) levels: object[];
  @ApiProperty({ type: IncidentPolicyDto }) policy: IncidentPolicyDto;
  @ApiProperty({ type: [IncidentWarningDto], description: 'The early warnings in force for its unit when it occurred' }) warnings: IncidentWarningDto[];
  @ApiProperty({ type: [Object] }) reviews: object[];
  @ApiProperty({ type: [Object], description: 'The incident’s event stream' }) events: object[];
  @ApiProperty({ type: Object, nullable: true }) live: object | null;
  @ApiPropertyOptional() liveError?: string;
  @ApiProperty({ type: IncidentYouDto, description: 'What the reader may do with it now' }) you: IncidentYouDto;
}

export class IncidentLevelDto {
  @ApiProperty() unitId: string;
  @ApiProperty({ type: String, nullable: true }) principalId: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) passedOnAt: string | null;
  @ApiProperty({ enum: ['reported', 'forwarded', 'missed', 'received', 'pending'] }) outcome: string;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
}

/** The incident workflow's state, as forwarding answers it. */
export class IncidentStateDto {
  @ApiProperty({ format: 'uuid' }) incidentId: string;
  @ApiProperty({ enum: ['reporting', 'complete'] }) status: string;
  @ApiProperty({ type: [IncidentLevelDto] }) levels: IncidentLevelDto[];
  @ApiProperty({ description: 'Index of the level that holds the report now' }) current: number;
  @ApiProperty() late: boolean;
  @ApiProperty({ type: String, nullable: true }) reviewId: string | null;
}
