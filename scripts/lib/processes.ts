export const WORKER_ENTRY = 'dist/apps/worker/src/main.js';
export const API_ENTRY = 'dist/apps/api/src/main.js';

/**
 * Node's arguments for one of our processes. The worker's heap is bounded (WORKER_HEAP_MB): left
 * to Node's default of about 4 GiB, V8 lets garbage pile up and a worker holding 10,000 open
 * hazards passes 1 GiB resident; bounded at 768 MiB it stays near 700 MiB at the same speed
 * (docs/benchmarks.md, "Tuning").
 */
export function nodeArgs(entry: string, workerHeapMb: number, extra: string[] = []): string[] {
  return [...extra, ...(entry === WORKER_ENTRY ? [`--max-old-space-size=${workerHeapMb}`] : []), entry];
}
