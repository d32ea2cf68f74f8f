export { hazardWorkflow } from './hazards/hazard.workflow.js';
export { accountabilityReviewWorkflow } from './accountability/accountability-review.workflow.js';
export { incidentWorkflow } from './incidents/incident.workflow.js';
export { supervisionCampaignWorkflow, campaignUnitWorkflow } from './campaigns/supervision-campaign.workflow.js';
export { letterSigningWorkflow } from './letters/letter-signing.workflow.js';
export { sanctionExpiryWorkflow } from './discipline/sanction-expiry.workflow.js';
export { auditCheckpointWorkflow } from './audit/audit-checkpoint.workflow.js';
export { dutyRunWorkflow } from './schedules/duty-run.workflow.js';
export { earlyWarningWorkflow } from './warnings/early-warning.workflow.js';
