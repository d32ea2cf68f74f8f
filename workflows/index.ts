export { hazardWorkflow } from './hazard.workflow.js';
