import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource, parseOrgFile, seedOrg } from '#persistence';
import { prepareDatabase, recreateTestDatabase } from './infra.js';
import { stopProcess } from './processes.js';
import { ensureTemporalCli, startDevServer, waitForTemporal } from './temporal-cli.js';

export const DEMO_ORG_FILE = 'org/demo-org.yaml';

/** A Temporal dev server this process started, which a fault can kill and a restart bring back on the same port and state. */
export interface TemporalServer {
  readonly address: string;
  /** The running server's process (a new one after each restart). */
  readonly process: ChildProcess | null;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface TemporalServerOptions {
  port: number;
  /** Where its log goes and, when `persist`, its SQLite state. */
  dataDir: string;
  /** Keep the state in `dataDir/temporal.db` (survives restarts); in memory otherwise. */
  persist: boolean;
  uiPort?: number;
  cliPath?: string;
  log?: (line: string) => void;
}

/**
 * The Temporal side of every stack (`start`, `test`, `bench`, `faults`): the pinned CLI, found or
 * built once into the cache, run as a dev server and waited for until it serves the namespace.
 * Where neither the CLI nor Go can be had, the SDK's own download is the fallback.
 */
export async function startTemporal(o: TemporalServerOptions): Promise<TemporalServer> {
  const address = `127.0.0.1:${o.port}`;
  const cli = ensureTemporalCli(o.cliPath, o.log);
  if (!cli) {
    const { TestWorkflowEnvironment } = await import('@temporalio/testing');
    o.log?.('No Temporal CLI and no Go: downloading the dev server through @temporalio/testing');
    const env = await TestWorkflowEnvironment.createLocal({
      server: { ip: '127.0.0.1', port: o.port, ...(o.uiPort ? { ui: true, uiPort: o.uiPort } : {}), ...(o.persist ? { dbFilename: join(o.dataDir, 'temporal.db') } : {}) },
    });
    return { address, process: null, restart: () => Promise.reject(new Error('a downloaded dev server cannot be restarted')), stop: () => env.teardown() };
  }
  const launch = () =>
    startDevServer({ cliPath: cli, port: o.port, uiPort: o.uiPort, logFile: join(o.dataDir, 'temporal.log'), ...(o.persist ? { dbFile: join(o.dataDir, 'temporal.db') } : {}) });
  let child = launch();
  const server: TemporalServer = {
    address,
    get process() {
      return child;
    },
    async restart() {
      await stopProcess(child, 10_000);
      child = launch();
      await waitForTemporal(address);
    },
    stop: () => stopProcess(child, 10_000),
  };
  try {
    await waitForTemporal(address);
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}

export interface DatabaseOptions {
  /** Drop and recreate it first (test and benchmark databases only: their names end in _test or _bench). */
  fresh?: boolean;
  /** Load the demo org, only into a database that has no units yet. */
  seed?: boolean;
}

/** Migrates the database (creating it when missing) and loads the demo org; what was done, for the log. */
export async function prepareStackDatabase(url: string, o: DatabaseOptions = {}): Promise<{ migrations: string[]; seeded: { units: number; people: number } | null }> {
  if (o.fresh) await recreateTestDatabase(url);
  const migrations = await prepareDatabase(url);
  let seeded: { units: number; people: number } | null = null;
  if (o.seed) {
    const ds = createDataSource({ url, poolSize: 1 });
    await ds.initialize();
    try {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM units`);
      if (n === 0) seeded = await seedOrg(ds, parseOrgFile(readFileSync(DEMO_ORG_FILE, 'utf8')));
    } finally {
      await ds.destroy();
    }
  }
  return { migrations, seeded };
}
