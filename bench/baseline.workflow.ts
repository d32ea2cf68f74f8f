import { allHandlersFinished, condition, defineUpdate, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { BaselineActivities } from './baseline.activities.js';

/** One update per lifecycle action: acknowledge, plan, rectify, verify. */
export const baselineStepUpdate = defineUpdate<number, [string]>('step');
export const BASELINE_STEPS = 4;

// Like for like with the hazard workflow: its two intake activities are local, its event writes regular.
const local = proxyLocalActivities<BaselineActivities>({ startToCloseTimeout: '30s' });
const acts = proxyActivities<BaselineActivities>({ startToCloseTimeout: '30s' });

/**
 * The least a Temporal workflow can do for one hazard's lifecycle: the same three activities at
 * start (record intake, resolve the chain, record assignment), then one activity per update.
 * `npm run bench` divides our throughput by this one's.
 */
export async function baselineWorkflow(input: { id: string }): Promise<number> {
  let steps = 0;
  let ready = false;
  setHandler(baselineStepUpdate, async (name) => {
    await condition(() => ready);
    await acts.note(input.id, name);
    return ++steps;
  });
  await local.note(input.id, 'intake');
  await local.note(input.id, 'resolve');
  await acts.note(input.id, 'assigned');
  ready = true;
  await condition(() => steps >= BASELINE_STEPS && allHandlersFinished());
  return steps;
}
