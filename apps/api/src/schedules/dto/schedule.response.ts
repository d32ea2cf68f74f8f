import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DUTY_KINDS, OVERLAP_POLICIES } from '#domain';
import { DutySpecDto } from './schedule.dto.js';

/** The response bodies of the schedule routes, as the OpenAPI document declares them. */
export class ScheduleSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: DUTY_KINDS }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: DutySpecDto }) spec: DutySpecDto;
  @ApiProperty({ enum: OVERLAP_POLICIES }) overlap: string;
  @ApiProperty({ type: Boolean }) workingDay: boolean;
  @ApiProperty() policyName: string;
  @ApiProperty({ type: Boolean }) paused: boolean;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdByName: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'The Temporal Schedule’s id (temporal schedule describe --schedule-id …)' }) temporalScheduleId: string;
  @ApiProperty({ type: Boolean, description: 'Whether you may change, pause, resume and trigger it' }) mayManage: boolean;
}

export class ScheduleListDto {
  @ApiProperty({ type: [ScheduleSummaryDto] }) items: ScheduleSummaryDto[];
}

export class ScheduleRunDto {
  @ApiProperty({ format: 'date-time' }) scheduledAt: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty() workflowId: string;
}

export class ScheduleDto extends ScheduleSummaryDto {
  @ApiProperty({ type: [String], format: 'date-time', description: 'The next times it falls due (before any move to a working day)' }) nextRuns: string[];
  @ApiProperty({ type: [ScheduleRunDto], description: 'The runs Temporal started most recently' }) recentRuns: ScheduleRunDto[];
  @ApiProperty({ type: [String], description: 'Runs still open (their workflow ids)' }) runningRuns: string[];
  @ApiProperty({ description: 'Runs skipped because the previous one was still open (overlap policy skip)' }) skippedRuns: number;
}

export class ScheduleEventDto {
  @ApiProperty({ description: 'schedule:<id> for changes, duty-run:<run> for a run' }) stream: string;
  @ApiProperty() sequence: number;
  @ApiProperty() type: string;
  @ApiPropertyOptional({ type: String, nullable: true }) actorId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: Object }) payload: object;
}

export class ScheduleHistoryDto {
  @ApiProperty({ type: [ScheduleEventDto] }) items: ScheduleEventDto[];
}
