import { Client, ScheduleAlreadyRunning, type ConnectionLike } from '@temporalio/client';
import { auditCheckpointScheduleId } from '#domain';

/**
 * Creates, once per task queue, the Temporal schedule that signs the audit chain's heads every
 * day at 00:00 China time; a worker that finds it already there leaves it. Returns its id.
 */
export async function ensureAuditCheckpointSchedule(connection: ConnectionLike, namespace: string, taskQueue: string): Promise<string> {
  const client = new Client({ connection, namespace });
  const scheduleId = auditCheckpointScheduleId(taskQueue);
  try {
    await client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: 0, minute: 0 }], timezone: 'Asia/Shanghai' },
      action: { type: 'startWorkflow', workflowType: 'auditCheckpointWorkflow', taskQueue, args: [] },
      // A day missed while the cluster was down is signed once when it is back.
      policies: { overlap: 'SKIP', catchupWindow: '1d' },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
  return scheduleId;
}
