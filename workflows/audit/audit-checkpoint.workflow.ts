import { proxyActivities } from '@temporalio/workflow';
import type { AuditActivities } from '../../activities/audit/audit.activities.js';
import { CASE_ACTIVITY_OPTIONS } from '../shared/case-log.js';

const acts = proxyActivities<AuditActivities>(CASE_ACTIVITY_OPTIONS);

/** Started daily by the `audit-checkpoint` schedule: signs and keeps the head of every hazard's chain. */
export async function auditCheckpointWorkflow(): Promise<{ id: string; heads: number } | null> {
  return acts.signDailyCheckpoint();
}
