import { proxyActivities } from '@temporalio/workflow';
import type { DisciplineActivities } from '../../activities/discipline/discipline.activities.js';
import { CASE_ACTIVITY_OPTIONS } from '../shared/case-log.js';

const acts = proxyActivities<DisciplineActivities>(CASE_ACTIVITY_OPTIONS);

/** Started by the `sanction-expiry` schedule: records the sanctions whose term has run out (event and notices). */
export async function sanctionExpiryWorkflow(): Promise<{ recorded: number }> {
  return { recorded: await acts.recordEndedSanctions() };
}
