import { spawn, type ChildProcess } from 'node:child_process';
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { isExplicitlySet, loadEnvironment } from '#config';
import { choosePostgres } from './lib/infra.js';
import { ensureMailpit, startMailpit } from './lib/mailpit.js';
import { API_ENTRY, nodeArgs, stopProcess, waitForHealthy, WORKER_ENTRY } from './lib/processes.js';
import { prepareStackDatabase, startTemporal } from './lib/stack.js';
import { temporalReachable } from './lib/temporal-cli.js';
import { CLUSTER_SERVICES, startTemporalCluster } from './lib/temporal-cluster.js';

const DATA = join(process.cwd(), '.data');
const TEMPORAL_UI_PORT = 8233;
/** Mailpit's own defaults: SMTP 1025, web UI 8025. */
const MAILPIT_PORTS = { smtp: 1025, http: 8025 };
const log = (line: string) => console.log(`[dutychain] ${line}`);
/** `npm start -- --temporal=cluster`: Temporal as production runs it instead of the dev server. */
const CLUSTER = process.argv.slice(2).join('=').includes('--temporal=cluster');

/**
 * `npm start`: brings up Temporal and PostgreSQL when they are not already there, migrates,
 * seeds the demo org into an empty database, then runs the worker and the API until Ctrl-C.
 * `npm start -- --temporal=cluster`: the Temporal server's services as separate processes on
 * PostgreSQL instead of the dev server, two workers, and two API instances behind the one port.
 */
async function main(): Promise<void> {
  const env = loadEnvironment();
  const stops: Array<() => Promise<void> | void> = [];
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('Stopping...');
    // A process that does not finish its shutdown in 10 s is killed: Temporal keeps the workflows'
    // state, so nothing is lost, and Ctrl-C never leaves a worker behind.
    await Promise.all(children.reverse().map((c) => stopProcess(c, 10_000)));
    for (const stop of stops.reverse()) await stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  // PostgreSQL first: a Temporal cluster of our own keeps its state there too.
  const pg = await choosePostgres(isExplicitlySet('DATABASE_URL') ? env.DATABASE_URL : null, DATA, log);
  if (pg.embedded) stops.push(() => pg.embedded!.stop());

  // Temporal: the configured cluster, or a dev server already on the default address, or ours
  // (the dev server by default; with --temporal=cluster, the production topology on PostgreSQL).
  let temporalUi: string | null = null;
  let temporalKind = 'the dev server';
  if (isExplicitlySet('TEMPORAL_ADDRESS')) {
    log(`Using the Temporal cluster at ${env.TEMPORAL_ADDRESS} (namespace ${env.TEMPORAL_NAMESPACE})`);
    temporalKind = 'the configured cluster';
  } else if (await temporalReachable(env.TEMPORAL_ADDRESS)) {
    log(`A Temporal server already answers on ${env.TEMPORAL_ADDRESS}; using it`);
    temporalUi = `http://localhost:${TEMPORAL_UI_PORT}`;
    temporalKind = 'an existing server';
  } else if (CLUSTER) {
    const db = new URL(pg.url);
    const server = await startTemporalCluster({
      postgres: { host: db.hostname, port: Number(db.port || 5432), user: decodeURIComponent(db.username) || 'postgres', password: decodeURIComponent(db.password) || undefined },
      database: 'dutychain_temporal',
      frontendPort: Number(env.TEMPORAL_ADDRESS.split(':').pop()),
      dataDir: join(DATA, 'temporal-cluster'),
      namespace: env.TEMPORAL_NAMESPACE,
      log,
    });
    stops.push(() => server.stop());
    temporalKind = `a cluster of its own: ${CLUSTER_SERVICES.join(', ')} as separate processes on PostgreSQL (databases dutychain_temporal, dutychain_temporal_visibility; logs in .data/temporal-cluster)`;
  } else {
    const port = Number(env.TEMPORAL_ADDRESS.split(':').pop());
    const server = await startTemporal({ port, uiPort: TEMPORAL_UI_PORT, dataDir: DATA, persist: true, cliPath: env.TEMPORAL_CLI_PATH, log });
    stops.push(() => server.stop());
    log(`Temporal dev server on ${server.address} (state in .data/temporal.db, log in .data/temporal.log)`);
    temporalUi = `http://localhost:${TEMPORAL_UI_PORT}`;
  }

  const { migrations, seeded } = await prepareStackDatabase(pg.url, { seed: true });
  log(migrations.length ? `Migrations applied: ${migrations.join(', ')}` : 'Database schema is up to date');
  if (seeded) log(`Loaded the demo org: ${seeded.units} units, ${seeded.people} people`);

  // Email: the configured SMTP server, or a Mailpit of our own whose web UI shows the demo's mail.
  let mailUi: string | null = null;
  let smtpUrl = env.SMTP_URL ?? null;
  if (!smtpUrl) {
    const mailpit = await startMailpit({ path: ensureMailpit(process.env.MAILPIT_PATH, log), logFile: join(DATA, 'mailpit.log'), dbFile: join(DATA, 'mailpit.db'), ports: MAILPIT_PORTS });
    stops.push(() => mailpit.stop());
    smtpUrl = mailpit.smtpUrl;
    mailUi = mailpit.httpUrl;
    log(`Mailpit on ${mailpit.smtpUrl} (mail kept in .data/mailpit.db)`);
  }

  // The demo runs with development sign-in unless the operator configured authentication.
  const devAuth = !isExplicitlySet('AUTH_MODE');
  // Development sign-in signs with a key of its own per process unless given one: every API instance must share it.
  const devSecret = devAuth && !isExplicitlySet('AUTH_JWT_SECRET') ? { AUTH_JWT_SECRET: randomBytes(32).toString('hex') } : {};
  const childEnv = { ...process.env, DATABASE_URL: pg.url, TEMPORAL_ADDRESS: env.TEMPORAL_ADDRESS, SMTP_URL: smtpUrl, CONSOLE_URL: isExplicitlySet('CONSOLE_URL') ? env.CONSOLE_URL : `http://localhost:${env.PORT}`, ...(devAuth ? { AUTH_MODE: 'dev', ...devSecret } : {}) };
  // Each process serves /metrics on a port of its own: API instance i on METRICS_PORT (9464, Prometheus's usual) + 2i, worker i on the odd one after.
  const metricsPort = env.METRICS_PORT || 9464;
  const watch = (name: string, child: ChildProcess) => {
    child.once('exit', (code) => {
      if (!stopping) {
        log(`${name} exited (${code}); stopping everything`);
        void stopAll(code ?? 1);
      }
    });
    children.push(child);
  };
  const instances = CLUSTER ? 2 : 1;
  for (let i = 0; i < instances; i++) {
    const metrics = { ...childEnv, METRICS_PORT: String(metricsPort + 2 * i + 1) };
    watch(`worker ${i + 1}`, spawn(process.execPath, nodeArgs(WORKER_ENTRY, env.WORKER_HEAP_MB, ['--enable-source-maps']), { stdio: 'inherit', env: metrics }));
  }
  if (CLUSTER) {
    // Two API instances behind the one port, as Node's own cluster module shares it (round-robin):
    // no proxy hop or extra process, and each instance is a full API with its own metrics port.
    cluster.setupPrimary({ exec: API_ENTRY, execArgv: ['--enable-source-maps'] });
    for (let i = 0; i < instances; i++) watch(`API ${i + 1}`, cluster.fork({ ...childEnv, METRICS_PORT: String(metricsPort + 2 * i) }).process);
  } else {
    watch('api', spawn(process.execPath, nodeArgs(API_ENTRY, env.WORKER_HEAP_MB, ['--enable-source-maps']), { stdio: 'inherit', env: { ...childEnv, METRICS_PORT: String(metricsPort) } }));
  }

  const api = `http://localhost:${env.PORT}`;
  // A slow first start is not fatal here: the summary still tells where to look.
  await waitForHealthy(`${api}/health`, 60_000).catch((err: unknown) => console.warn(String(err)));
  console.log(
    [
      '',
      'Dutychain is running:',
      `  API              ${api}`,
      `  Console          ${api}/console`,
      `  OpenAPI docs     ${api}/docs`,
      `  Health           ${api}/health (/health/live, /health/ready)`,
      ...Array.from({ length: instances }, (_, i) => `  Metrics          http://${env.METRICS_HOST}:${metricsPort + 2 * i}/metrics (API ${i + 1}), http://${env.METRICS_HOST}:${metricsPort + 2 * i + 1}/metrics (worker ${i + 1})`),
      `  Temporal UI      ${temporalUi ?? (CLUSTER ? 'none (the server has no UI of its own): temporal workflow list --query "HazardOverdue = true"' : "(the configured cluster's UI)")}`,
      `  Temporal         ${env.TEMPORAL_ADDRESS}, namespace ${env.TEMPORAL_NAMESPACE}, task queue ${env.TEMPORAL_TASK_QUEUE}: ${temporalKind}`,
      `  Processes        ${instances} API instance(s) on port ${env.PORT}, ${instances} worker(s)`,
      `  PostgreSQL       ${pg.url.replace(/:[^:@/]*@/, ':***@')}${pg.embedded ? ' (embedded)' : ''}`,
      `  Mail             ${mailUi ? `${mailUi} (Mailpit: every notice the demo emails)` : `sent through ${smtpUrl.replace(/:[^:@/]*@/, ':***@')}`}`,
      devAuth
        ? `  Sign-in          AUTH_MODE=dev: POST ${api}/auth/dev-token {"personId":"city-a-head-security"} returns a bearer token (demo only)`
        : `  Sign-in          AUTH_MODE=${env.AUTH_MODE}: bearer tokens from your identity provider`,
      'Press Ctrl-C to stop everything started here.',
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
