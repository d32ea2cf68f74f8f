import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { HAZARD_SEVERITY } from '../../workflows/hazards/hazard.search-attributes.js';
import { promisify } from 'node:util';
import { builtProcesses, freePort } from '../support/built-processes.js';
import { demoUnitClone, eventually, infra, openDataSource, temporalClient, TEST_AUTH_SECRET } from '../support/harness.js';

const UNIT = 'city-a-county-12';
const STAFF = `${UNIT}-staff-1`;
const fast: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [0.5],
  severities: {
    general: { acknowledge: 'PT2S', plan: 'PT2S', rectify: 'PT2S', verify: 'PT2S', decision: 'PT2S', escalationStep: 'PT30S' },
    major: DEFAULT_POLICY.severities.major,
  },
};

/** One sample's value from Prometheus text: the series named, with every label given (others may be there too). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return null;
}

/**
 * The built API and worker as operators run them, each with its own /metrics port: a hazard
 * reported through the API and left to miss its first deadline shows in both processes' series.
 */
describe('Prometheus metrics from the API and the worker; search attributes for operators', () => {
  const processes = builtProcesses();
  afterAll(() => processes.stopAll());
  const run = (entry: 'dist/apps/api/src/main.js' | 'dist/apps/worker/src/main.js', env: Record<string, string>) => processes.run(entry, { LOG_LEVEL: 'warn', ...env });

  it('serves HTTP, Temporal-call, hazard, outbox, delivery, escalation-lag and SDK series', async () => {
    const ds = await openDataSource();
    try {
      await seedOrg(ds, parseOrgFile(JSON.stringify({ units: [demoUnitClone('city-a-county-1', 'city-a-county-1', UNIT)] }), await storedUnitIds(ds)));
    } finally {
      await ds.destroy();
    }
    const [port, apiMetrics, workerMetrics] = [await freePort(), await freePort(), await freePort()];
    const queue = `metrics-${randomUUID().slice(0, 8)}`;
    run('dist/apps/api/src/main.js', { PORT: String(port), AUTH_MODE: 'dev', AUTH_JWT_SECRET: TEST_AUTH_SECRET, TEMPORAL_TASK_QUEUE: queue, METRICS_PORT: String(apiMetrics) });
    run('dist/apps/worker/src/main.js', { TEMPORAL_TASK_QUEUE: queue, NOTIFY_SENDER: 'log', NOTIFY_POLL_MS: '200', METRICS_PORT: String(workerMetrics) });
    const base = `http://127.0.0.1:${port}`;
    const scrape = async (metricsPort: number) => {
      const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      return res.text();
    };
    await eventually(async () => (await fetch(`${base}/health/ready`).catch(() => null))?.ok, 'the API to be ready', 60_000);
    const token = async (personId: string) =>
      ((await (await fetch(`${base}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId }) })).json()) as { token: string }).token;
    const json = { 'content-type': 'application/json' };
    const province = { authorization: `Bearer ${await token('prov-principal')}` };
    const staff = { authorization: `Bearer ${await token(STAFF)}` };

    expect((await fetch(`${base}/policies/metrics-fast`, { method: 'PUT', headers: { ...province, ...json }, body: JSON.stringify(fast) })).status).toBe(200);
    const reported = await fetch(`${base}/hazards`, {
      method: 'POST',
      headers: { ...staff, ...json },
      body: JSON.stringify({ unitId: UNIT, category: 'fire', severity: 'general', title: '消防通道堵塞', description: '东侧消防通道堆放纸箱', location: '一楼东侧', discoveredBy: STAFF, discoveredAt: new Date().toISOString(), source: 'self_inspection', policyName: 'metrics-fast' }),
    });
    expect(reported.status).toBe(201);
    const { id } = (await reported.json()) as { id: string };
    expect((await fetch(`${base}/hazards/${randomUUID()}`, { headers: staff })).status).toBe(404);
    expect((await fetch(`${base}/no-such-route`, { headers: staff })).status).toBe(404);
    // Nobody acknowledges: the deadline passes and the hazard goes up the ladder.
    const escalated = await eventually(async () => {
      const h = (await (await fetch(`${base}/hazards/${id}`, { headers: province })).json()) as { events: Array<{ type: string; payload: { to?: { person: { id: string } } } }> };
      return h.events.find((e) => e.type === 'escalated');
    }, 'the escalation', 60_000);
    const deputy = escalated.payload.to!.person.id;

    // Operators find it with the Temporal CLI by the search attributes the workflow keeps current, and read its title in the memo.
    const list = async (query: string) => {
      const { stdout } = await promisify(execFile)(infra.temporalCliPath, ['workflow', 'list', '--address', infra.temporalAddress, '--query', query, '--output', 'json']);
      return (JSON.parse(stdout || '[]') as Array<{ execution: { workflowId: string } }>).map((w) => w.execution.workflowId);
    };
    await eventually(async () => (await list(`HazardUnit = '${UNIT}' AND HazardHolder = '${deputy}' AND HazardStatus = 'assigned' AND HazardOverdue = false`)).includes(`hazard-${id}`), 'the CLI to find the hazard by unit, holder and status', 20_000);
    expect(await list(`HazardUnit = '${UNIT}' AND HazardHolder = '${STAFF}'`)).toEqual([]);
    const temporal = await temporalClient();
    try {
      const described = await temporal.workflow.getHandle(`hazard-${id}`).describe();
      expect(described.memo?.title).toBe('消防通道堵塞');
      expect(described.typedSearchAttributes.get(HAZARD_SEVERITY)).toBe('general');
    } finally {
      await temporal.connection.close();
    }

    const api = await scrape(apiMetrics);
    expect(sample(api, 'dutychain_http_request_duration_seconds_count', { method: 'POST', route: '/hazards', status: '201', service: 'api' })).toBe(1);
    expect(sample(api, 'dutychain_http_request_duration_seconds_count', { method: 'GET', route: '/hazards/:id', status: '404' })).toBe(1);
    expect(sample(api, 'dutychain_http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(sample(api, 'dutychain_http_request_duration_seconds_count', { method: 'GET', route: '/hazards/:id', status: '200' })).toBeGreaterThanOrEqual(1);
    // Paths are templates: no hazard id makes a series of its own.
    expect(api).not.toContain(id);
    expect(sample(api, 'dutychain_temporal_client_call_duration_seconds_count', { operation: 'start', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sample(api, 'dutychain_hazards_open', { status: 'assigned' })).toBeGreaterThanOrEqual(1);
    expect(sample(api, 'dutychain_hazards_open', { status: 'closed' })).toBeNull();
    // The escalation gave a new deadline (30 s): the hazard is not overdue now, but the gauge is there.
    expect(sample(api, 'dutychain_hazards_overdue')).toBeGreaterThanOrEqual(0);
    for (const channel of ['sender', 'email', 'wecom', 'dingtalk']) {
      expect(sample(api, 'dutychain_outbox_depth', { channel })).toBeGreaterThanOrEqual(0);
      expect(sample(api, 'dutychain_outbox_oldest_age_seconds', { channel })).toBeGreaterThanOrEqual(0);
    }
    expect(sample(api, 'dutychain_process_resident_memory_bytes', { service: 'api' })).toBeGreaterThan(0);

    const worker = await eventually(async () => {
      const text = await scrape(workerMetrics);
      return (sample(text, 'dutychain_notice_deliveries_total', { channel: 'sender', outcome: 'sent' }) ?? 0) > 0 && text;
    }, 'the worker to count a sent notice', 30_000);
    const lag = sample(worker, 'dutychain_escalation_lag_seconds_sum', { action: 'acknowledge' });
    expect(sample(worker, 'dutychain_escalation_lag_seconds_count', { action: 'acknowledge' })).toBe(1);
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(30);
    expect(sample(worker, 'dutychain_process_resident_memory_bytes', { service: 'worker' })).toBeGreaterThan(0);
    // The Temporal SDK's own series, served beside the worker's.
    expect(worker).toMatch(/^temporal_workflow_task_execution_latency_seconds_count\{/m);
    expect(worker).toMatch(/^temporal_activity_execution_latency_seconds_count\{[^}]*activity_type="recordHazardEvents"/m);
    expect((await fetch(`http://127.0.0.1:${workerMetrics}/other`)).status).toBe(404);

    // Every series the Grafana dashboard in docs/ plots is one these processes serve.
    const dashboard = readFileSync('docs/grafana-dashboard.json', 'utf8');
    const plotted = [...new Set([...dashboard.matchAll(/\b((?:dutychain|temporal)_[a-z_]+)\b/g)].map((m) => m[1]!))];
    expect(plotted.length).toBeGreaterThan(15);
    const served = `${api}\n${worker}`;
    expect(plotted.filter((name) => !new RegExp(`^${name}[{ ]`, 'm').test(served))).toEqual([]);
  });
});
