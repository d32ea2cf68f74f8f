import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { infra } from './harness.js';

/** A port free on the loopback now. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/** The built API and worker (dist/), run as operators run them against the run's PostgreSQL and Temporal; `stopAll` in afterAll. */
export function builtProcesses() {
  const children: ChildProcess[] = [];
  return {
    run(entry: 'dist/apps/api/src/main.js' | 'dist/apps/worker/src/main.js', env: Record<string, string>, stdio: StdioOptions = 'ignore'): ChildProcess {
      const child = spawn(process.execPath, [entry], { stdio, env: { ...process.env, DATABASE_URL: infra.databaseUrl, TEMPORAL_ADDRESS: infra.temporalAddress, ...env } });
      children.push(child);
      return child;
    },
    async stopAll(): Promise<void> {
      for (const c of children) {
        if (c.exitCode === null) {
          c.kill('SIGTERM');
          await once(c, 'exit');
        }
      }
    },
  };
}
