import type { CampaignPolicy } from '../discipline/discipline.js';
import type { PinnedPolicy } from '../policies/policy.js';
import type { HazardCategory, Severity } from '../shared/vocabulary.js';

export interface ChecklistItem {
  id: string;
  text: string;
  category: HazardCategory;
  severity: Severity;
  /** A pass counts only with evidence attached (a backup log, a restore record). */
  evidenceRequired?: boolean;
}

export interface InspectionResult {
  itemId: string;
  passed: boolean;
  note?: string;
  evidence?: string[];
}

export interface CampaignInput {
  campaignId: string;
  issuerUnitId: string;
  title: string;
  checklist: ChecklistItem[];
  unitIds: string[];
  /** ISO-8601 instants */
  startedAt: string;
  deadline: string;
  policy: PinnedPolicy;
  createdBy: string;
}

export interface CampaignUnitInput {
  campaignId: string;
  unitId: string;
  title: string;
  checklist: ChecklistItem[];
  startedAt: string;
  deadline: string;
  policy: PinnedPolicy;
  campaigns: CampaignPolicy;
}

export interface CampaignUnitState {
  campaignId: string;
  unitId: string;
  status: 'pending' | 'submitted' | 'not_submitted';
  submissions: number;
  /** Checklist item → the hazard its failure opened. */
  hazards: Record<string, string>;
  reminders: number;
  escalated: boolean;
}
/** What a campaign compiles at its end for the authorities (the status report the seed asks for). */
export interface CampaignUnitReport {
  unitId: string;
  unitName: string;
  submitted: boolean;
  submittedAt: string | null;
  reminders: number;
  escalated: boolean;
  itemsChecked: number;
  itemsFailed: string[];
  hazardsOpened: { general: number; major: number };
  overdueHazards: number;
  omitted: Array<{ hazardId: string; category: string; title: string }>;
}

export interface CampaignReport {
  campaignId: string;
  title: string;
  issuerUnitId: string;
  deadline: string;
  compiledAt: string;
  units: CampaignUnitReport[];
  summary: {
    units: number;
    submitted: number;
    notSubmitted: number;
    itemsFailed: number;
    hazardsOpened: { general: number; major: number };
    overdueHazards: number;
    omitted: number;
  };
}
