import type { EventUnion } from '../shared/event-union.js';
import type { Severity } from '../shared/vocabulary.js';
import type { CampaignReport, ChecklistItem, InspectionResult } from './campaign.js';

/** Every payload a campaign's streams carry (`campaign:<id>` and `campaign:<id>:<unit>`), by type, as stored. */
export interface CampaignEventPayloads {
  campaign_started: { title: string; units: string[]; deadline: string; checklist: ChecklistItem[] };
  campaign_reported: { summary: CampaignReport['summary'] };
  inspection_submitted: { submission: number; results: InspectionResult[]; failed: string[] };
  campaign_hazard_opened: { itemId: string; hazardId: string; severity: Severity };
  campaign_reminder: { reminder: number; deadline: string };
  campaign_escalated: { to: string | null; deadline: string };
  campaign_not_submitted: { deadline: string; reminders: number; escalated: boolean };
}

export type CampaignEvent = EventUnion<CampaignEventPayloads>;
