import { ApiProperty } from '@nestjs/swagger';
import { WARNING_LEVELS } from '#domain';
import { WarningMeasureDto } from './warning.dto.js';

const when = { type: String, format: 'date-time', nullable: true } as const;
const UNIT_STATUSES = ['pending', 'confirmed', 'escalated', 'confirmed_late'];

export class WarningSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() issuerUnitId: string;
  @ApiProperty() issuerUnitName: string;
  @ApiProperty({ enum: WARNING_LEVELS }) level: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) confirmBy: string;
  @ApiProperty({ enum: ['active', 'lifted'] }) status: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty(when) liftedAt: string | null;
  @ApiProperty() units: number;
  @ApiProperty() confirmed: number;
  @ApiProperty() escalated: number;
}

export class WarningListDto {
  @ApiProperty({ type: [WarningSummaryDto] }) items: WarningSummaryDto[];
}

export class WarningUnitDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: UNIT_STATUSES }) status: string;
  @ApiProperty(when) confirmedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedByName: string | null;
  @ApiProperty({ type: [Object], nullable: true, description: 'Each measure: done or not, with a note' }) results: object[] | null;
  @ApiProperty(when) escalatedAt: string | null;
  @ApiProperty({ type: Boolean, description: 'Whether you may confirm for this unit now' }) mayConfirm: boolean;
}

export class WarningIncidentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() title: string;
  @ApiProperty() severity: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty() status: string;
}

export class WarningDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() issuerUnitId: string;
  @ApiProperty() issuerUnitName: string;
  @ApiProperty({ enum: WARNING_LEVELS }) level: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [WarningMeasureDto] }) measures: WarningMeasureDto[];
  @ApiProperty({ format: 'date-time' }) confirmBy: string;
  @ApiProperty({ enum: ['active', 'lifted'] }) status: string;
  @ApiProperty() issuedBy: string;
  @ApiProperty() issuedByName: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty(when) liftedAt: string | null;
  @ApiProperty({ type: [Object], nullable: true, description: 'Compiled at lifting: per unit, its confirmation and the measures not done' }) summary: object[] | null;
  @ApiProperty({ type: [WarningUnitDto] }) units: WarningUnitDto[];
  @ApiProperty({ type: Boolean, description: 'Whether you may lift it' }) mayLift: boolean;
  @ApiProperty({ type: [WarningIncidentDto], description: 'Incidents that occurred in units in scope while it was in force' }) incidents: WarningIncidentDto[];
}

export class WarningStateUnitDto {
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: UNIT_STATUSES }) status: string;
  @ApiProperty(when) confirmedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) confirmedBy: string | null;
  @ApiProperty({ type: [String] }) notDone: string[];
}

export class WarningStateDto {
  @ApiProperty({ format: 'uuid' }) warningId: string;
  @ApiProperty({ enum: ['active', 'lifted'] }) status: string;
  @ApiProperty({ type: [WarningStateUnitDto] }) units: WarningStateUnitDto[];
}
