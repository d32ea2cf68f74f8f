import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
// Not re-exported from the package root (as test/support/histories.ts does with proto-utils).
import { msToTs } from '@temporalio/common/lib/time.js';
import { ensureSearchAttributes } from '#temporal';
import { HAZARD_SEARCH_ATTRIBUTES } from '../../workflows/hazards/hazard.search-attributes.js';
import { ensureGoTool, goToolCacheDir, type GoTool } from './go-tool.js';
import { pollUntil } from './poll.js';
import { killProcess, stopProcess } from './processes.js';

/** The server inside the pinned Temporal CLI (v1.5.1), so both engines run the same release. */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const SERVER: GoTool = { name: 'server', cache: 'temporal-server', module: 'go.temporal.io/server/cmd/server', version: TEMPORAL_SERVER_VERSION, label: 'the Temporal server' };
const SQL_TOOL: GoTool = { name: 'sql', cache: 'temporal-server', module: 'go.temporal.io/server/cmd/tools/sql', version: TEMPORAL_SERVER_VERSION, label: "the Temporal server's schema tool" };

export const CLUSTER_SERVICES = ['history', 'matching', 'frontend', 'worker'] as const;
export type ClusterService = (typeof CLUSTER_SERVICES)[number];

export interface TemporalClusterOptions {
  /** The machine's PostgreSQL as its owner (trust auth here): the server gets two databases of its own on it. */
  postgres: { host: string; port: number; user: string; password?: string };
  /** Prefix of its two databases: `<prefix>` and `<prefix>_visibility`. */
  database: string;
  /** The frontend's gRPC port; the other services take ports after it (see `ports`). */
  frontendPort: number;
  /** Config and logs. */
  dataDir: string;
  namespace?: string;
  /** Drop its databases first (the fault suite's: a run starts from nothing). */
  fresh?: boolean;
  log?: (line: string) => void;
}

/** A Temporal cluster of this process: each service a process of its own, which a fault can kill and `restart` bring back. */
export interface TemporalCluster {
  readonly address: string;
  /** Prometheus metrics of the server's services (tally), one port per service. */
  readonly metricsUrls: Record<ClusterService, string>;
  process(service: ClusterService): ChildProcess;
  kill(service: ClusterService): Promise<void>;
  restart(service: ClusterService): Promise<void>;
  /** Stops every service; `dropDatabases` for a run's throwaway state. */
  stop(dropDatabases?: boolean): Promise<void>;
}

/** The server binaries and their schema files, found or built once into the cache. */
function ensureServer(log?: (line: string) => void): { server: string; sql: string; schema: string } {
  const server = ensureGoTool(SERVER, process.env.TEMPORAL_SERVER_PATH, 'TEMPORAL_SERVER_PATH', 'build it with `go install go.temporal.io/server/cmd/server@v1.29.1`', log);
  const sql = ensureGoTool(SQL_TOOL, process.env.TEMPORAL_SQL_TOOL_PATH, 'TEMPORAL_SQL_TOOL_PATH', 'build it with `go install go.temporal.io/server/cmd/tools/sql@v1.29.1`', log);
  // The versioned schema comes with the module, not the binaries: kept beside them in the cache.
  const schema = join(goToolCacheDir(SERVER), 'schema', 'postgresql', 'v12');
  if (!existsSync(schema)) {
    const download = spawnSync('go', ['mod', 'download', '-json', `go.temporal.io/server@${TEMPORAL_SERVER_VERSION}`], { encoding: 'utf8' });
    if (download.status !== 0) throw new Error(`could not fetch the schema of go.temporal.io/server@${TEMPORAL_SERVER_VERSION}: ${download.stderr}`);
    const dir = (JSON.parse(download.stdout) as { Dir: string }).Dir;
    cpSync(join(dir, 'schema', 'postgresql', 'v12'), schema, { recursive: true });
  }
  return { server, sql, schema };
}

/** `ask` over a fresh connection to the frontend, closed after; false while nothing answers there. */
async function askFrontend(address: string, ask: (conn: Connection) => Promise<boolean>): Promise<boolean> {
  const conn = await Connection.connect({ address, connectTimeout: '2s' }).catch(() => null);
  if (!conn) return false;
  try {
    return await ask(conn);
  } finally {
    await conn.close();
  }
}

/** gRPC, membership and metrics ports of each service, from the frontend's. */
export function clusterPorts(frontend: number) {
  const offset: Record<ClusterService, number> = { frontend: 0, history: 1, matching: 2, worker: 6 };
  return Object.fromEntries(
    CLUSTER_SERVICES.map((s) => [s, { grpc: frontend + offset[s], membership: frontend + 100 + offset[s], metrics: frontend + 200 + offset[s] }]),
  ) as Record<ClusterService, { grpc: number; membership: number; metrics: number }>;
}

/** The config of one service's process: the same cluster, and a metrics port of its own. */
function configYaml(o: TemporalClusterOptions, ports: ReturnType<typeof clusterPorts>, own: ClusterService): string {
  const store = (db: string, conns: number) => `
      sql:
        pluginName: "postgres12"
        databaseName: "${db}"
        connectAddr: "${o.postgres.host}:${o.postgres.port}"
        connectProtocol: "tcp"
        user: "${o.postgres.user}"
        password: "${o.postgres.password ?? ''}"
        maxConns: ${conns}
        maxIdleConns: ${conns}
        maxConnLifetime: "1h"`;
  const service = (s: ClusterService) => `
  ${s}:
    rpc:
      grpcPort: ${ports[s].grpc}
      membershipPort: ${ports[s].membership}
      bindOnLocalHost: true${s === 'frontend' ? `\n      httpPort: ${ports.frontend.grpc + 10}` : ''}`;
  return `# Written by scripts/lib/temporal-cluster.ts for npm start -- --temporal=cluster; rewritten at each start.
log:
  stdout: true
  level: warn
persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: 4
  datastores:
    postgres-default:${store(o.database, 20)}
    postgres-visibility:${store(`${o.database}_visibility`, 4)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
  metrics:
    prometheus:
      framework: "tally"
      timerType: "histogram"
      listenAddress: "127.0.0.1:${ports[own].metrics}"
services:${CLUSTER_SERVICES.map(service).join('')}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: "127.0.0.1:${ports.frontend.grpc}"
dcRedirectionPolicy:
  policy: "noop"
publicClient:
  hostPort: "127.0.0.1:${ports.frontend.grpc}"
dynamicConfigClient:
  filepath: "${join(o.dataDir, 'dynamicconfig.yaml')}"
  pollInterval: "10s"
`;
}

const DYNAMIC_CONFIG = `# As the Temporal server's own development-sql.yaml, for what Dutychain uses.
limit.maxIDLength:
  - value: 255
frontend.enableExecuteMultiOperation:
  - value: true
frontend.enableUpdateWorkflowExecution:
  - value: true
`;

/**
 * Temporal as a province runs it: the server's four services as separate processes on PostgreSQL
 * persistence and PostgreSQL visibility (two databases, set up and upgraded by the schema tool),
 * the namespace registered and Dutychain's search attributes added.
 */
export async function startTemporalCluster(o: TemporalClusterOptions): Promise<TemporalCluster> {
  const log = o.log ?? (() => undefined);
  const namespace = o.namespace ?? 'default';
  const bin = ensureServer(log);
  const pgArgs = ['--pl', 'postgres12', '--ep', o.postgres.host, '-p', String(o.postgres.port), '-u', o.postgres.user, ...(o.postgres.password ? ['--pw', o.postgres.password] : [])];
  const databases = [[o.database, 'temporal'], [`${o.database}_visibility`, 'visibility']] as const;
  const drop = () => {
    for (const [db] of databases) spawnSync(bin.sql, [...pgArgs, '--db', db, 'drop-database', '--force'], { encoding: 'utf8' });
  };
  if (o.fresh) drop();
  for (const [db, dir] of databases) {
    // Each step is idempotent: an existing database is kept, a set-up schema is only brought up to date.
    for (const args of [['create-database'], ['setup-schema', '-v', '0.0'], ['update-schema', '-d', join(bin.schema, dir, 'versioned')]]) {
      const run = spawnSync(bin.sql, [...pgArgs, '--db', db, ...args], { encoding: 'utf8' });
      if (run.status !== 0 || /\bERROR\b/.test(run.stdout + run.stderr)) throw new Error(`temporal sql ${args[0]} on ${db} failed:\n${run.stdout}${run.stderr}`);
    }
  }
  log(`Temporal databases ${o.database} and ${o.database}_visibility set up`);

  const ports = clusterPorts(o.frontendPort);
  mkdirSync(o.dataDir, { recursive: true });
  writeFileSync(join(o.dataDir, 'dynamicconfig.yaml'), DYNAMIC_CONFIG);
  for (const s of CLUSTER_SERVICES) {
    mkdirSync(join(o.dataDir, `config-${s}`), { recursive: true });
    writeFileSync(join(o.dataDir, `config-${s}`, 'development.yaml'), configYaml(o, ports, s));
  }
  const launch = (service: ClusterService) => {
    const out = openSync(join(o.dataDir, `${service}.log`), 'a');
    return spawn(bin.server, ['--root', o.dataDir, '--config', `config-${service}`, '--env', 'development', '--allow-no-auth', 'start', '--service', service], { stdio: ['ignore', out, out] });
  };
  const address = `127.0.0.1:${ports.frontend.grpc}`;
  // On fresh databases every service would write the cluster's metadata at once, and the losers
  // exit ("SaveClusterMetadata encountered version mismatch"): the frontend writes it first.
  const children = new Map<ClusterService, ChildProcess>([['frontend', launch('frontend')]]);
  await pollUntil(
    `the Temporal frontend at ${address}`,
    async () => {
      const frontend = children.get('frontend')!;
      if (frontend.exitCode !== null) throw new Error(`the Temporal frontend exited (${frontend.exitCode}); see ${join(o.dataDir, 'frontend.log')}`);
      return askFrontend(address, (conn) => conn.workflowService.getSystemInfo({}).then(() => true, () => false));
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  ).catch(async (err: unknown) => {
    await stopProcess(children.get('frontend')!, 5000);
    throw err;
  });
  for (const s of CLUSTER_SERVICES) if (!children.has(s)) children.set(s, launch(s));
  const cluster: TemporalCluster = {
    address,
    metricsUrls: Object.fromEntries(CLUSTER_SERVICES.map((s) => [s, `http://127.0.0.1:${ports[s].metrics}/metrics`])) as Record<ClusterService, string>,
    process: (s) => children.get(s)!,
    kill: (s) => killProcess(children.get(s)!),
    async restart(s) {
      await stopProcess(children.get(s)!, 10_000);
      children.set(s, launch(s));
    },
    async stop(dropDatabases = false) {
      await Promise.all([...children.values()].map((c) => stopProcess(c, 10_000)));
      if (dropDatabases) drop();
    },
  };
  let exited: string | null = null;
  try {
    await pollUntil(
      `the Temporal cluster at ${address} to serve namespace ${namespace}`,
      async () => {
        for (const [s, c] of children) if (c.exitCode !== null) exited = `the Temporal ${s} service exited (${c.exitCode}); see ${join(o.dataDir, `${s}.log`)}`;
        if (exited) return true;
        return askFrontend(address, async (conn) => {
          const known = await conn.workflowService.describeNamespace({ namespace }).then(() => true, () => false);
          if (!known) {
            await conn.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('3 days') }).catch(() => undefined);
            return false;
          }
          const added = await ensureSearchAttributes(conn.operatorService, namespace, HAZARD_SEARCH_ATTRIBUTES);
          if (added.length) log(`Search attributes ${added.join(', ')} added to namespace ${namespace}`);
          return true;
        });
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    if (exited) throw new Error(exited);
  } catch (err) {
    await cluster.stop();
    throw err;
  }
  log(`Temporal cluster on ${address}: ${CLUSTER_SERVICES.map((s) => `${s} (pid ${children.get(s)!.pid})`).join(', ')}`);
  return cluster;
}

/**
 * Each tool's range for its throwaway clusters' frontend port (the services take up to 206 ports
 * after it, see clusterPorts): a developer's run and CI's, or a test run and a fault run, never meet.
 */
const SCRATCH_PORTS = { test: { from: 10_000, size: 9_000 }, faults: { from: 20_000, size: 9_000 }, bench: { from: 29_500, size: 3_000 } } as const;

/** A cluster for one run of a tool (tests, the fault suite, the bench): fresh databases on the machine's PostgreSQL, a port from the tool's own range. */
export function startScratchTemporalCluster(tool: keyof typeof SCRATCH_PORTS, o: { database: string; dataDir: string; log?: (line: string) => void }): Promise<TemporalCluster> {
  const range = SCRATCH_PORTS[tool];
  return startTemporalCluster({
    postgres: { host: '127.0.0.1', port: 5432, user: 'postgres' },
    database: o.database,
    frontendPort: range.from + (process.pid % range.size),
    dataDir: join(o.dataDir, 'temporal-cluster'),
    fresh: true,
    log: o.log,
  });
}
