import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { pollUntil } from './poll.js';
import type { SeverityDeadlines } from '#domain';

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

/** Whether the process has already exited (its 'exit' event will not come again). */
export const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** SIGKILL, waiting (bounded) for the exit; safe on a process that has already exited. */
export async function killProcess(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (hasExited(child)) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  if (!(await Promise.race([exited.then(() => true), sleep(timeoutMs).then(() => false)]))) throw new Error(`process ${child.pid} did not exit within ${timeoutMs} ms of SIGKILL`);
}

/** SIGTERM, then SIGKILL if the process has not exited within the grace period. */
export async function stopProcess(child: ChildProcess, graceMs: number): Promise<void> {
  if (hasExited(child)) return;
  child.kill('SIGTERM');
  if (!(await Promise.race([once(child, 'exit').then(() => true), sleep(graceMs).then(() => false)]))) child.kill('SIGKILL');
}

/** Waits until `GET url` answers 2xx; throws, naming the URL, when it has not within the time given. */
export async function waitForHealthy(url: string, timeoutMs: number): Promise<void> {
  await pollUntil(`${url} to answer 2xx`, () => fetch(url, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok), { timeoutMs });
}

/** The same duration for every step of a severity: second-scale policies for the scripts' runs. */
export const uniformDeadlines = (duration: string): SeverityDeadlines => ({
  acknowledge: duration, plan: duration, rectify: duration, verify: duration, decision: duration, escalationStep: duration,
});
