import { Worker } from '@temporalio/worker';
import { infra } from '../support/harness.js';
import { recordedHistories } from '../support/histories.js';

/** Histories recorded from the real server: a change to a workflow that would break running executions fails here. */
describe('replay of recorded histories (hazards, reviews, incidents, campaigns, signings)', () => {
  it('replays every recorded history without nondeterminism', async () => {
    const histories = recordedHistories();
    expect(histories.length).toBeGreaterThanOrEqual(15);
    const results = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: infra.workflowBundle } }, histories)) {
      results.push({ workflowId: result.workflowId, error: result.error ? String(result.error) : null });
    }
    expect(results).toEqual(histories.map((h) => ({ workflowId: h.workflowId, error: null })));
  });
});
