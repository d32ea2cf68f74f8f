import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { SeverityDeadlines } from '../../libs/domain/src/index.js';

export const WORKER_ENTRY = 'dist/apps/worker/src/main.js';
export const API_ENTRY = 'dist/apps/api/src/main.js';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Node's arguments for one of our processes. The worker's heap is bounded (WORKER_HEAP_MB): left
 * to Node's default of about 4 GiB, V8 lets garbage pile up and a worker holding 10,000 open
 * hazards passes 1 GiB resident; bounded at 768 MiB it stays near 700 MiB at the same speed
 * (docs/benchmarks.md, "Tuning").
 */
export function nodeArgs(entry: string, workerHeapMb: number, extra: string[] = []): string[] {
  return [...extra, ...(entry === WORKER_ENTRY ? [`--max-old-space-size=${workerHeapMb}`] : []), entry];
}

/** SIGTERM, then SIGKILL if the process has not exited within the grace period. */
export async function stopProcess(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  if (!(await Promise.race([once(child, 'exit').then(() => true), sleep(graceMs).then(() => false)]))) child.kill('SIGKILL');
}

/** Whether `GET url` answered 2xx within the time given, asking every 250 ms. */
export async function waitForHealthy(url: string, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(250)) {
    if (await fetch(url).then((r) => r.ok, () => false)) return true;
  }
  return false;
}

/** The same duration for every step of a severity: second-scale policies for the scripts' runs. */
export const uniformDeadlines = (duration: string): SeverityDeadlines => ({
  acknowledge: duration, plan: duration, rectify: duration, verify: duration, decision: duration, escalationStep: duration,
});
