import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, type BundleOptions, type WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createDisciplineActivities } from '../../../activities/discipline.activities.js';
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

/**
 * chinese-days (the holiday table) names an ES-module build under "module" in a package typed
 * "commonjs", which webpack then refuses to parse; point the bundle at its CommonJS main instead.
 */
export const workflowBundlerOptions: Pick<BundleOptions, 'webpackConfigHook'> = {
  webpackConfigHook: (config) => {
    const alias = { ...(config.resolve?.alias as Record<string, string> | undefined), 'chinese-days$': createRequire(import.meta.url).resolve('chinese-days') };
    return { ...config, resolve: { ...config.resolve, alias } };
  },
};

export function createHazardWorker(options: HazardWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.workflowBundlePath
      ? { workflowBundle: { codePath: options.workflowBundlePath } }
      : { workflowsPath: WORKFLOWS_PATH, bundlerOptions: workflowBundlerOptions }),
    activities: { ...createHazardActivities({ dataSource: options.dataSource }), ...createDisciplineActivities({ dataSource: options.dataSource }) },
    ...options.tuning,
  });
}
