import { bundleWorkflowCode } from '@temporalio/worker';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CREDENTIAL_PATTERN, isExplicitlySet, loadEnvironment } from '#config';
import { parseCaseEvent, parseHazardEvent } from '#domain';
import { createDataSource } from '#persistence';
import { WORKFLOWS_PATH, workflowBundlerOptions } from '../apps/worker/src/hazard-worker.factory.js';
import { choosePostgres, databaseName, dropTestDatabase, freePort, withDatabase } from './lib/infra.js';
import { prepareStackDatabase, startTemporal } from './lib/stack.js';
import { ensureMailpit, startMailpit } from './lib/mailpit.js';
import { ensureMinio, startMinio } from './lib/minio.js';
import { findTemporalCli } from './lib/temporal-cli.js';
import { startScratchTemporalCluster } from './lib/temporal-cluster.js';

const DATA = join(process.cwd(), '.data', 'test');

/**
 * `npm test`: real infrastructure for the whole suite — a private Temporal dev server (in memory)
 * and a fresh PostgreSQL database with the schema migrated and the demo org seeded — then Jest,
 * with the addresses in its environment, then teardown. Arguments are passed to Jest, but for
 * `--temporal=cluster`, which runs the suites against the Temporal server's production topology.
 */
async function main(): Promise<number> {
  const started = Date.now();
  const env = loadEnvironment();
  mkdirSync(DATA, { recursive: true });
  const stops: Array<() => Promise<void> | void> = [];

  // `--temporal=cluster`: the suites run against the production topology (the server's services as
  // separate processes on PostgreSQL, databases of the run's own) instead of the dev server.
  const args = process.argv.slice(2);
  const cluster = args.includes('--temporal=cluster');
  const jestArgs = args.filter((a) => a !== '--temporal=cluster');
  let address: string;
  if (cluster) {
    const server = await startScratchTemporalCluster('test', { database: `dutychain_test_temporal_${process.pid}`, dataDir: DATA, log: console.log });
    stops.push(() => server.stop(true));
    address = server.address;
  } else {
    const temporal = await startTemporal({ port: await freePort(), dataDir: DATA, persist: false, cliPath: env.TEMPORAL_CLI_PATH });
    stops.push(() => temporal.stop());
    address = temporal.address;
  }

  // Email goes to a real SMTP server whose HTTP API the tests read.
  const mailpit = await startMailpit({ path: ensureMailpit(process.env.MAILPIT_PATH), logFile: join(DATA, 'mailpit.log') });
  stops.push(() => mailpit.stop());

  // Evidence files: the S3 driver is tested against a real S3 server.
  rmSync(join(DATA, 'minio'), { recursive: true, force: true });
  const minio = await startMinio({ path: ensureMinio(process.env.MINIO_PATH), dataDir: join(DATA, 'minio'), logFile: join(DATA, 'minio.log') });
  stops.push(() => minio.stop());

  const pg = await choosePostgres(isExplicitlySet('DATABASE_URL') ? env.DATABASE_URL : null, DATA, console.log);
  if (pg.embedded) stops.push(() => pg.embedded!.stop());
  // A database per run, so that two runs on one machine (a developer's and CI's) never collide.
  const url = withDatabase(pg.url, `${databaseName(pg.url)}_${process.pid}_test`);
  stops.push(() => dropTestDatabase(url));
  await prepareStackDatabase(url, { fresh: true, seed: true });

  const bundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietLogger, ...workflowBundlerOptions });
  const bundlePath = join(DATA, 'workflow-bundle.js');
  writeFileSync(bundlePath, bundle.code);

  const resultsPath = join(DATA, 'jest-results.json');
  rmSync(resultsPath, { force: true });
  const contractPath = join(DATA, 'response-contract.jsonl');
  rmSync(contractPath, { force: true });
  console.log(`Test infrastructure ready in ${Date.now() - started} ms: Temporal ${address}, database ${databaseName(url)}, Mailpit ${mailpit.httpUrl}, MinIO ${minio.endpoint}`);

  try {
    const jest = spawn(
      process.execPath,
      [
        '--experimental-vm-modules',
        '--no-warnings=ExperimentalWarning',
        'node_modules/jest/bin/jest.js',
        '--json',
        `--outputFile=${resultsPath}`,
        ...jestArgs,
      ],
      {
        stdio: ['inherit', 'pipe', 'pipe'],
        env: {
          ...process.env,
          TEMPORAL_ADDRESS: address,
          DATABASE_URL: url,
          TEST_WORKFLOW_BUNDLE: bundlePath,
          TEST_CONTRACT_LOG: contractPath,
          TEST_SMTP_URL: mailpit.smtpUrl,
          TEST_MAILPIT_URL: mailpit.httpUrl,
          TEST_S3_ENDPOINT: minio.endpoint,
          TEST_S3_ACCESS_KEY_ID: minio.accessKeyId,
          TEST_S3_SECRET_ACCESS_KEY: minio.secretAccessKey,
          TEMPORAL_CLI_PATH: findTemporalCli(env.TEMPORAL_CLI_PATH) ?? '',
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        },
      },
    );
    // Everything the suites print (the in-process API's and worker's logs among it) also goes to a file that is read for credentials afterwards.
    const outputPath = join(DATA, 'jest-output.log');
    const output = createWriteStream(outputPath);
    jest.stdout!.on('data', (chunk: Buffer) => (process.stdout.write(chunk), output.write(chunk)));
    jest.stderr!.on('data', (chunk: Buffer) => (process.stderr.write(chunk), output.write(chunk)));
    const [code] = (await once(jest, 'exit')) as [number | null];
    await new Promise<void>((resolve) => output.end(resolve));
    const eventsFit = await checkRecordedEvents(url);
    const noCredentials = checkNoCredentials(outputPath);
    const contractHolds = checkResponseContract(contractPath);
    printSummary(resultsPath);
    return eventsFit && noCredentials && contractHolds ? (code ?? 1) : 1;
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

/**
 * Every hazard and case event the suites recorded, read back through the typed unions: a payload
 * that no longer fits fails the run even where no test looked at it.
 */
async function checkRecordedEvents(url: string): Promise<boolean> {
  const ds = createDataSource({ url, poolSize: 1 });
  await ds.initialize();
  try {
    type Row = { stream: string; sequence: number; type: string; actor_id: string | null; payload: unknown };
    const hazards: Row[] = await ds.query(`SELECT 'hazard:' || hazard_id AS stream, sequence, type, actor_id, payload FROM hazard_events ORDER BY hazard_id, sequence`);
    const cases: Row[] = await ds.query(`SELECT stream, sequence, type, actor_id, payload FROM case_events ORDER BY stream, sequence`);
    const misfits = [...hazards.map((r) => [r, parseHazardEvent] as const), ...cases.map((r) => [r, parseCaseEvent] as const)].flatMap(([r, parse]) => {
      try {
        parse({ type: r.type, actorId: r.actor_id, payload: r.payload });
        return [];
      } catch (err) {
        return [`${r.stream} event ${r.sequence}: ${(err as Error).message}`];
      }
    });
    for (const m of misfits.slice(0, 20)) console.error(m);
    console.log(`events recorded by the suites: ${hazards.length} hazard and ${cases.length} case events read back as typed events, ${misfits.length} did not fit`);
    return misfits.length === 0;
  } finally {
    await ds.destroy();
  }
}

/** No bearer token or JWT in anything the run printed: the API and the worker redact them (libs/config logging.ts). */
function checkNoCredentials(path: string): boolean {
  const lines = readFileSync(path, 'utf8').split('\n');
  const leaks = lines.filter((l) => CREDENTIAL_PATTERN.test(l));
  for (const l of leaks.slice(0, 5)) console.error(`credential in the test output: ${l.replace(CREDENTIAL_PATTERN, '<credential>').slice(0, 300)}`);
  console.log(`logs of the run: ${lines.length} lines read, ${leaks.length} with a credential`);
  return leaks.length === 0;
}

/** Every response the apps under test sent, held to the served OpenAPI document (test/support/response-contract.ts). */
function checkResponseContract(path: string): boolean {
  const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
  const records = lines.map((l) => JSON.parse(l) as { where?: string; violation?: string });
  const violations = records.filter((r) => r.violation);
  const distinct = [...new Set(violations.map((v) => `${v.where ?? ''}: ${v.violation}`))];
  for (const v of distinct.slice(0, 30)) console.error(`response contract: ${v}`);
  const operations = new Set(records.map((r) => r.where?.replace(/ \d+$/, '')));
  console.log(`responses checked against the OpenAPI document: ${records.length} (${operations.size} operations), ${violations.length} violations (${distinct.length} distinct)`);
  return violations.length === 0;
}

/** One plain closing line, `tests: N passed, N failed, N skipped`, that CI reads whatever the runner. */
function printSummary(path: string): void {
  if (!existsSync(path)) return;
  const r = JSON.parse(readFileSync(path, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numRuntimeErrorTestSuites: number };
  const failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
  console.log(`\ntests: ${r.numPassedTests} passed, ${failed} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

const noop = () => undefined;
const quietLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: console.error, log: noop };
