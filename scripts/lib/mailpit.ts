import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { ensureGoTool, type GoTool } from './go-tool.js';
import { freePort } from './infra.js';
import { pollUntil } from './poll.js';
import { stopProcess } from './processes.js';

/** Mailpit: a real SMTP server with an HTTP API (tests read what arrived) and a web UI (the demo's mail). */
export const MAILPIT: GoTool = { name: 'mailpit', module: 'github.com/axllent/mailpit', version: 'v1.33.1', label: 'Mailpit' };

export const ensureMailpit = (explicitPath?: string, log?: (line: string) => void): string => ensureGoTool(MAILPIT, explicitPath, 'MAILPIT_PATH', 'set SMTP_URL to a mail server instead', log);

export interface RunningMailpit {
  /** smtp://127.0.0.1:<port> */
  smtpUrl: string;
  /** The web UI and the HTTP API (/api/v1/messages). */
  httpUrl: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts Mailpit on the given local ports or free ones (its messages in `dbFile`, or in memory), and waits for its API. */
export async function startMailpit(o: { path: string; logFile: string; dbFile?: string; ports?: { smtp: number; http: number } }): Promise<RunningMailpit> {
  const { smtp, http } = o.ports ?? { smtp: await freePort(), http: await freePort() };
  mkdirSync(dirname(o.logFile), { recursive: true });
  const out = openSync(o.logFile, 'a');
  // --max 0: Mailpit keeps only the newest 500 messages by default and prunes the rest in the
  // background, which made a fault run with 554 emails count 5 of them lost.
  const args = ['--listen', `127.0.0.1:${http}`, '--smtp', `127.0.0.1:${smtp}`, '--smtp-auth-accept-any', '--smtp-auth-allow-insecure', '--disable-version-check', '--max', '0'];
  if (o.dbFile) args.push('--database', o.dbFile);
  const child = spawn(o.path, args, { stdio: ['ignore', out, out] });
  const httpUrl = `http://127.0.0.1:${http}`;
  await pollUntil('Mailpit to answer', async () => (await fetch(`${httpUrl}/api/v1/info`).catch(() => null))?.ok, { timeoutMs: 30_000 });
  return {
    smtpUrl: `smtp://127.0.0.1:${smtp}`,
    httpUrl,
    process: child,
    stop: () => stopProcess(child, 10_000),
  };
}
