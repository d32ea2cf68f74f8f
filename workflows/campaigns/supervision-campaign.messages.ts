import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CampaignUnitState, InspectionResult } from '#domain';

export interface SubmitInspectionInput {
  actorId: string;
  results: InspectionResult[];
  correlationId?: string | null;
}

export const campaignUnitStateQuery = defineQuery<CampaignUnitState>('campaignUnitState');
/** 自查: the unit's results, item by item; each failed item opens a hazard, once. */
export const submitInspectionUpdate = defineUpdate<CampaignUnitState, [SubmitInspectionInput]>('submitInspection');
