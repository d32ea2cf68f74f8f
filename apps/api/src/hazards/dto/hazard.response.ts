import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AttachmentDto } from '../evidence/attachment.response.js';
import { HAZARD_CATEGORIES, PAGE_ACTIONS, SEVERITIES, type PageAction } from '#domain';

/** The response bodies of the hazard routes, as the OpenAPI document declares them (and the e2e suites check). */

export class PolicyRefDto {
  @ApiProperty() name: string;
  @ApiProperty() version: number;
}

export class StageDto {
  @ApiProperty({ example: 'acknowledge' }) action: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deadline: string | null;
}

export class HazardDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() workflowId: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: HAZARD_CATEGORIES }) category: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() location: string;
  @ApiProperty() discoveredBy: string;
  @ApiProperty({ format: 'date-time' }) discoveredAt: string;
  @ApiProperty() source: string;
  @ApiProperty({ type: [String] }) evidence: string[];
  @ApiProperty({ type: String, nullable: true }) externalRef: string | null;
  @ApiProperty({ example: 'assigned' }) status: string;
  @ApiPropertyOptional({ description: 'Why the intake failed, when it did' }) intakeFailure?: string;
  @ApiProperty({ type: String, nullable: true }) responsiblePersonId: string | null;
  @ApiProperty({ type: Number, nullable: true }) currentRung: number | null;
  @ApiProperty({ type: Object, nullable: true, description: 'The responsibility chain pinned at the report' }) chain: object | null;
  @ApiProperty() lastSequence: number;
  @ApiProperty({ type: PolicyRefDto }) policy: PolicyRefDto;
  @ApiProperty({ type: StageDto, nullable: true }) stage: StageDto | null;
  @ApiProperty({ description: 'A deadline has passed and the hazard is not closed' }) overdue: boolean;
  @ApiProperty() supervised: boolean;
  @ApiProperty() verificationFailures: number;
  @ApiProperty({ type: String, nullable: true }) reviewWorkflowId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A report's answer: the hazard, and the files sent with it (multipart reports only). */
export class ReportedHazardDto extends HazardDto {
  @ApiPropertyOptional({ type: [AttachmentDto], description: 'The files sent with the report, stored and recorded (multipart/form-data only)' }) attachments?: AttachmentDto[];
}

export class HazardPageDto {
  @ApiProperty({ type: [HazardDto] }) items: HazardDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' }) nextCursor: string | null;
}

export class HazardEventDto {
  @ApiProperty() sequence: number;
  @ApiProperty() type: string;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: Object }) payload: object;
}

export class PersonRefDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

export class PageNamesDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Person id → name, for everyone the page mentions' }) people: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Unit id → name' }) units: Record<string, string>;
}

export class YourActionsDto {
  @ApiProperty({ enum: PAGE_ACTIONS, isArray: true, description: 'What the caller may do on the hazard now, as the rules answer it' }) actions: PageAction[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The policy’s rectification deadline from now: the plan’s default and latest deadline' }) planDeadline: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The current deadline: an extension asks for a later one' }) currentDeadline: string | null;
}

export class HazardDetailDto extends HazardDto {
  @ApiProperty({ type: PageNamesDto }) names: PageNamesDto;
  @ApiProperty({ type: YourActionsDto }) you: YourActionsDto;
  @ApiProperty({ type: PersonRefDto, nullable: true }) responsiblePerson: PersonRefDto | null;
  @ApiProperty({ type: [Object], description: 'Extension and escalation requests' }) requests: object[];
  @ApiProperty({ type: [HazardEventDto] }) events: HazardEventDto[];
  @ApiProperty({ type: Object, nullable: true, description: 'The workflow’s live state; null (with liveError) when it does not answer in time' }) live: object | null;
  @ApiPropertyOptional() liveError?: string;
}

export class ChainedEventDto extends HazardEventDto {
  @ApiProperty({ type: String, nullable: true }) correlationId: string | null;
  @ApiProperty({ type: String, nullable: true }) prevHash: string | null;
  @ApiProperty() hash: string;
}

export class TimelineDto {
  @ApiProperty({ format: 'uuid' }) hazardId: string;
  @ApiProperty({ type: [ChainedEventDto] }) events: ChainedEventDto[];
}

export class BrokenLinkDto {
  @ApiProperty() sequence: number;
  @ApiProperty() reason: string;
}

export class WitnessDto {
  @ApiProperty() sequence: number;
  @ApiProperty() hash: string;
  @ApiProperty({ description: 'Whether the database still has this hash at this sequence' }) matches: boolean;
}

export class ChainVerdictDto {
  @ApiProperty({ format: 'uuid' }) hazardId: string;
  @ApiProperty() valid: boolean;
  @ApiProperty() events: number;
  @ApiProperty({ type: BrokenLinkDto, nullable: true }) firstBrokenLink: BrokenLinkDto | null;
  @ApiProperty({ type: WitnessDto, nullable: true, description: 'The chain head the workflow recorded; null when it answers no query' }) witness: WitnessDto | null;
}

export class UnitCountsDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: String, nullable: true, enum: ['high', 'medium', 'low'], description: 'The unit’s risk level from its latest assessment (风险分级管控); null before one' }) riskLevel: string | null;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty() open: number;
  @ApiProperty() overdue: number;
  @ApiProperty() closed: number;
}

export class HazardStatsDto {
  @ApiProperty({ type: [UnitCountsDto] }) units: UnitCountsDto[];
}
