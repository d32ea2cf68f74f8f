import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import pRetry from 'p-retry';
import { auditConfig, temporalConfig, type AuditConfig, type TemporalConfig } from '#config';
import { REPOSITORIES, type Repositories } from '#persistence';
import { ensureSearchAttributes, temporalConnectionSettings } from '#temporal';
import { HAZARD_SEARCH_ATTRIBUTES } from '../../../workflows/hazards/hazard.search-attributes.js';
import { createHazardWorker } from './hazard-worker.factory.js';
import { WorkerMetrics } from './metrics/worker-metrics.js';
import { ensureSanctionExpirySchedule } from './sanction-expiry.schedule.js';
import { ensureAuditCheckpointSchedule } from './audit-checkpoint.schedule.js';

/** How long a starting worker waits for Temporal before it gives up. */
export const TEMPORAL_BOOT_WAIT_MS = 5 * 60_000;

/** Runs one Temporal worker for the hazard task queue inside the Nest application context. */
@Injectable()
export class WorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerService.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    @Inject(temporalConfig.KEY) private readonly config: TemporalConfig,
    @Inject(REPOSITORIES) private readonly repositories: Repositories,
    @Inject(auditConfig.KEY) private readonly audit: AuditConfig,
    private readonly metrics: WorkerMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.logger.log(`Running on Node ${process.version}`);
    // A worker started while Temporal is down (or restarting) waits for it with backoff, as the
    // database connection does, instead of exiting and leaving the task queue unserved.
    this.connection = await pRetry(() => NativeConnection.connect(temporalConnectionSettings(this.config)), {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: 250,
      maxTimeout: 5000,
      maxRetryTime: TEMPORAL_BOOT_WAIT_MS,
      onFailedAttempt: ({ attemptNumber, error }) => this.logger.warn(`Temporal at ${this.config.address} not reachable (attempt ${attemptNumber}): ${error.message}`),
    });
    // Before the first task: a workflow that upserts an attribute the namespace lacks fails its task.
    const added = await ensureSearchAttributes(this.connection.operatorService, this.config.namespace, HAZARD_SEARCH_ATTRIBUTES);
    if (added.length) this.logger.log(`Registered search attributes ${added.join(', ')} on namespace ${this.config.namespace}`);
    this.worker = await createHazardWorker({
      connection: this.connection,
      namespace: this.config.namespace,
      taskQueue: this.config.taskQueue,
      repositories: this.repositories,
      auditSigningKey: this.audit.signingKey,
      observer: this.metrics,
      tuning: this.config.worker,
    });
    this.logger.log(`Worker polling task queue "${this.config.taskQueue}" on ${this.config.address} (${this.config.namespace})`);
    // Not fatal: the next worker to start creates it.
    await Connection.connect(temporalConnectionSettings(this.config))
      .then(async (client) => {
        try {
          this.logger.log(`Schedule ${await ensureSanctionExpirySchedule(client, this.config.namespace, this.config.taskQueue)} records the ends of sanctions`);
          if (this.audit.signingKey) this.logger.log(`Schedule ${await ensureAuditCheckpointSchedule(client, this.config.namespace, this.config.taskQueue)} signs the audit chain's heads daily`);
          else this.logger.warn('No AUDIT_SIGNING_KEY: no daily audit checkpoints are signed');
        } finally {
          await client.close();
        }
      })
      .catch((err: unknown) => this.logger.warn(`Could not create the schedules: ${String(err)}`));
    this.running = this.worker.run().catch((err: unknown) => {
      this.logger.error(`Worker stopped: ${String(err)}`);
      process.exitCode = 1;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
  }
}
