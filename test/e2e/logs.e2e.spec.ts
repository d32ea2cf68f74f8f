import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CREDENTIAL_PATTERN } from '#config';
import { builtProcesses, freePort } from '../support/built-processes.js';
import { eventually, TEST_AUTH_SECRET } from '../support/harness.js';

/**
 * The built API and worker, as operators run them, at the most talkative log levels: whatever a
 * request carries, no credential reaches their logs, and every line is JSON.
 */
describe('logs carry no credentials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dutychain-logs-'));
  const processes = builtProcesses();

  afterAll(async () => {
    await processes.stopAll();
    rmSync(dir, { recursive: true, force: true });
  });

  function run(entry: 'dist/apps/api/src/main.js' | 'dist/apps/worker/src/main.js', name: string, env: Record<string, string>): string {
    const file = join(dir, `${name}.log`);
    const out = openSync(file, 'a');
    processes.run(entry, env, ['ignore', out, out]);
    closeSync(out);
    return file;
  }

  it('redacts bearer tokens, cookies and secrets in the API and the worker, which both log JSON lines', async () => {
    const port = await freePort();
    const secret = TEST_AUTH_SECRET;
    const apiLog = run('dist/apps/api/src/main.js', 'api', { PORT: String(port), AUTH_MODE: 'dev', AUTH_JWT_SECRET: secret, LOG_LEVEL: 'trace' });
    const workerLog = run('dist/apps/worker/src/main.js', 'worker', { TEMPORAL_TASK_QUEUE: `logs-${port}`, LOG_LEVEL: 'debug', NOTIFY_SENDER: 'log' });
    const base = `http://127.0.0.1:${port}`;
    await eventually(async () => (await fetch(`${base}/health`).catch(() => null))?.ok, 'the API to answer /health', 60_000);

    const { token } = (await (await fetch(`${base}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: 'prov-principal' }) })).json()) as { token: string };
    expect(token).toMatch(CREDENTIAL_PATTERN);
    const headers = { authorization: `Bearer ${token}`, cookie: `session=${token}`, 'x-api-key': token };
    expect((await fetch(`${base}/hazards`, { headers })).status).toBe(200);
    // A refused, a malformed and an unauthenticated request are logged too.
    expect((await fetch(`${base}/hazards/not-an-id`, { headers })).status).toBe(422);
    expect((await fetch(`${base}/hazards`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{"token":' })).status).toBe(400);
    expect((await fetch(`${base}/hazards`, { headers: { authorization: 'Bearer not-a-valid-token-at-all' } })).status).toBe(401);
    await eventually(async () => readFileSync(workerLog, 'utf8').includes('Worker polling task queue'), 'the worker to start polling', 60_000);

    for (const file of [apiLog, workerLog]) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes(token)).toBe(false);
      expect(text.includes(secret)).toBe(false);
      expect(text).not.toMatch(CREDENTIAL_PATTERN);
      const lines = text.split('\n').filter((l) => l.trim());
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((l) => !isJson(l))).toEqual([]);
    }
    // The API logged the request and the header it redacted.
    expect(readFileSync(apiLog, 'utf8')).toMatch(/"authorization":"\[redacted\]"/);
  });
});

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
