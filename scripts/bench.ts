import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createRequire } from 'node:module';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { createDataSource } from '#persistence';
import { DEFAULT_DATABASE_URL, loadEnvironment } from '#config';
import { BASELINE_STEPS, baselineStepUpdate, baselineWorkflow } from '../bench/baseline.workflow.js';
import { createBaselineActivities } from '../bench/baseline.activities.js';
import { measureNotices } from './lib/bench-notices.js';
import { measureLedger } from './lib/bench-ledger.js';
import { percentile, rssMiB } from './lib/bench-stats.js';
import { freePort, withDatabase } from './lib/infra.js';
import { ensureMailpit, startMailpit, type RunningMailpit } from './lib/mailpit.js';
import { postgresReachable } from './lib/postgres.js';
import { pollUntil } from './lib/poll.js';
import { API_ENTRY, nodeArgs, sleep, stopProcess, uniformDeadlines, waitForHealthy, WORKER_ENTRY } from './lib/processes.js';
import { prepareStackDatabase, startTemporal } from './lib/stack.js';
import { CLUSTER_SERVICES, startScratchTemporalCluster } from './lib/temporal-cluster.js';

/**
 * `npm run bench [-- --runs 3 --only lifecycle,intake,overdue,ledger,scale,deadlines --env KEY=VALUE]`:
 * starts its own Temporal dev server (SQLite file), a fresh `dutychain_bench` database on the
 * local PostgreSQL, the worker(s) and the API as separate processes (as `npm start` does), runs
 * Mailpit (every notice is mailed), every measurement `--runs` times, and writes bench/results/latest.json and the table in
 * docs/benchmarks.md. `--env` settings go to the worker and API processes (tuning before/after).
 */
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    lifecycles: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '20' },
    open: { type: 'string', default: '10000' },
    deadlines: { type: 'string', default: '1000' },
    rows: { type: 'string', default: '100000' },
    notices: { type: 'string', default: '1000' },
    label: { type: 'string', default: 'latest' },
    env: { type: 'string', multiple: true, default: [] },
    // Re-measure some figures and keep the others of bench/results/<label>.json.
    merge: { type: 'boolean', default: false },
    // `cluster`: the Temporal server's services as separate processes on PostgreSQL (as npm start -- --temporal=cluster).
    temporal: { type: 'string', default: 'dev' },
  },
});
if (opts.temporal !== 'dev' && opts.temporal !== 'cluster') throw new Error(`--temporal is dev or cluster; got ${opts.temporal}`);
const CLUSTER = opts.temporal === 'cluster';
const RUNS = Number(opts.runs);
const LIFECYCLES = Number(opts.lifecycles);
const CONCURRENCY = Number(opts.concurrency);
const OPEN = Number(opts.open);
const DEADLINES = Number(opts.deadlines);
const ROWS = Number(opts.rows);
const NOTICE_BURST = Number(opts.notices);
const ONLY = new Set((opts.only ?? 'lifecycle,intake,overdue,ledger,scale,deadlines,notices').split(','));
const EXTRA_ENV = Object.fromEntries(opts.env!.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));

const DATA = join(process.cwd(), '.data', 'bench');
const UNITS = ['city-a-county-1', 'city-a-county-2', 'city-b-county-1', 'city-b-county-2', 'city-a', 'city-b', 'prov'];
const TASK_QUEUE = 'bench';
const BENCH_TEMPORAL_DB = 'dutychain_bench_temporal';
const log = (line: string) => console.log(`[bench] ${line}`);

const uniform = uniformDeadlines;
const steady: EscalationPolicy = { ...DEFAULT_POLICY, reminders: [], severities: { general: uniform('PT1H'), major: uniform('PT1H') } };
/**
 * Reports take longer than 10 s to send, so the deadline shrinks by one step for each step of
 * elapsed time: a hazard reported t seconds in falls due at DUE_AFTER - STEP*floor(t/STEP) + t,
 * which keeps every deadline within one step of the others.
 */
const DUE_AFTER = 120;
const DUE_STEP = 8;
const duePolicies = Array.from({ length: 12 }, (_, k): EscalationPolicy => ({
  ...steady,
  severities: { general: { ...uniform('PT1H'), acknowledge: `PT${DUE_AFTER - DUE_STEP * k}S` }, major: uniform('PT1H') },
}));

// ---------- statistics

const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Figure {
  label: string;
  unit: string;
  target?: { op: '>=' | '<='; value: number };
  samples: number[];
}
const figures = new Map<string, Figure>();
function sample(key: string, label: string, unit: string, value: number, target?: Figure['target']): void {
  const f = figures.get(key) ?? { label, unit, target, samples: [] };
  f.samples.push(round(value));
  figures.set(key, f);
  log(`${label}: ${round(value)} ${unit}`);
}
function summary(f: Figure) {
  const s = sortNum(f.samples);
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  const met = f.target ? (f.target.op === '>=' ? median >= f.target.value : median <= f.target.value) : null;
  return { label: f.label, unit: f.unit, median: round(median), min: s[0]!, max: s[s.length - 1]!, samples: f.samples, target: f.target ? `${f.target.op} ${f.target.value}` : null, met };
}

/** Runs `task(i)` for i in [0, n) with at most `width` at a time. */
async function pool(n: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, n) }, async () => {
    while (next < n) await task(next++);
  }));
}

// ---------- the stack

const stop = (child: ChildProcess) => stopProcess(child, 10_000);

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  rmSync(DATA, { recursive: true, force: true });
  mkdirSync(DATA, { recursive: true });
  const env = loadEnvironment();
  const temporalDb = CLUSTER ? null : join(DATA, 'temporal.db');
  const cluster = CLUSTER
    ? await startScratchTemporalCluster('bench', { database: BENCH_TEMPORAL_DB, dataDir: DATA, log })
    : null;
  const dev = cluster ? null : await startTemporal({ port: await freePort(), dataDir: DATA, persist: true, cliPath: env.TEMPORAL_CLI_PATH, log });
  const temporal = (cluster ?? dev)!;
  const temporalPids = () => (cluster ? CLUSTER_SERVICES.map((s) => cluster.process(s).pid) : [dev!.process?.pid]).filter((p): p is number => !!p);
  const address = temporal.address;
  log(`Temporal: ${CLUSTER ? 'the production topology (frontend, history, matching, worker on PostgreSQL)' : 'the CLI dev server (SQLite)'} at ${address}`);
  const children = new Set<ChildProcess>();
  let mailpit: RunningMailpit | null = null;
  // Ctrl-C stops what the benchmark started, as the end of a run does.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void Promise.all([...[...children].map(stop), temporal.stop()]).then(() => process.exit(130)));
  }
  try {
    const base = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
    if (!(await postgresReachable(base))) throw new Error(`the benchmark needs PostgreSQL at ${base.replace(/:[^:@/]*@/, ':***@')}`);
    const url = withDatabase(base, 'dutychain_bench');
    await prepareStackDatabase(url, { fresh: true, seed: true });
    const owner = createDataSource({ url, poolSize: 4 });
    await owner.initialize();
    mailpit = await startMailpit({ path: ensureMailpit(process.env.MAILPIT_PATH, log), logFile: join(DATA, 'mailpit.log'), dbFile: join(DATA, 'mailpit.db') });
    await run({ url, workerHeapMb: env.WORKER_HEAP_MB, address, owner, temporalDb, temporalPids, children, smtpUrl: mailpit.smtpUrl });
    await owner.destroy();
  } finally {
    await Promise.all([...children].map(stop));
    await temporal.stop();
    await mailpit?.stop();
  }
}

interface Stack {
  url: string;
  workerHeapMb: number;
  address: string;
  owner: ReturnType<typeof createDataSource>;
  /** The dev server's SQLite file; null on the cluster, whose state is in PostgreSQL. */
  temporalDb: string | null;
  /** The Temporal server's processes now (one dev server, or the cluster's four services). */
  temporalPids: () => number[];
  children: Set<ChildProcess>;
  smtpUrl: string;
}

async function run(stack: Stack): Promise<void> {
  const { owner, children } = stack;
  const apiPort = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: stack.url,
    TEMPORAL_ADDRESS: stack.address,
    TEMPORAL_TASK_QUEUE: TASK_QUEUE,
    AUTH_MODE: 'dev',
    AUTH_JWT_SECRET: 'bench-only-secret-0123456789abcdef012345',
    PORT: String(apiPort),
    LOG_LEVEL: 'warn',
    NOTIFY_SENDER: 'log',
    // Every notice is also mailed, through a real SMTP server of the benchmark's own.
    SMTP_URL: stack.smtpUrl,
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...EXTRA_ENV,
  };
  const launch = (name: string, entry: string, env: NodeJS.ProcessEnv = {}) => {
    const out = openSync(join(DATA, `${name}.log`), 'a');
    const child = spawn(process.execPath, nodeArgs(entry, stack.workerHeapMb), { env: { ...childEnv, ...env }, stdio: ['ignore', out, out] });
    children.add(child);
    child.once('exit', () => children.delete(child));
    return child;
  };
  const workers: ChildProcess[] = [launch('worker-1', WORKER_ENTRY)];
  // The API's own /metrics: its event loop's delays and its collections, beside what the load generator sees.
  const apiMetrics = `http://127.0.0.1:${await freePort()}/metrics`;
  const api = launch('api', API_ENTRY, { METRICS_PORT: new URL(apiMetrics).port });
  const base = `http://127.0.0.1:${apiPort}`;
  await waitForHealthy(`${base}/health`, 60_000);
  const setWorkers = async (n: number) => {
    while (workers.length > n) await stop(workers.pop()!);
    while (workers.length < n) workers.push(launch(`worker-${workers.length + 1}`, WORKER_ENTRY));
    await sleep(3000);
  };
  const restartWorkers = async () => {
    const n = workers.length;
    await setWorkers(0);
    await setWorkers(n);
  };

  async function http(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  }
  async function must(method: string, path: string, token: string | null, body: unknown, expected: number[]): Promise<any> {
    const r = await http(method, path, token, body);
    if (!expected.includes(r.status)) throw new Error(`${method} ${path} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 400)}`);
    return r.body;
  }
  const tokens = new Map<string, string>();
  const token = async (personId: string) => {
    if (!tokens.has(personId)) tokens.set(personId, (await must('POST', '/auth/dev-token', null, { personId }, [200, 201])).token);
    return tokens.get(personId)!;
  };
  const admin = await token('prov-principal');
  await must('PUT', '/policies/bench-steady', admin, steady, [200, 201]);
  for (const [k, policy] of duePolicies.entries()) await must('PUT', `/policies/bench-deadline-${k}`, admin, policy, [200, 201]);

  const report = async (i: number, tag: string, policyName: string): Promise<string> => {
    const unit = UNITS[i % UNITS.length]!;
    const body = await must('POST', '/hazards', await token(`${unit}-staff-1`), {
      unitId: unit, category: 'fire', severity: 'general', title: `${tag} ${i}`, description: 'benchmark hazard', location: 'store room',
      discoveredBy: `${unit}-staff-1`, discoveredAt: new Date().toISOString(), source: 'report', policyName,
    }, [201]);
    return body.id as string;
  };

  async function lifecycle(i: number, tag: string): Promise<void> {
    const unit = UNITS[i % UNITS.length]!;
    const head = await token(`${unit}-head-security`);
    const officer = await token(`${unit}-safety-officer`);
    const id = await report(i, tag, 'bench-steady');
    // The holder acknowledges at once, as the baseline's caller sends its first update at once:
    // an action that arrives before the chain is resolved waits for it inside the workflow.
    await must('POST', `/hazards/${id}/acknowledge`, head, {}, [200]);
    await must('POST', `/hazards/${id}/submit-plan`, head, {
      plan: { responsiblePersonId: `${unit}-head-security`, measures: 'replace the wiring', funds: '2,000 from the unit budget', deadline: new Date(Date.now() + 30 * 60_000).toISOString(), contingencyPlan: 'room closed' },
    }, [200]);
    await must('POST', `/hazards/${id}/submit-rectification`, head, { summary: 'wiring replaced', evidence: ['photo.jpg'] }, [200]);
    const closed = await must('POST', `/hazards/${id}/verify`, officer, { passed: true, comment: 'checked on site' }, [200]);
    if (closed.status !== 'closed') throw new Error(`hazard ${id} ended ${closed.status}, not closed`);
  }

  // The baseline: a minimal workflow with the same updates and activities, driven by the client.
  const baselineConnection = await NativeConnection.connect({ address: stack.address });
  const baselineWorker = await Worker.create({
    connection: baselineConnection,
    taskQueue: 'bench-baseline',
    workflowsPath: createRequire(import.meta.url).resolve('../bench/baseline.workflow.js'),
    activities: createBaselineActivities(),
  });
  const baselineRunning = baselineWorker.run();
  const client = new Client({ connection: await Connection.connect({ address: stack.address }) });
  async function baseline(i: number, tag: string): Promise<void> {
    const handle = await client.workflow.start(baselineWorkflow, { taskQueue: 'bench-baseline', workflowId: `${tag}-${i}`, args: [{ id: `${tag}-${i}` }] });
    for (const step of ['acknowledge', 'plan', 'rectify', 'verify'].slice(0, BASELINE_STEPS)) await handle.executeUpdate(baselineStepUpdate, { args: [step] });
  }

  /** Lets the worker finish what the last phase left queued, so that no phase pays for another. */
  const settle = async (phase: string) => {
    const t0 = performance.now();
    await waitFor(async () => (await owner.query(`SELECT count(*)::int AS n FROM hazards WHERE status = 'reported'`))[0].n === 0, 1_800_000, `hazards queued by ${phase} to be assigned`);
    log(`settled after ${phase} in ${round((performance.now() - t0) / 1000, 1)} s`);
  };

  const timed = async (n: number, fn: (i: number) => Promise<void>) => {
    const t0 = performance.now();
    await pool(n, CONCURRENCY, fn);
    return n / ((performance.now() - t0) / 1000);
  };

  try {
    // warm-up: bundles are loaded, caches and connection pools filled
    await pool(20, 10, (i) => lifecycle(i, 'warm-up'));
    await pool(20, 10, (i) => baseline(i, 'warm-up-baseline'));

    if (ONLY.has('lifecycle')) {
      for (const workerCount of [1, 2]) {
        await setWorkers(workerCount);
        const suffix = workerCount === 1 ? '' : '-2-workers';
        for (let r = 0; r < RUNS; r++) {
          // CPU of every process the work runs in: this one (the client, and the baseline's worker),
          // the API, the workers, the Temporal server's processes and PostgreSQL's.
          const processes = () => [api.pid!, ...workers.map((w) => w.pid!), ...stack.temporalPids(), ...postgresPids()];
          const cpu0 = cpuSeconds(processes());
          const ours = await timed(LIFECYCLES, (i) => lifecycle(i, `lifecycle${suffix}-${r}`));
          const cpu1 = cpuSeconds(processes());
          const bare = await timed(LIFECYCLES, (i) => baseline(i, `baseline${suffix}-${r}`));
          const cpu2 = cpuSeconds(processes());
          if (workerCount === 1) {
            sample('cpu-per-lifecycle', 'CPU seconds per lifecycle (client, API, worker, Temporal server, PostgreSQL)', 'ms', ((cpu1 - cpu0) / LIFECYCLES) * 1000);
            sample('cpu-per-baseline', 'CPU seconds per baseline workflow (client and its worker, Temporal server, PostgreSQL)', 'ms', ((cpu2 - cpu1) / LIFECYCLES) * 1000);
            sample('cpu-per-lifecycle-ratio', 'CPU per lifecycle ÷ the baseline’s', '×', (cpu1 - cpu0) / (cpu2 - cpu1), { op: '<=', value: 1.5 });
          }
          sample(`lifecycle${suffix}`, `Lifecycle throughput, ${workerCount} worker${workerCount > 1 ? 's' : ''}`, 'hazards/s', ours);
          sample(`baseline${suffix}`, `Baseline throughput (bare Temporal), ${workerCount === 1 ? 'same server' : 'same run'}`, 'workflows/s', bare);
          sample(`ratio${suffix}`, `Ratio ours / baseline, ${workerCount} worker${workerCount > 1 ? 's' : ''}`, '×', ours / bare, { op: '>=', value: 0.5 });
        }
      }
      await setWorkers(1);
    }

    if (ONLY.has('intake')) {
      const reporter = await token('city-a-county-1-staff-1');
      const body = JSON.stringify({
        unitId: 'city-a-county-1', category: 'fire', severity: 'general', title: 'intake benchmark', description: 'd', location: 'l',
        discoveredBy: 'city-a-county-1-staff-1', discoveredAt: new Date().toISOString(), source: 'report', policyName: 'bench-steady',
      });
      for (let r = 0; r < RUNS; r++) {
        for (const rate of [25, 50, 100]) {
          const result = await autocannon({
            url: `${base}/hazards`, method: 'POST', body, connections: 20, overallRate: rate, duration: 10,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${reporter}` },
          });
          if (result.non2xx || result.errors) throw new Error(`POST /hazards at ${rate}/s: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
          log(`POST /hazards at ${rate}/s: ${result.requests.total} requests in ${result.duration} s`);
          const target = rate === 50 ? { op: '<=' as const, value: 50 } : undefined;
          sample(`intake-${rate}-p50`, `POST /hazards at ${rate}/s, p50`, 'ms', result.latency.p50);
          sample(`intake-${rate}-p99`, `POST /hazards at ${rate}/s, p99`, 'ms', result.latency.p99, target);
          await settle(`intake at ${rate}/s`);
        }
      }
    }

    if (ONLY.has('deadlines')) {
      await settle('the previous phase');
      for (let r = 0; r < RUNS; r++) {
        const ids: string[] = [];
        const t0 = Date.now();
        const step = () => Math.min(duePolicies.length - 1, Math.floor((Date.now() - t0) / 1000 / DUE_STEP));
        await pool(DEADLINES, 50, async (i) => void ids.push(await report(i, `deadline-${r}`, `bench-deadline-${step()}`)));
        await waitFor(async () => (await owner.query(`SELECT count(*)::int AS n FROM hazards WHERE id = ANY($1) AND status = 'assigned'`, [ids]))[0].n === ids.length, 120_000, 'every deadline hazard assigned');
        const due: Array<{ id: string; due: Date }> = await owner.query(`SELECT id, stage_deadline AS due FROM hazards WHERE id = ANY($1)`, [ids]);
        const last = Math.max(...due.map((d) => d.due.getTime()));
        const spread = (last - Math.min(...due.map((d) => d.due.getTime()))) / 1000;
        await sleep(Math.max(0, last - Date.now()));
        await waitFor(async () => (await owner.query(`SELECT count(*)::int AS n FROM hazard_events WHERE hazard_id = ANY($1) AND type = 'escalated'`, [ids]))[0].n === ids.length, 120_000, 'every deadline escalated');
        const rows: Array<{ lag: number }> = await owner.query(
          `SELECT extract(epoch FROM e.recorded_at - d.due) * 1000 AS lag FROM hazard_events e JOIN unnest($1::uuid[], $2::timestamptz[]) AS d(id, due) ON d.id = e.hazard_id WHERE e.type = 'escalated'`,
          [due.map((d) => d.id), due.map((d) => d.due.toISOString())],
        );
        const lags = sortNum(rows.map((x) => Number(x.lag)));
        sample('deadline-spread', `${DEADLINES} deadlines fell due within`, 's', spread);
        sample('deadline-lag-p50', 'Deadline to escalation recorded, p50', 'ms', percentile(lags, 50));
        sample('deadline-lag-p99', 'Deadline to escalation recorded, p99', 'ms', percentile(lags, 99), { op: '<=', value: 2000 });
        await settle('deadlines');
      }
    }

    if (ONLY.has('scale')) {
      for (let r = 0; r < RUNS; r++) {
        // A fresh worker each run, so its memory is that of holding this run's hazards.
        await restartWorkers();
        const ids: string[] = [];
        const t0 = performance.now();
        await pool(OPEN, 50, async (i) => void ids.push(await report(i, `open-${r}`, 'bench-steady')));
        await waitFor(async () => (await owner.query(`SELECT count(*)::int AS n FROM hazards WHERE id = ANY($1) AND status = 'assigned'`, [ids]))[0].n === ids.length, 1_800_000, `all ${OPEN} open hazards assigned`);
        const seconds = (performance.now() - t0) / 1000;
        await sleep(2000);
        const [{ open }] = await owner.query(`SELECT count(*)::int AS open FROM hazards WHERE status <> 'closed' AND workflow_id LIKE 'hazard-%'`);
        sample('scale-intake-rate', `${OPEN} hazards reported and assigned, rate`, 'hazards/s', OPEN / seconds);
        sample('scale-open', 'Hazards open at once (with pending timers)', 'hazards', open);
        sample('scale-worker-rss', `Worker resident memory after ${OPEN} new open hazards`, 'MiB', rssMiB(workers[0]!.pid!, 'VmRSS'), { op: '<=', value: 1024 });
        sample('scale-worker-hwm', 'Worker peak resident memory', 'MiB', rssMiB(workers[0]!.pid!, 'VmHWM'));
        const temporalMiB = stack.temporalDb
          ? fileMiB(stack.temporalDb) + fileMiB(`${stack.temporalDb}-wal`)
          : Number((await owner.query(`SELECT sum(pg_database_size(datname)) AS b FROM pg_database WHERE datname IN ($1, $2)`, [BENCH_TEMPORAL_DB, `${BENCH_TEMPORAL_DB}_visibility`]))[0].b) / 2 ** 20;
        sample('scale-temporal-db', `Temporal server database (${stack.temporalDb ? 'SQLite file + WAL' : 'its two PostgreSQL databases'})`, 'MiB', temporalMiB);
        sample('scale-pg-db', 'PostgreSQL database', 'MiB', Number((await owner.query(`SELECT pg_database_size(current_database()) AS b`))[0].b) / 2 ** 20);
        await settle('open-hazard scale');
      }
    }

    if (ONLY.has('notices')) await measureNotices({ owner, runs: RUNS, burst: NOTICE_BURST, setWorkers, sample, afterLifecycles: ONLY.has('lifecycle') });

    if (ONLY.has('overdue') || ONLY.has('ledger')) {
      const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM hazards`);
      const add = Math.max(0, ROWS - n);
      // Rows without workflows: the list endpoint reads only the read model. As in life, the
      // overdue ones are old: none of the newest 40,000 is.
      await owner.query(
        `INSERT INTO hazards (id, unit_id, category, severity, title, description, location, discovered_by, discovered_at, source, intake_hash, status,
                              responsible_person_id, current_rung, workflow_id, stage_action, stage_deadline, policy_name, created_at)
         SELECT gen_random_uuid(), u, 'fire', CASE WHEN g % 10 = 0 THEN 'major' ELSE 'general' END, 'bulk row ' || g, 'd', 'l', u || '-staff-1',
                now() - g * interval '1 minute', 'report', md5(g::text), CASE WHEN g % 3 = 0 THEN 'closed' ELSE 'assigned' END,
                u || '-head-security', 0, 'bulk-' || g, 'acknowledge',
                CASE WHEN g % 3 = 0 THEN NULL WHEN g % 20 = 1 AND g > 40000 THEN now() - interval '1 hour' ELSE now() + interval '1 day' END, 'default', now() - g * interval '1 minute'
           FROM generate_series(1, $1::int) g, LATERAL (SELECT ($2::text[])[1 + g % $3::int] AS u) x`,
        [add, UNITS, UNITS.length],
      );
      await owner.query('ANALYZE hazards');
      const [{ total, overdue }] = await owner.query(`SELECT count(*)::int AS total, count(*) FILTER (WHERE status <> 'closed' AND stage_deadline < now())::int AS overdue FROM hazards`);
      log(`${total} hazards, ${overdue} overdue`);
      if (ONLY.has('ledger')) await measureLedger({ owner, url: stack.url, base, apiMetrics, token: await token('prov-principal'), apiPid: api.pid!, runs: RUNS, total, sample });
      for (const [who, label] of ONLY.has('overdue') ? ([['prov-principal', 'province'], ['city-a-county-1-principal', 'county']] as const) : []) {
        const viewer = await token(who);
        for (let r = 0; r < RUNS; r++) {
          const result = await autocannon({
            url: `${base}/hazards?overdue=true`, connections: 10, overallRate: 50, duration: 10, headers: { authorization: `Bearer ${viewer}` },
          });
          if (result.non2xx || result.errors) throw new Error(`GET /hazards?overdue=true: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
          sample(`overdue-${label}-p50`, `GET /hazards?overdue=true at 50/s on ${total} hazards, ${label} view, p50`, 'ms', result.latency.p50);
          sample(`overdue-${label}-p99`, `GET /hazards?overdue=true at 50/s on ${total} hazards, ${label} view, p99`, 'ms', result.latency.p99, { op: '<=', value: 20 });
        }
      }
    }
  } finally {
    baselineWorker.shutdown();
    await baselineRunning;
    await baselineConnection.close();
    await client.connection.close();
  }
  await write();
}

const waitFor = (check: () => Promise<boolean>, timeoutMs: number, what: string) => pollUntil(what, check, { timeoutMs, intervalMs: 500 });

const fileMiB = (path: string) => (existsSync(path) ? statSync(path).size / 2 ** 20 : 0);

// ---------- results

async function write(): Promise<void> {
  const pkg = (name: string) => JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).version as string;
  const results = {
    date: new Date().toISOString(),
    label: opts.label,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: round(totalmem() / 2 ** 30, 1), kernel: release() },
    versions: { node: process.version, temporalCli: 'v1.5.1', temporalSdk: pkg('@temporalio/worker'), nest: pkg('@nestjs/core'), typeorm: pkg('typeorm') },
    settings: { runs: RUNS, lifecycles: LIFECYCLES, concurrency: CONCURRENCY, open: OPEN, deadlines: DEADLINES, rows: ROWS, env: EXTRA_ENV },
    figures: Object.fromEntries([...figures].map(([k, f]) => [k, summary(f)])),
  };
  mkdirSync('bench/results', { recursive: true });
  const previous = `bench/results/${opts.label}.json`;
  if (opts.merge && existsSync(previous)) {
    const kept = JSON.parse(readFileSync(previous, 'utf8')) as typeof results;
    results.figures = { ...kept.figures, ...results.figures };
  }
  writeFileSync(`bench/results/${opts.label}.json`, JSON.stringify(results, null, 2) + '\n');
  const table = [
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, Linux ${results.machine.kernel};`,
    `Node ${results.versions.node}, Temporal CLI ${results.versions.temporalCli} (dev server, SQLite), SDK ${results.versions.temporalSdk}, NestJS ${results.versions.nest}, TypeORM ${results.versions.typeorm}, PostgreSQL 15.`,
    `${RUNS} runs; ${LIFECYCLES} lifecycles per run at ${CONCURRENCY} concurrent actors; settings ${JSON.stringify(EXTRA_ENV)}.`,
    '',
    '| figure | median | min – max | target |',
    '| --- | --- | --- | --- |',
    ...Object.values(results.figures).map((f) => `| ${f.label} | ${f.median} ${f.unit} | ${f.min} – ${f.max} | ${f.target ? `${f.target} ${f.met ? '(met)' : '(missed)'}` : ''} |`),
  ].join('\n');
  const doc = 'docs/benchmarks.md';
  mkdirSync('docs', { recursive: true });
  const [start, end] = [`<!-- bench:${opts.label}:start -->`, `<!-- bench:${opts.label}:end -->`];
  let text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n\n`npm run bench` writes the tables below.\n';
  const block = `${start}\n${table}\n${end}`;
  text = text.includes(start) ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${text.trimEnd()}\n\n## ${opts.label}\n\n${block}\n`;
  writeFileSync(doc, text);
  log(`wrote bench/results/${opts.label}.json and the "${opts.label}" table in ${doc}`);
  console.log(table);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

/** User and system CPU seconds of these processes so far (this process's own included when named), from /proc. */
function cpuSeconds(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    if (pid === process.pid) {
      const u = process.cpuUsage();
      return sum + (u.user + u.system) / 1e6;
    }
    try {
      // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th (clock ticks, 100 a second).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return sum; // exited meanwhile
    }
  }, 0);
}

/** PostgreSQL's processes (the postmaster and its backends), and this process. */
function postgresPids(): number[] {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
    } catch {
      return false;
    }
  });
  return [...pids, process.pid];
}
