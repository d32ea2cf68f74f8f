import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureGoTool, type GoTool } from './go-tool.js';
import { freePort } from './infra.js';
import { pollUntil } from './poll.js';
import { stopProcess } from './processes.js';

/**
 * MinIO: a real S3-compatible server, for the tests of the S3 evidence driver. It is AGPL: the
 * project builds and runs it as a test server and never ships it.
 */
export const MINIO: GoTool = { name: 'minio', module: 'github.com/minio/minio', version: 'v0.0.0-20260212201848-7aac2a2c5b7c', label: 'MinIO' };

export const ensureMinio = (explicitPath?: string, log?: (line: string) => void): string => ensureGoTool(MINIO, explicitPath, 'MINIO_PATH', 'set MINIO_PATH to a MinIO binary', log);

export interface RunningMinio {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts MinIO over a folder, with credentials made for this run (never stored), and waits until it is live. */
export async function startMinio(o: { path: string; dataDir: string; logFile: string }): Promise<RunningMinio> {
  const [api, console] = [await freePort(), await freePort()];
  mkdirSync(o.dataDir, { recursive: true });
  mkdirSync(dirname(o.logFile), { recursive: true });
  const out = openSync(o.logFile, 'a');
  const accessKeyId = `dutychain-${randomBytes(4).toString('hex')}`;
  const secretAccessKey = randomBytes(24).toString('hex');
  const child = spawn(o.path, ['server', o.dataDir, '--address', `127.0.0.1:${api}`, '--console-address', `127.0.0.1:${console}`, '--quiet'], {
    stdio: ['ignore', out, out],
    env: { ...process.env, MINIO_ROOT_USER: accessKeyId, MINIO_ROOT_PASSWORD: secretAccessKey, MINIO_BROWSER: 'off', MINIO_UPDATE: 'off' },
  });
  const endpoint = `http://127.0.0.1:${api}`;
  await pollUntil('MinIO to be live', async () => (await fetch(`${endpoint}/minio/health/live`).catch(() => null))?.ok, { timeoutMs: 60_000 });
  return {
    endpoint,
    accessKeyId,
    secretAccessKey,
    process: child,
    stop: () => stopProcess(child, 10_000),
  };
}
