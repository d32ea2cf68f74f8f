export { hazardWorkflowIdFor as hazardWorkflowId } from '../../persistence/src/hazard-intake.repository.js';

export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
export const TEMPORAL_TASK_QUEUE = Symbol('TEMPORAL_TASK_QUEUE');
