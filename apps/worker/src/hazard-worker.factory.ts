import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, type BundleOptions, type WorkerOptions } from '@temporalio/worker';
import type { Repositories } from '#persistence';
import { createAccountabilityActivities } from '../../../activities/accountability/accountability.activities.js';
import { createCampaignActivities } from '../../../activities/campaigns/campaign.activities.js';
import { createHazardActivities, type HazardActivityObserver } from '../../../activities/hazards/hazard.activities.js';
import { createIncidentActivities } from '../../../activities/incidents/incident.activities.js';
import { createLetterActivities } from '../../../activities/letters/letter.activities.js';
import { createCaseEventActivities } from '../../../activities/shared/case-events.activities.js';
import { createDisciplineActivities } from '../../../activities/discipline/discipline.activities.js';
import { createAuditActivities } from '../../../activities/audit/audit.activities.js';
import { createDutyActivities } from '../../../activities/schedules/duty.activities.js';
import { createWarningActivities } from '../../../activities/warnings/warning.activities.js';
import { createRiskActivities } from '../../../activities/risk/risk.activities.js';
import { createPlanActivities } from '../../../activities/plans/plan.activities.js';
import { createStatisticsActivities } from '../../../activities/statistics/statistics.activities.js';
import type { KeyObject } from 'node:crypto';

export interface HazardWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  repositories: Repositories;
  /** Signs the daily audit checkpoint; without it the checkpoint activity signs nothing. */
  auditSigningKey?: KeyObject | null;
  /** A prebuilt bundle (tests build one for all files); otherwise the workflows are bundled at start. */
  workflowBundlePath?: string;
  /** Hears what the worker's metrics count (escalation lag). */
  observer?: HazardActivityObserver;
  tuning?: Pick<WorkerOptions, 'maxConcurrentActivityTaskExecutions' | 'maxConcurrentWorkflowTaskExecutions' | 'maxCachedWorkflows'>;
}

/** workflows/index.ts under ts-jest, workflows/index.js once compiled into dist/. */
export const WORKFLOWS_PATH = ['index.ts', 'index.js']
  .map((f) => fileURLToPath(new URL(`../../../workflows/${f}`, import.meta.url)))
  .find((f) => existsSync(f))!;

/**
 * Two aliases for the workflow bundle. `#domain` (package.json "imports") names dist/ for Node;
 * the bundle takes the domain beside the workflows it bundles, sources under ts-jest and compiled
 * code from dist/. chinese-days (the holiday table) names an ES-module build under "module" in a
 * package typed "commonjs", which webpack then refuses to parse; point the bundle at its
 * CommonJS main instead.
 */
const WORKFLOW_DOMAIN = join(dirname(WORKFLOWS_PATH), '..', 'libs', 'domain', 'src', basename(WORKFLOWS_PATH));

export const workflowBundlerOptions: Pick<BundleOptions, 'webpackConfigHook'> = {
  webpackConfigHook: (config) => {
    const alias = {
      ...(config.resolve?.alias as Record<string, string> | undefined),
      '#domain$': WORKFLOW_DOMAIN,
      'chinese-days$': createRequire(import.meta.url).resolve('chinese-days'),
    };
    return { ...config, resolve: { ...config.resolve, alias } };
  },
};

/** Every feature's activities, registered under the names the workflows call them by. */
export function activitiesFor(deps: Repositories, auditSigningKey: KeyObject | null = null, observer?: HazardActivityObserver) {
  return {
    ...createHazardActivities(deps, observer),
    ...createCaseEventActivities(deps),
    ...createAccountabilityActivities(deps),
    ...createIncidentActivities(deps),
    ...createCampaignActivities(deps),
    ...createLetterActivities(deps),
    ...createDisciplineActivities(deps),
    ...createAuditActivities(deps, auditSigningKey),
    ...createDutyActivities(deps),
    ...createWarningActivities(deps),
    ...createRiskActivities(deps),
    ...createPlanActivities(deps),
    ...createStatisticsActivities(deps),
  };
}

export function createHazardWorker(options: HazardWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...(options.workflowBundlePath
      ? { workflowBundle: { codePath: options.workflowBundlePath } }
      : { workflowsPath: WORKFLOWS_PATH, bundlerOptions: workflowBundlerOptions }),
    activities: activitiesFor(options.repositories, options.auditSigningKey ?? null, options.observer),
    ...options.tuning,
  });
}
