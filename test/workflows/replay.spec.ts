import { Worker } from '@temporalio/worker';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { infra } from '../support/harness.js';
import { HISTORIES_DIR, recordedHistories } from '../support/histories.js';

/** Each patch and the ending its fixtures' names carry: `<scenario>-<ending>.json`. */
const PATCH_FIXTURES: Record<string, string> = {
  'local-activities-v1': 'local-activities',
  'event-records-as-activities-v2': 'event-activities-v2',
  'patches-at-start-v3': 'patches-at-start-v3',
  'intake-failure-v4': 'intake-failure-v4',
  'handler-mutex-v5': 'handler-mutex-v5',
  'case-log-mutex-v1': 'case-log-mutex-v1',
  'incident-events-v2': 'incident-events-v2',
  'supervision-stage-v6': 'supervision-stage-v6',
  'review-appeals-v1': 'review-appeals-v1',
  'incident-hazard-reviews-v3': 'incident-hazard-reviews-v3',
  'vacant-rungs-v7': 'vacant-rungs-v7',
  'supervision-reviews-v8': 'supervision-reviews-v8',
  'search-attributes-v9': 'search-attributes-v9',
};

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

  it('keeps, for every patch, fixtures that were recorded with its marker', () => {
    const names = recordedHistories().map((h) => h.workflowId);
    for (const [patch, ending] of Object.entries(PATCH_FIXTURES)) {
      const fixtures = names.filter((n) => n.endsWith(`-${ending}`));
      // The patch marker's data as the history's JSON form stores it (base64 of the SDK's JSON).
      const marker = Buffer.from(JSON.stringify({ id: patch, deprecated: false })).toString('base64');
      const withMarker = fixtures.filter((n) => readFileSync(join(HISTORIES_DIR, `${n}.json`), 'utf8').includes(marker));
      expect({ patch, fixtures: withMarker }).toEqual({ patch, fixtures });
      expect(fixtures.length).toBeGreaterThan(0);
    }
  });
});
