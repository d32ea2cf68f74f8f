import { InitialSchema1764100000000 } from './1764100000000-initial-schema.js';
import { Lifecycle1764200000000 } from './1764200000000-lifecycle.js';
import { NotificationDelivery1764300000000 } from './1764300000000-notification-delivery.js';
import { AuditChain1764400000000 } from './1764400000000-audit-chain.js';
import { Discipline1764500000000 } from './1764500000000-discipline.js';
import { IntakeFailure1764600000000 } from './1764600000000-intake-failure.js';
import { AfterTheTop1764700000000 } from './1764700000000-after-the-top.js';
import { OneSigningAYear1764800000000 } from './1764800000000-one-signing-a-year.js';
import { SanctionEnds1764900000000 } from './1764900000000-sanction-ends.js';
import { Appeals1765000000000 } from './1765000000000-appeals.js';
import { IncidentHazards1765100000000 } from './1765100000000-incident-hazards.js';
import { Acting1765200000000 } from './1765200000000-acting.js';
import { SupervisionReviews1765300000000 } from './1765300000000-supervision-reviews.js';
import { AuditCheckpoints1765400000000 } from './1765400000000-audit-checkpoints.js';

import { NoticeFeed1765500000000 } from './1765500000000-notice-feed.js';
import { NoticeDeliveries1765600000000 } from './1765600000000-notice-deliveries.js';
import { UnitRobots1765700000000 } from './1765700000000-unit-robots.js';
import { DeliveryPreferences1765800000000 } from './1765800000000-delivery-preferences.js';
import { DutySchedules1765900000000 } from './1765900000000-duty-schedules.js';
import { EarlyWarnings1766000000000 } from './1766000000000-early-warnings.js';
import { DutyRoster1766100000000 } from './1766100000000-duty-roster.js';
import { RiskAssessments1766200000000 } from './1766200000000-risk-assessments.js';
import { ContingencyPlans1766300000000 } from './1766300000000-contingency-plans.js';
import { RiskTemplates1766400000000 } from './1766400000000-risk-templates.js';
import { IncidentWarnings1766500000000 } from './1766500000000-incident-warnings.js';
import { ShiftSwaps1766600000000 } from './1766600000000-shift-swaps.js';
import { MoreDuties1766700000000 } from './1766700000000-more-duties.js';
import { StatisticsReports1766800000000 } from './1766800000000-statistics-reports.js';
import { LedgerSearch1766900000000 } from './1766900000000-ledger-search.js';
import { HazardAttachments1767000000000 } from './1767000000000-hazard-attachments.js';
import { OrgChangeNotify1767100000000 } from './1767100000000-org-change-notify.js';
export { APP_ROLE } from './1764400000000-audit-chain.js';

/** Listed explicitly (not globbed) so that the same list works from ts-jest and from dist/. */
export const MIGRATIONS = [InitialSchema1764100000000, Lifecycle1764200000000, NotificationDelivery1764300000000, AuditChain1764400000000, Discipline1764500000000, IntakeFailure1764600000000, AfterTheTop1764700000000, OneSigningAYear1764800000000, SanctionEnds1764900000000, Appeals1765000000000, IncidentHazards1765100000000, Acting1765200000000, SupervisionReviews1765300000000, AuditCheckpoints1765400000000, NoticeFeed1765500000000, NoticeDeliveries1765600000000, UnitRobots1765700000000, DeliveryPreferences1765800000000, DutySchedules1765900000000, EarlyWarnings1766000000000, DutyRoster1766100000000, RiskAssessments1766200000000, ContingencyPlans1766300000000, RiskTemplates1766400000000, IncidentWarnings1766500000000, ShiftSwaps1766600000000, MoreDuties1766700000000, StatisticsReports1766800000000, LedgerSearch1766900000000, HazardAttachments1767000000000, OrgChangeNotify1767100000000];
