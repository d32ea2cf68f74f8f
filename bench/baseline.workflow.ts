import { allHandlersFinished, condition, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { BaselineActivities } from './baseline.activities.js';

/** One update per lifecycle action: acknowledge, plan, rectify, verify. */
export const baselineStepUpdate = defineUpdate<number, [string]>('step');
export const BASELINE_STEPS = 4;

// Local, as the hazard workflow's writes are (patch local-activities-v1): like for like.
const acts = proxyLocalActivities<BaselineActivities>({ startToCloseTimeout: '30s' });

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
  await acts.note(input.id, 'intake');
  await acts.note(input.id, 'resolve');
  await acts.note(input.id, 'assigned');
  ready = true;
  await condition(() => steps >= BASELINE_STEPS && allHandlersFinished());
  return steps;
}
