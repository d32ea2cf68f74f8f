import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/bootstrap-app.js';
import { createHazardWorker } from '../../apps/worker/src/hazard-worker.factory.js';
import { createDataSource } from '../../libs/persistence/src/index.js';

/** Addresses the global setup started; read once here so tests never touch process.env directly. */
export const infra = {
  get temporalAddress() {
    return process.env.TEMPORAL_ADDRESS!;
  },
  get databaseUrl() {
    return process.env.DATABASE_URL!;
  },
  get workflowBundle() {
    return process.env.TEST_WORKFLOW_BUNDLE!;
  },
};

/** A task queue of the test file's own, so that files running in parallel never steal each other's tasks. */
export function useTaskQueue(prefix: string): string {
  const queue = `${prefix}-${randomUUID().slice(0, 8)}`;
  process.env.TEMPORAL_TASK_QUEUE = queue;
  return queue;
}

export async function openDataSource(): Promise<DataSource> {
  const ds = createDataSource({ url: infra.databaseUrl, poolSize: 4 });
  return ds.initialize();
}

export interface RunningWorker {
  worker: Worker;
  stop: () => Promise<void>;
}

export async function startWorker(taskQueue: string, dataSource: DataSource): Promise<RunningWorker> {
  const connection = await NativeConnection.connect({ address: infra.temporalAddress });
  const worker = await createHazardWorker({
    connection,
    namespace: 'default',
    taskQueue,
    dataSource,
    workflowBundlePath: infra.workflowBundle,
  });
  const running = worker.run();
  return {
    worker,
    stop: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await connection.close();
    },
  };
}

export async function temporalClient(): Promise<Client> {
  return new Client({ connection: await Connection.connect({ address: infra.temporalAddress }) });
}

export async function createApp(overrides: Record<string, string> = {}): Promise<INestApplication> {
  const saved = Object.fromEntries(Object.keys(overrides).map((k) => [k, process.env[k]]));
  Object.assign(process.env, overrides);
  try {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    const app = configureApp(moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true }));
    await app.init();
    return app;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
