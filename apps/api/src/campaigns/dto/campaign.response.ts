import { ApiProperty } from '@nestjs/swagger';

/** The response bodies of the campaign routes, as the OpenAPI document declares them (and the e2e suites check). */

const when = { type: String, format: 'date-time', nullable: true } as const;

export class CampaignSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() issuerUnitId: string;
  @ApiProperty() issuerUnitName: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty({ example: 'running' }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty(when) reportedAt: string | null;
  @ApiProperty({ description: 'Units in scope' }) units: number;
  @ApiProperty({ description: 'Units that submitted' }) submitted: number;
}

export class CampaignUnitNameDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class CampaignListDto {
  @ApiProperty({ type: [CampaignSummaryDto] }) items: CampaignSummaryDto[];
  @ApiProperty({ type: [CampaignUnitNameDto], description: 'Units the reader may start a campaign from (an issuing post over units below)' }) mayStartFor: CampaignUnitNameDto[];
}

export class CampaignPolicyDto {
  @ApiProperty() name: string;
  @ApiProperty() version: number;
}

export class CampaignItemDto {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
  @ApiProperty() category: string;
  @ApiProperty({ enum: ['general', 'major'] }) severity: string;
  @ApiProperty({ required: false }) evidenceRequired?: boolean;
}

export class CampaignItemHazardDto {
  @ApiProperty() itemId: string;
  @ApiProperty({ format: 'uuid' }) hazardId: string;
}

export class CampaignUnitDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: ['pending', 'submitted', 'not_submitted'] }) status: string;
  @ApiProperty(when) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedByName: string | null;
  @ApiProperty() submissions: number;
  @ApiProperty({ type: [Object], nullable: true, description: 'The latest submission, item by item' }) results: object[] | null;
  @ApiProperty() reminders: number;
  @ApiProperty(when) escalatedAt: string | null;
  @ApiProperty({ type: [CampaignItemHazardDto] }) hazards: CampaignItemHazardDto[];
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() issuerUnitId: string;
  @ApiProperty({ type: String, nullable: true }) issuerUnitName: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: [CampaignItemDto], description: 'The checklist items' }) checklist: CampaignItemDto[];
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: CampaignPolicyDto }) policy: CampaignPolicyDto;
  @ApiProperty() createdBy: string;
  @ApiProperty({ type: String, nullable: true }) createdByName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty(when) reportedAt: string | null;
  @ApiProperty({ type: [CampaignUnitDto], description: 'Each unit in scope: its submission, reminders and hazards opened' }) units: CampaignUnitDto[];
}

export class CampaignReportDto {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty() title: string;
  @ApiProperty() issuerUnitId: string;
  @ApiProperty({ format: 'date-time' }) deadline: string;
  @ApiProperty({ format: 'date-time' }) compiledAt: string;
  @ApiProperty({ type: [Object], description: 'One row per unit: submission, items failed, hazards opened and overdue, omissions' }) units: object[];
  @ApiProperty({ type: Object, description: 'Totals over the units' }) summary: object;
}

/** A unit's part of a campaign, as its submission answers it. */
export class CampaignUnitStateDto {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: ['pending', 'submitted', 'not_submitted'] }) status: string;
  @ApiProperty() submissions: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Checklist item → the hazard its failure opened' }) hazards: Record<string, string>;
  @ApiProperty() reminders: number;
  @ApiProperty() escalated: boolean;
}
