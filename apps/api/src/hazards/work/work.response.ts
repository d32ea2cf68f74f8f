import { ApiProperty } from '@nestjs/swagger';
import { HAZARD_CATEGORIES, SEVERITIES } from '#domain';

export const WORK_KINDS = ['acknowledge', 'plan', 'rectify', 'verify', 'decide'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

class NamedDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class WorkHazardDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: HAZARD_CATEGORIES }) category: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The hazard’s current deadline' }) stageDeadline: string | null;
}

class WorkRequestDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['extension', 'escalation'] }) kind: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What was asked: newDeadline, reason, needs, mode' }) details: Record<string, unknown>;
}

export class WorkItemDto {
  @ApiProperty({ enum: WORK_KINDS, description: 'The next step: acknowledge, plan, rectify (the holder), verify (a verifier), decide (the leader asked)' }) kind: WorkKind;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'By when' }) due: string | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: WorkHazardDto }) hazard: WorkHazardDto;
  @ApiProperty({ type: NamedDto, nullable: true, description: 'For whom: who asked (decide), who rectified (verify), or the leader it goes up to if it lapses' }) forWhom: NamedDto | null;
  @ApiProperty({ type: WorkRequestDto, nullable: true }) request: WorkRequestDto | null;
  @ApiProperty({ type: NamedDto, nullable: true, description: 'The person this is done for, when acting for them (职务代理)' }) actingFor: NamedDto | null;
}

export class WorkListDto {
  @ApiProperty({ type: [WorkItemDto], description: 'Overdue first, then soonest due' }) items: WorkItemDto[];
}
