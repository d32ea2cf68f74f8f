import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createHazardActivities } from '../../../activities/hazard.activities.js';

export interface HazardWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dataSource: DataSource;
  /** A prebuilt bundle (tests build one for all files); otherwise the workflows are bundled at start. */
  workflowBundlePath?: string;
  tuning?: Pick<WorkerOptions, 'maxConcurrentActivityTaskExecutions' | 'maxConcurrentWorkflowTaskExecutions' | 'maxCachedWorkflows'>;
}

/** workflows/index.ts under ts-jest, workflows/index.js once compiled into dist/. */
export const WORKFLOWS_PATH = ['index.ts', 'index.js']
  .map((f) => fileURLToPath(new URL(`../../../workflows/${f}`, import.meta.url)))
  .find((f) => existsSync(f))!;

export function createHazardWorker(options: HazardWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.workflowBundlePath
      ? { workflowBundle: { codePath: options.workflowBundlePath } }
      : { workflowsPath: WORKFLOWS_PATH }),
    activities: createHazardActivities({ dataSource: options.dataSource }),
    ...options.tuning,
  });
}
