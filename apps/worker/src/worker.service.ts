import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { temporalConfig, type TemporalConfig } from '../../../libs/config/src/index.js';
import { temporalConnectionSettings } from '../../../libs/temporal/src/index.js';
import { createHazardWorker } from './hazard-worker.factory.js';

/** Runs one Temporal worker for the hazard task queue inside the Nest application context. */
@Injectable()
export class WorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerService.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    @Inject(temporalConfig.KEY) private readonly config: TemporalConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.connection = await NativeConnection.connect(temporalConnectionSettings(this.config));
    this.worker = await createHazardWorker({
      connection: this.connection,
      namespace: this.config.namespace,
      taskQueue: this.config.taskQueue,
      dataSource: this.dataSource,
      tuning: this.config.worker,
    });
    this.logger.log(`Worker polling task queue "${this.config.taskQueue}" on ${this.config.address} (${this.config.namespace})`);
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
