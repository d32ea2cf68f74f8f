import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { createPrivateKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/bootstrap-app.js';
import { checkResponsesAgainstDocument } from './response-contract.js';
import { createHazardWorker } from '../../apps/worker/src/hazard-worker.factory.js';
import { readFileSync } from 'node:fs';
import { pollUntil } from '../../scripts/lib/poll.js';
import { APP_ROLE, createDataSource, parseOrgFile, repositoriesOver, type OrgUnitDto } from '#persistence';

/*
 * Test files run in parallel against one database, so each reports hazards into units of its own:
 *   hazards.e2e: city-a-county-1, city-a-county-2 · lifecycle.e2e: city-b-county-1 ·
 *   api-contract.e2e, durability: city-b-county-2 · authorisation-matrix.e2e: city-b-county-7/8 ·
 *   audit-trail.e2e: city-a · outbox: prov · hazard.workflow: a unit it seeds · fuzz.e2e: a database of its own ·
 *   console.e2e: city-a-county-5 (seeded) · accountability.e2e: city-a-county-6, city-a-county-8 (seeded) ·
 *   campaigns.e2e: city-c and its counties (seeded) · schedules.e2e: city-s and its counties (seeded) ·
 *   org-cache: city-a-county-9 (seeded) · metrics.e2e: city-a-county-12 (seeded)
 */

/** A unit of the demo org under another id: every id containing `from` gets `to` instead (people, departments, parent). */
export function demoUnitClone(sourceId: string, from: string, to: string): OrgUnitDto {
  const demo = parseOrgFile(readFileSync('org/demo-org.yaml', 'utf8')).units.find((u) => u.id === sourceId);
  if (!demo) throw new Error(`the demo org has no unit ${sourceId}`);
  return JSON.parse(JSON.stringify(demo).replaceAll(from, to));
}

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
  /** Mailpit's SMTP server and its HTTP API (/api/v1/messages), started for the run. */
  get smtpUrl() {
    return process.env.TEST_SMTP_URL!;
  },
  get mailpitUrl() {
    return process.env.TEST_MAILPIT_URL!;
  },
  /** MinIO, started for the run: the S3 evidence driver's real server. */
  get s3() {
    return { endpoint: process.env.TEST_S3_ENDPOINT!, accessKeyId: process.env.TEST_S3_ACCESS_KEY_ID!, secretAccessKey: process.env.TEST_S3_SECRET_ACCESS_KEY! };
  },
  /** The Temporal CLI the run's dev server came from (for `temporal schedule list` and the like). */
  get temporalCliPath() {
    return process.env.TEMPORAL_CLI_PATH || 'temporal';
  },
  /** Debian's Chromium (installed by .ci/run when missing), for the console's browser test. */
  get chromiumPath() {
    return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  },
};

/** A task queue of the test file's own, so that files running in parallel never steal each other's tasks. */
export function useTaskQueue(prefix: string): string {
  const queue = `${prefix}-${randomUUID().slice(0, 8)}`;
  process.env.TEMPORAL_TASK_QUEUE = queue;
  return queue;
}

/** As the application connects: acting as the restricted role, so its grants are tested too. */
export async function openDataSource(): Promise<DataSource> {
  const ds = createDataSource({ url: infra.databaseUrl, poolSize: 4, role: APP_ROLE });
  return ds.initialize();
}

/** As the database owner, for tests that play a privileged intruder. */
export async function openOwnerDataSource(): Promise<DataSource> {
  return createDataSource({ url: infra.databaseUrl, poolSize: 1 }).initialize();
}

export interface RunningWorker {
  worker: Worker;
  stop: () => Promise<void>;
}

/** The SDK's INFO lines (every activity) would bury test output; warnings and errors still show. */
function quietTemporalRuntime(): void {
  const g = globalThis as { __dutychainRuntime?: boolean };
  if (g.__dutychainRuntime) return;
  g.__dutychainRuntime = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Already installed by an earlier test file in this Jest worker.
  }
}

export async function startWorker(taskQueue: string, dataSource: DataSource): Promise<RunningWorker> {
  quietTemporalRuntime();
  const connection = await NativeConnection.connect({ address: infra.temporalAddress });
  const worker = await createHazardWorker({
    connection,
    namespace: 'default',
    taskQueue,
    repositories: repositoriesOver(dataSource),
    auditSigningKey: createPrivateKey(TEST_AUDIT_KEY),
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

/** Apps under test sign their own tokens (dev mode) with a fixed secret, so tests can also forge bad ones. */
export const TEST_AUTH_SECRET = 'test-only-secret-0123456789abcdef0123456789';

/** The key apps under test sign audit checkpoints with: made for the run, never stored. */
export const TEST_AUDIT_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

export async function createApp(overrides: Record<string, string> = {}): Promise<INestApplication> {
  // Every file signs in every person of the org from one address, and the org grows with the files
  // that seed units of their own; the limiter itself is tested with its own setting (api-contract.e2e).
  const env = { AUTH_MODE: 'dev', AUTH_JWT_SECRET: TEST_AUTH_SECRET, AUDIT_SIGNING_KEY: TEST_AUDIT_KEY, RATE_LIMIT_PER_MINUTE: '100000', ...overrides };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot()] }).compile();
    const app = configureApp(moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true }));
    checkResponsesAgainstDocument(app);
    await app.init();
    return app;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export const eventually = <T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 20_000): Promise<T> =>
  pollUntil(what, probe, { timeoutMs, intervalMs: 100 });

export type AuthHeaders = (personId: string) => { Authorization: string };

/** Signs every person of the org in through POST /auth/dev-token, once per test file. */
export async function signInEveryone(app: INestApplication, ds: DataSource): Promise<AuthHeaders> {
  const people: Array<{ id: string }> = await ds.query(`SELECT id FROM people`);
  const tokens = new Map<string, string>();
  const server = app.getHttpServer();
  const { default: request } = await import('supertest');
  await Promise.all(
    people.map(async ({ id }) => {
      const res = await request(server).post('/auth/dev-token').send({ personId: id });
      if (res.status !== 200) throw new Error(`dev sign-in for ${id} answered ${res.status}`);
      tokens.set(id, res.body.token);
    }),
  );
  return (personId) => {
    const token = tokens.get(personId);
    if (!token) throw new Error(`no token for ${personId}`);
    return { Authorization: `Bearer ${token}` };
  };
}
