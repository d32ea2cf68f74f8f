import type { WorkflowHandle } from '@temporalio/client';
// Not re-exported from the package root; the SDK's JSON form of a history (the same as `temporal workflow show -o json`).
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HISTORIES_DIR = join(process.cwd(), 'test', 'fixtures', 'histories');

/**
 * Saves a workflow's history as a replay fixture when the fixture is missing, so that later
 * changes to the workflow are replayed against it in CI. A fixture is written once, by the code
 * version that made it, and never overwritten: re-recording would replace an older patch
 * version's history with one the current code made, and CI would stop replaying the old path.
 */
export async function keepHistory(name: string, handle: WorkflowHandle): Promise<void> {
  const path = join(HISTORIES_DIR, `${name}.json`);
  if (existsSync(path)) return;
  const history = await handle.fetchHistory();
  writeFileSync(path, JSON.stringify(JSON.parse(historyToJSON(history)), null, 1) + '\n');
}

/** Waits for the workflow to finish, then keeps its history as keepHistory does. */
export async function keepFinishedHistory(name: string, handle: WorkflowHandle): Promise<void> {
  await handle.result();
  await keepHistory(name, handle);
}

export function recordedHistories() {
  return readdirSync(HISTORIES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ workflowId: f.replace(/\.json$/, ''), history: historyFromJSON(JSON.parse(readFileSync(join(HISTORIES_DIR, f), 'utf8'))) }));
}
