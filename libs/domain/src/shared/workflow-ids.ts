/** Every workflow's id, in one place: the API starts and finds workflows by these, workflows start children by them. */
export const hazardWorkflowId = (hazardId: string) => `hazard-${hazardId}`;
export const accountabilityReviewId = (hazardId: string) => `accountability-review-hazard-${hazardId}`;
export const incidentReviewId = (incidentId: string) => `accountability-review-incident-${incidentId}`;
/** The review of a hazard's holders for a loss in an incident that came from it. */
export const lossReviewId = (hazardId: string, incidentId: string) => `accountability-review-hazard-${hazardId}-loss-${incidentId}`;
/** The follow-up review of a hazard's lapses under supervision (挂牌督办) after its first review. */
export const supervisionReviewId = (hazardId: string) => `accountability-review-hazard-${hazardId}-supervision`;
export const incidentWorkflowId = (incidentId: string) => `incident-${incidentId}`;
export const campaignWorkflowId = (campaignId: string) => `campaign-${campaignId}`;
export const campaignUnitWorkflowId = (campaignId: string, unitId: string) => `campaign-${campaignId}-${unitId}`;
export const signingWorkflowId = (signingId: string) => `letter-signing-${signingId}`;
/** The schedule that starts sanctionExpiryWorkflow (one per namespace and task queue). */
export const sanctionExpiryScheduleId = (taskQueue: string) => `sanction-expiry-${taskQueue}`;
/** The schedule that starts auditCheckpointWorkflow daily (one per namespace and task queue). */
export const auditCheckpointScheduleId = (taskQueue: string) => `audit-checkpoint-${taskQueue}`;
