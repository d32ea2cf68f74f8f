import { ApiProperty } from '@nestjs/swagger';
import { PLAN_TYPES } from '#domain';

const when = { type: String, format: 'date-time', nullable: true } as const;
const nullable = { type: String, nullable: true } as const;
const REVIEW = ['current', 'due', 'overdue', 'escalated'];

export class PersonNameDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class DrillHazardDto {
  @ApiProperty({ format: 'uuid' }) hazardId: string;
  @ApiProperty() title: string;
  @ApiProperty() severity: string;
  @ApiProperty() status: string;
}

export class DrillDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ format: 'date-time' }) plannedAt: string;
  @ApiProperty() scenario: string;
  @ApiProperty({ enum: ['planned', 'held', 'missed', 'held_late'], description: 'missed: not recorded within the policy’s time after its date (a lapse); held_late: recorded after that' }) status: string;
  @ApiProperty() plannedBy: string;
  @ApiProperty(when) heldAt: string | null;
  @ApiProperty({ type: [PersonNameDto], nullable: true }) participants: PersonNameDto[] | null;
  @ApiProperty({ type: [Object], nullable: true, description: 'text, openHazard, severity' }) findings: object[] | null;
  @ApiProperty(nullable) recordedBy: string | null;
  @ApiProperty(nullable) recordedByName: string | null;
  @ApiProperty({ type: [DrillHazardDto], description: 'The hazards its findings opened (a moment after it is recorded)' }) hazards: DrillHazardDto[];
}

class PlanFieldsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: PLAN_TYPES }) type: string;
  @ApiProperty() title: string;
  @ApiProperty() ownerId: string;
  @ApiProperty() ownerName: string;
  @ApiProperty() version: string;
  @ApiProperty({ format: 'date-time' }) reviewBy: string;
  @ApiProperty({ enum: REVIEW, description: 'due: the owner has been reminded; overdue: past its review date; escalated: the principal has been told' }) reviewStatus: string;
  @ApiProperty() policyName: string;
  @ApiProperty() policyVersion: number;
  @ApiProperty() registeredBy: string;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty(when) revisedAt: string | null;
}

export class ContingencyPlanDto extends PlanFieldsDto {
  @ApiProperty({ type: [DrillDto] }) drills: DrillDto[];
  @ApiProperty({ type: Boolean, description: 'Whether you may revise it (its owner, or the unit’s principal, a deputy or safety officer)' }) mayRevise: boolean;
  @ApiProperty({ type: Boolean, description: 'Whether you may plan and record its drills' }) mayDrill: boolean;
}

export class ContingencyPlanSummaryDto extends PlanFieldsDto {
  @ApiProperty({ description: 'Drills held this year (Beijing)' }) drillsHeld: number;
  @ApiProperty({ description: 'Drills planned this year and missed' }) drillsMissed: number;
  @ApiProperty({ description: 'Drills its type needs a year, by the plan’s policy' }) drillsRequired: number;
  @ApiProperty(when) nextDrillAt: string | null;
}

export class ContingencyPlanListDto {
  @ApiProperty() year: number;
  @ApiProperty({ type: Boolean, description: 'Whether you may register plans for this unit' }) mayManage: boolean;
  @ApiProperty({ type: [ContingencyPlanSummaryDto] }) items: ContingencyPlanSummaryDto[];
}

export class PlanTypeStatusDto {
  @ApiProperty({ enum: PLAN_TYPES }) type: string;
  @ApiProperty() plans: number;
  @ApiProperty({ description: 'Plans past their review date' }) pastReview: number;
  @ApiProperty() drillsHeld: number;
  @ApiProperty() drillsRequired: number;
  @ApiProperty() drillsMissed: number;
}

export class PreparednessDto {
  @ApiProperty() year: number;
  @ApiProperty({ type: [PlanTypeStatusDto] }) plans: PlanTypeStatusDto[];
  @ApiProperty({ description: 'Drills the year still lacks against the policy, over all plan types' }) drillsShort: number;
  @ApiProperty({ description: 'Check-ins missed on duty shifts in the year (late ones included)' }) missedCheckIns: number;
}
