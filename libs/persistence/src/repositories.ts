import type { DataSource } from 'typeorm';
import { ReviewRepository } from './accountability/review.repository.js';
import { CheckpointRepository } from './audit/checkpoint.repository.js';
import { CampaignRepository } from './campaigns/campaign.repository.js';
import { SanctionRepository } from './discipline/sanction.repository.js';
import { ScorecardRepository } from './discipline/scorecard.repository.js';
import { UnitOutcomeRepository } from './discipline/unit-outcome.repository.js';
import { ApprovalRepository } from './hazards/approval.repository.js';
import { HazardEventRepository } from './hazards/hazard-event.repository.js';
import { HazardRepository } from './hazards/hazard.repository.js';
import { IncidentRepository } from './incidents/incident.repository.js';
import { LetterRepository } from './letters/letter.repository.js';
import { DeliveryRepository } from './notifications/delivery.repository.js';
import { FeedRepository } from './notifications/feed.repository.js';
import { OutboxRepository } from './notifications/outbox.repository.js';
import { OrgRepository } from './org/org.repository.js';
import { ActingRepository } from './org/acting.repository.js';
import { PolicyRepository } from './policies/policy.repository.js';
import { CaseEventRepository } from './shared/case-event.repository.js';
import { DutyScheduleRepository } from './schedules/duty-schedule.repository.js';
import { WarningRepository } from './warnings/warning.repository.js';
import { ShiftRepository } from './roster/shift.repository.js';
import { RiskAssessmentRepository } from './risk/risk-assessment.repository.js';
import { RiskTemplateRepository } from './risk/risk-template.repository.js';
import { PlanRepository } from './plans/plan.repository.js';
import { StatisticsReportRepository } from './statistics/statistics-report.repository.js';
import { LedgerRepository } from './hazards/ledger.repository.js';
import { AttachmentRepository } from './hazards/attachment.repository.js';
import { WorkRepository } from './hazards/work.repository.js';
import { OperationsRepository } from './metrics/operations.repository.js';

/** Every repository, one per aggregate, by the name the activities and services know it by. */
export const REPOSITORY_CLASSES = {
  acting: ActingRepository,
  approvals: ApprovalRepository,
  attachments: AttachmentRepository,
  campaigns: CampaignRepository,
  caseEvents: CaseEventRepository,
  checkpoints: CheckpointRepository,
  deliveries: DeliveryRepository,
  feed: FeedRepository,
  hazardEvents: HazardEventRepository,
  hazards: HazardRepository,
  incidents: IncidentRepository,
  ledger: LedgerRepository,
  operations: OperationsRepository,
  letters: LetterRepository,
  org: OrgRepository,
  outbox: OutboxRepository,
  plans: PlanRepository,
  policies: PolicyRepository,
  reviews: ReviewRepository,
  risk: RiskAssessmentRepository,
  riskTemplates: RiskTemplateRepository,
  sanctions: SanctionRepository,
  schedules: DutyScheduleRepository,
  scorecards: ScorecardRepository,
  shifts: ShiftRepository,
  statistics: StatisticsReportRepository,
  unitOutcomes: UnitOutcomeRepository,
  warnings: WarningRepository,
  work: WorkRepository,
} as const;

export type Repositories = { [K in keyof typeof REPOSITORY_CLASSES]: InstanceType<(typeof REPOSITORY_CLASSES)[K]> };

/** DI token of the whole set, for the worker, which hands it to the activities. */
export const REPOSITORIES = Symbol('REPOSITORIES');

/** Every repository over one data source (scripts and tests; Nest builds them in PersistenceModule). */
export function repositoriesOver(ds: DataSource): Repositories {
  return Object.fromEntries(Object.entries(REPOSITORY_CLASSES).map(([name, R]) => [name, new R(ds)])) as Repositories;
}
