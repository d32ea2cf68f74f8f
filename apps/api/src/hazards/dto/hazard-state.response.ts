import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ESCALATION_NEEDS, HAZARD_STATUSES, SEVERITIES, STAGE_ACTIONS } from '#domain';

/** The hazard workflow's state, as every hazard action answers it (instants in epoch ms, as the workflow keeps them). */

const maybeNumber = { type: Number, nullable: true } as const;
const maybeString = { type: String, nullable: true } as const;

export class StateStageDto {
  @ApiProperty({ enum: STAGE_ACTIONS }) action: string;
  @ApiProperty({ description: 'Epoch ms' }) startedAt: number;
  @ApiProperty({ ...maybeNumber, description: 'Epoch ms; null: no clock running' }) deadline: number | null;
  @ApiProperty({ description: 'Reminders sent for this deadline' }) reminded: number;
}

export class StatePlanDto {
  @ApiProperty() responsiblePersonId: string;
  @ApiProperty() measures: string;
  @ApiProperty() funds: string;
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty() contingencyPlan: string;
}

export class StateRequestDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['extension', 'escalation'] }) kind: string;
  @ApiProperty() requestedBy: string;
  @ApiProperty({ description: 'Epoch ms' }) requestedAt: number;
  @ApiProperty() reason: string;
  @ApiProperty() deciderRung: number;
  @ApiProperty() deciderId: string;
  @ApiProperty({ description: 'Epoch ms' }) deadline: number;
  @ApiPropertyOptional({ description: 'Extension: the deadline asked for (epoch ms)' }) newDeadline?: number;
  @ApiPropertyOptional({ enum: ESCALATION_NEEDS, isArray: true }) needs?: string[];
  @ApiPropertyOptional({ enum: ['transfer', 'co_own'] }) mode?: string;
  @ApiProperty({ type: [String], description: 'Leaders who let the decision lapse, in order' }) lapsedBy: string[];
}

export class StateHolderDto {
  @ApiProperty() personId: string;
  @ApiProperty() rung: number;
  @ApiProperty() level: string;
  @ApiProperty({ description: 'Epoch ms' }) from: number;
  @ApiProperty({ ...maybeNumber, description: 'Epoch ms; null while holding' }) to: number | null;
}

export class StateMissedDeadlineDto {
  @ApiProperty() action: string;
  @ApiProperty({ type: [String] }) personIds: string[];
  @ApiProperty({ description: 'Epoch ms' }) deadline: number;
  @ApiProperty({ description: 'Epoch ms' }) at: number;
}

export class StateChainHeadDto {
  @ApiProperty() sequence: number;
  @ApiProperty() hash: string;
}

export class HazardStateDto {
  @ApiProperty({ format: 'uuid' }) hazardId: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty({ enum: HAZARD_STATUSES }) status: string;
  @ApiProperty({ type: Object, nullable: true, description: 'The responsibility chain pinned at the report' }) chain: object | null;
  @ApiProperty(maybeNumber) currentRung: number | null;
  @ApiProperty({ type: StateStageDto, nullable: true }) stage: StateStageDto | null;
  @ApiProperty({ type: [Object], description: 'Leaders who joined as co-owners, with their deadlines' }) coOwners: object[];
  @ApiProperty({ type: StateRequestDto, nullable: true }) pendingRequest: StateRequestDto | null;
  @ApiProperty() requestCount: number;
  @ApiProperty({ type: StatePlanDto, nullable: true }) plan: StatePlanDto | null;
  @ApiProperty(maybeString) rectifierId: string | null;
  @ApiProperty() rectificationAttempts: number;
  @ApiProperty() verificationFailures: number;
  @ApiProperty({ type: [String] }) verifiers: string[];
  @ApiProperty({ type: [String] }) supervisors: string[];
  @ApiProperty({ description: '挂牌督办: the superior unit holds the hazard' }) supervised: boolean;
  @ApiPropertyOptional({ type: Object, nullable: true, description: 'The supervision’s terms, reports and lapses' }) supervision?: object | null;
  @ApiProperty() reviewRequested: boolean;
  @ApiProperty({ type: Object, description: 'The policy version the hazard runs on' }) policy: object;
  @ApiProperty({ type: [StateHolderDto] }) holders: StateHolderDto[];
  @ApiProperty({ type: [StateMissedDeadlineDto] }) missedDeadlines: StateMissedDeadlineDto[];
  @ApiProperty({ description: 'Sequence of the last event the workflow recorded' }) lastSequence: number;
  @ApiProperty(maybeString) reviewWorkflowId: string | null;
  @ApiPropertyOptional({ type: StateChainHeadDto, description: 'The audit chain head after the workflow’s last write' }) chainHead?: StateChainHeadDto;
}
