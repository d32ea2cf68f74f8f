export { hazardWorkflow } from './hazard.workflow.js';
export { accountabilityReviewWorkflow } from './accountability-review.workflow.js';
export { incidentWorkflow } from './incident.workflow.js';
export { supervisionCampaignWorkflow, campaignUnitWorkflow } from './supervision-campaign.workflow.js';
export { letterSigningWorkflow } from './letter-signing.workflow.js';
