export { hazardWorkflow } from './hazard.workflow.js';
export { accountabilityReviewWorkflow } from './accountability-review.workflow.js';
