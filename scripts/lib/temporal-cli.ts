import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { searchAttributeFlags } from '#temporal';
import { HAZARD_SEARCH_ATTRIBUTES } from '../../workflows/hazards/hazard.search-attributes.js';
import { buildGoTool, findGoTool, goAvailable, type GoTool } from './go-tool.js';
import { pollUntil } from './poll.js';

/** Later tags carry a `replace` directive in go.mod that `go install` refuses. */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';

const TEMPORAL_CLI: GoTool = { name: 'temporal', cache: 'temporal-cli', module: TEMPORAL_CLI_MODULE, version: TEMPORAL_CLI_VERSION, label: 'the Temporal CLI' };

/** $TEMPORAL_CLI_PATH, then PATH, then the version-keyed cache. */
export function findTemporalCli(explicitPath?: string): string | null {
  return findGoTool(TEMPORAL_CLI, explicitPath, 'TEMPORAL_CLI_PATH');
}

/** The CLI path, building it when Go is there; null means "let @temporalio/testing download it". */
export function ensureTemporalCli(explicitPath?: string, log?: (line: string) => void): string | null {
  return findTemporalCli(explicitPath) ?? (goAvailable() ? buildGoTool(TEMPORAL_CLI, log) : null);
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
  args.push(...searchAttributeFlags(HAZARD_SEARCH_ATTRIBUTES));
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
