import { proxyActivities } from '@temporalio/workflow';
import type { HazardActivities } from '../activities/hazard.activities.js';
import type { AccountabilityReviewInput } from '../libs/domain/src/index.js';

const acts = proxyActivities<HazardActivities>({
  startToCloseTimeout: '30s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
});

/**
 * 责任倒查: opens a review with the facts the hazard workflow gathered. Classification of conduct,
 * sanctions and the reviewing authority's decisions are added by the accountability issue.
 */
export async function accountabilityReviewWorkflow(input: AccountabilityReviewInput): Promise<{ reviewId: string; status: 'open' }> {
  await acts.openAccountabilityReview(input);
  return { reviewId: input.reviewId, status: 'open' };
}
