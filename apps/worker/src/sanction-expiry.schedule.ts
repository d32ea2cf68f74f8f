import { Client, ScheduleAlreadyRunning, type ConnectionLike } from '@temporalio/client';
import { sanctionExpiryScheduleId } from '#domain';

/** How often the ends of sanctions are recorded: their terms are months long, so hourly is prompt. */
export const SANCTION_EXPIRY_EVERY = '1h';

/**
 * Creates, once per task queue, the Temporal schedule that starts sanctionExpiryWorkflow; a worker
 * that finds it already there leaves it as it is. Returns the schedule's id.
 */
export async function ensureSanctionExpirySchedule(connection: ConnectionLike, namespace: string, taskQueue: string): Promise<string> {
  const client = new Client({ connection, namespace });
  const scheduleId = sanctionExpiryScheduleId(taskQueue);
  try {
    await client.schedule.create({
      scheduleId,
      spec: { intervals: [{ every: SANCTION_EXPIRY_EVERY }] },
      action: { type: 'startWorkflow', workflowType: 'sanctionExpiryWorkflow', taskQueue, args: [] },
      // A missed run (the cluster was down) is caught up once, not once per missed hour.
      policies: { overlap: 'SKIP', catchupWindow: '1d' },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
  return scheduleId;
}
