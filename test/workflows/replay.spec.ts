import { Worker } from '@temporalio/worker';
import { infra } from '../support/harness.js';
import { recordedHistories } from '../support/histories.js';

/** Histories recorded from the real server: a change to the workflow that would break running hazards fails here. */
describe('replay of recorded hazard histories', () => {
  it('replays every recorded history without nondeterminism', async () => {
    const histories = recordedHistories();
    expect(histories.length).toBeGreaterThanOrEqual(2);
    const results = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: infra.workflowBundle } }, histories)) {
      results.push({ workflowId: result.workflowId, error: result.error ? String(result.error) : null });
    }
    expect(results).toEqual(histories.map((h) => ({ workflowId: h.workflowId, error: null })));
  });
});
