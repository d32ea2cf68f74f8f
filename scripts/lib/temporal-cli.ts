import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, openSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Connection } from '@temporalio/client';
import { pollUntil } from './poll.js';

/** Later tags carry a `replace` directive in go.mod that `go install` refuses. */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';

export const temporalCliCacheDir = () => join(homedir(), '.cache', 'dutychain', 'temporal-cli', TEMPORAL_CLI_VERSION);

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** $TEMPORAL_CLI_PATH, then PATH, then the version-keyed cache. */
export function findTemporalCli(explicitPath?: string): string | null {
  if (explicitPath) {
    if (!executable(explicitPath)) throw new Error(`TEMPORAL_CLI_PATH=${explicitPath} is not an executable file`);
    return explicitPath;
  }
  const onPath = spawnSync('sh', ['-c', 'command -v temporal'], { encoding: 'utf8' }).stdout.trim();
  if (onPath && executable(onPath)) return onPath;
  const cached = join(temporalCliCacheDir(), 'temporal');
  return executable(cached) ? cached : null;
}

export function goAvailable(): boolean {
  return spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;
}

/** Builds the pinned official CLI from the Go module proxy into the cache (several minutes on 2 cores). */
export function buildTemporalCli(log: (line: string) => void = console.log): string {
  const dir = temporalCliCacheDir();
  mkdirSync(dir, { recursive: true });
  log(`Building the Temporal CLI ${TEMPORAL_CLI_VERSION} with Go into ${dir} (one time, a few minutes)...`);
  const started = Date.now();
  const result = spawnSync('go', ['install', `${TEMPORAL_CLI_MODULE}@${TEMPORAL_CLI_VERSION}`], {
    env: { ...process.env, CGO_ENABLED: '0', GOBIN: dir },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`go install ${TEMPORAL_CLI_MODULE}@${TEMPORAL_CLI_VERSION} failed (exit ${result.status})`);
  log(`Temporal CLI built in ${Math.round((Date.now() - started) / 1000)} s`);
  return join(dir, 'temporal');
}

/** The CLI path, building it when Go is there; null means "let @temporalio/testing download it". */
export function ensureTemporalCli(explicitPath?: string, log?: (line: string) => void): string | null {
  return findTemporalCli(explicitPath) ?? (goAvailable() ? buildTemporalCli(log) : null);
}

export interface DevServerOptions {
  cliPath: string;
  port: number;
  uiPort?: number;
  /** Omitted: in-memory (tests). Given: state survives restarts. */
  dbFile?: string;
  logFile: string;
  namespace?: string;
}

export function startDevServer(o: DevServerOptions): ChildProcess {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(o.port), '--log-level', 'warn'];
  args.push(...(o.uiPort ? ['--ui-port', String(o.uiPort)] : ['--headless']));
  if (o.dbFile) {
    mkdirSync(dirname(o.dbFile), { recursive: true });
    args.push('--db-filename', o.dbFile);
  }
  if (o.namespace && o.namespace !== 'default') args.push('--namespace', o.namespace);
  mkdirSync(dirname(o.logFile), { recursive: true });
  const out = openSync(o.logFile, 'a');
  return spawn(o.cliPath, args, { stdio: ['ignore', out, out], detached: false });
}

/** Waits until the frontend answers for the namespace, not merely until the port is open. */
export async function waitForTemporal(address: string, namespace = 'default', timeoutMs = 60_000): Promise<void> {
  await pollUntil(
    `Temporal at ${address} to serve namespace ${namespace}`,
    async () => {
      const conn = await Connection.connect({ address, connectTimeout: '2s' });
      try {
        await conn.workflowService.describeNamespace({ namespace });
        return true;
      } finally {
        await conn.close();
      }
    },
    { timeoutMs },
  );
}

export async function temporalReachable(address: string): Promise<boolean> {
  try {
    await waitForTemporal(address, 'default', 1500);
    return true;
  } catch {
    return false;
  }
}
