import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  createApp,
  eventually,
  signInEveryone,
  type AuthHeaders,
  infra,
  openDataSource,
  startWorker,
  temporalClient,
  useTaskQueue,
  type RunningWorker,
} from '../support/harness.js';
import { tcpProxy } from '../support/tcp-proxy.js';

const report = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'city-a-county-1',
  category: 'network',
  severity: 'general',
  title: 'Internal network cable plugged into the external switch',
  description: 'Found during self-inspection: the records PC is connected to both networks.',
  location: 'Digitisation room, 2nd floor',
  discoveredBy: 'city-a-county-1-staff-1',
  discoveredAt: '2026-11-20T08:30:00Z',
  source: 'self_inspection',
  ...overrides,
});

/**
 * What a report to this file's unit can write: a hazard and its `reported` event. Other test
 * files use other units, and earlier tests' workflows may still add later events.
 */
async function counts(ds: DataSource) {
  const [row] = await ds.query(
    `SELECT (SELECT count(*) FROM hazards WHERE unit_id = $1)::int AS hazards,
            (SELECT count(*) FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id
              WHERE h.unit_id = $1 AND e.type = 'reported')::int AS reported`,
    [report().unitId],
  );
  return row as { hazards: number; reported: number };
}

describe('hazards API (real PostgreSQL and Temporal)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let temporal: Client;
  let as: AuthHeaders;
  /** Supervises both units this file reports into. */
  const CITY = 'city-a-principal';

  beforeAll(async () => {
    const queue = useTaskQueue('e2e-hazards');
    ds = await openDataSource();
    worker = await startWorker(queue, ds);
    temporal = await temporalClient();
    app = await createApp();
    as = await signInEveryone(app, ds);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await temporal?.connection.close();
    await ds?.destroy();
  });

  it('reports a hazard, starts its workflow and resolves the responsible chain', async () => {
    const res = await request(app.getHttpServer()).post('/hazards').set(as(CITY)).send(report()).expect(201);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.headers.location).toBe(`/hazards/${res.body.id}`);
    expect(res.body).toMatchObject({ status: 'reported', unitId: 'city-a-county-1', workflowId: `hazard-${res.body.id}` });

    const hazard = await eventually(async () => {
      const got = await request(app.getHttpServer()).get(`/hazards/${res.body.id}`).set(as(CITY)).expect(200);
      return got.body.status === 'assigned' && got.body;
    }, 'assignment');
    expect(hazard.responsiblePerson).toEqual({ id: 'city-a-county-1-head-it', name: expect.any(String) });
    expect(hazard.chain.rungs.map((r: { level: string; person: { id: string } }) => [r.level, r.person.id])).toEqual([
      ['department_head', 'city-a-county-1-head-it'],
      ['deputy', 'city-a-county-1-deputy-2'],
      ['principal', 'city-a-county-1-principal'],
      ['superior_unit', 'city-a-principal'],
    ]);
    expect(hazard.events.map((e: { sequence: number; type: string }) => [e.sequence, e.type])).toEqual([
      [1, 'reported'],
      [2, 'assigned'],
    ]);
    expect(hazard.live).toMatchObject({ status: 'assigned', currentRung: 0, lastSequence: 2, stage: { action: 'acknowledge' } });
    expect(hazard.live.holders).toEqual([expect.objectContaining({ personId: 'city-a-county-1-head-it', level: 'department_head', to: null })]);
    expect(hazard).toMatchObject({ policy: { name: 'default', version: 1 }, stage: { action: 'acknowledge' }, overdue: false });

    const description = await temporal.workflow.getHandle(hazard.workflowId).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.type).toBe('hazardWorkflow');
  });

  it('returns the same hazard for the same Idempotency-Key and starts one workflow', async () => {
    const key = `key-${randomUUID()}`;
    const body = report({ title: 'Fire extinguisher expired' , category: 'fire' });
    const first = await request(app.getHttpServer()).post('/hazards').set(as(CITY)).set('Idempotency-Key', key).send(body).expect(201);
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => request(app.getHttpServer()).post('/hazards').set(as(CITY)).set('Idempotency-Key', key).send(body)),
    );
    for (const r of replies) {
      expect(r.status).toBe(200);
      expect(r.body.id).toBe(first.body.id);
    }
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM hazards WHERE idempotency_key = $1`, [key]);
    expect(n).toBe(1);
    const runs = [];
    for await (const wf of temporal.workflow.list({ query: `WorkflowId = 'hazard-${first.body.id}'` })) runs.push(wf);
    expect(runs).toHaveLength(1);
  });

  it('refuses to reuse an Idempotency-Key for a different report', async () => {
    const key = `key-${randomUUID()}`;
    await request(app.getHttpServer()).post('/hazards').set(as(CITY)).set('Idempotency-Key', key).send(report()).expect(201);
    const before = await counts(ds);
    const res = await request(app.getHttpServer()).post('/hazards').set(as(CITY)).set('Idempotency-Key', key).send(report({ title: 'Other' })).expect(422);
    expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', reason: 'already used for a different report', code: 'idempotencyKeyReused' }]);
    expect(await counts(ds)).toEqual(before);
  });

  it('treats a repeated externalRef from the same unit as the same hazard', async () => {
    const externalRef = `sensor-alarm-${randomUUID()}`;
    const a = await request(app.getHttpServer()).post('/hazards').set(as(CITY)).send(report({ source: 'sensor', externalRef, category: 'climate' })).expect(201);
    const b = await request(app.getHttpServer())
      .post('/hazards')
      .set(as(CITY))
      .send(report({ source: 'sensor', externalRef, category: 'climate', discoveredAt: '2026-11-20T09:00:00Z' }))
      .expect(200);
    expect(b.body.id).toBe(a.body.id);
  });

  it('rejects bad reports with every field and reason, storing nothing', async () => {
    const before = await counts(ds);
    const res = await request(app.getHttpServer())
      .post('/hazards')
      .set(as(CITY))
      .send({ ...report(), category: 'lava', severity: 'catastrophic', title: '', discoveredAt: 'yesterday', location: 7, extra: true })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(new Set(fields)).toEqual(new Set(['category', 'severity', 'title', 'discoveredAt', 'location', 'extra']));
    expect(res.body.errors.find((e: { field: string }) => e.field === 'category').reason).toMatch(/must be one of: natural_disaster/);
    expect(res.body).toMatchObject({ status: 422, title: 'Invalid request', type: expect.stringContaining('validation') });
    expect(await counts(ds)).toEqual(before);
  });

  it('rejects unknown units and people, oversized text, a future discovery and malformed JSON', async () => {
    const before = await counts(ds);
    const unknown = await request(app.getHttpServer()).post('/hazards').set(as(CITY)).send(report({ unitId: 'atlantis', discoveredBy: 'nobody' })).expect(422);
    expect(unknown.body.errors).toEqual([
      { field: 'unitId', reason: 'unit "atlantis" does not exist', code: 'notFound', params: { value: 'atlantis' } },
      { field: 'discoveredBy', reason: 'person "nobody" does not exist', code: 'notFound', params: { value: 'nobody' } },
    ]);
    const huge = await request(app.getHttpServer()).post('/hazards').set(as(CITY)).send(report({ description: 'x'.repeat(4001) })).expect(422);
    expect(huge.body.errors).toEqual([{ field: 'description', reason: expect.stringMatching(/4000/), code: 'maxLength', params: { limit: 4000 } }]);
    const future = await request(app.getHttpServer())
      .post('/hazards')
      .set(as(CITY))
      .send(report({ discoveredAt: new Date(Date.now() + 86_400_000).toISOString() }))
      .expect(422);
    expect(future.body.errors).toEqual([{ field: 'discoveredAt', reason: 'must not be in the future', code: 'future' }]);
    const malformed = await request(app.getHttpServer()).post('/hazards').set(as(CITY)).set('Content-Type', 'application/json').send('{"unitId":').expect(400);
    expect(malformed.headers['content-type']).toMatch(/problem\+json/);
    await request(app.getHttpServer()).post('/hazards').set(as(CITY)).set('Idempotency-Key', 'bad key with spaces').send(report()).expect(422);
    expect(await counts(ds)).toEqual(before);
  });

  it('lists hazards filtered by unit, status and severity, with cursor pagination', async () => {
    const unitId = 'city-a-county-2'; // this file's own unit: other files run in parallel
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await request(app.getHttpServer())
        .post('/hazards')
        .set(as(CITY))
        .send(report({ unitId, discoveredBy: `${unitId}-staff-1`, severity: i === 0 ? 'major' : 'general', title: `Hazard ${i}` }))
        .expect(201);
      ids.push(r.body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(app.getHttpServer())
        .get('/hazards')
        .set(as(CITY))
        .query({ unitId, limit: 2, ...(cursor ? { cursor } : {}) })
        .expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((h: { id: string }) => h.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());

    const major = await request(app.getHttpServer()).get('/hazards').set(as(CITY)).query({ unitId, severity: 'major' }).expect(200);
    expect(major.body.items.map((h: { id: string }) => h.id)).toEqual([ids[0]]);
    await eventually(async () => {
      const assigned = await request(app.getHttpServer()).get('/hazards').set(as(CITY)).query({ unitId, status: 'assigned' }).expect(200);
      return assigned.body.items.length === 5;
    }, 'all five assigned');

    const bad = await request(app.getHttpServer()).get('/hazards').set(as(CITY)).query({ status: 'sleeping', limit: 1000, cursor: 'nope' }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'status']);
    await request(app.getHttpServer()).get('/hazards').set(as(CITY)).query({ cursor: 'nope' }).expect(422);
  });

  it('answers 404 for an unknown hazard and 422 for a malformed id', async () => {
    const missing = await request(app.getHttpServer()).get(`/hazards/${randomUUID()}`).set(as(CITY)).expect(404);
    expect(missing.body).toMatchObject({ status: 404, title: 'Not found' });
    const bad = await request(app.getHttpServer()).get('/hazards/42').set(as(CITY)).expect(422);
    expect(bad.body.errors).toEqual([{ field: 'id', reason: 'must be a hazard id (UUID)', code: 'isUuid' }]);
  });

  it('reports health of the database and Temporal', async () => {
    for (const path of ['/health', '/health/ready']) {
      const res = await request(app.getHttpServer()).get(path).expect(200);
      expect(res.body.info).toMatchObject({ database: { status: 'up' }, temporal: { status: 'up' }, runtime: { status: 'up' } });
    }
    const live = await request(app.getHttpServer()).get('/health/live').expect(200);
    expect(Object.keys(live.body.info)).toEqual(['runtime']);
  });

  it('answers 503 and stores nothing while Temporal is unreachable', async () => {
    const down = await createApp({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    try {
      const before = await counts(ds);
      const res = await request(down.getHttpServer()).post('/hazards').set(as(CITY)).send(report({ title: 'Written while Temporal is down' })).expect(503);
      expect(res.body).toMatchObject({ status: 503, detail: expect.stringMatching(/nothing was changed/) });
      expect(await counts(ds)).toEqual(before);
      // Not ready (no traffic for it), but alive (no restart would help).
      for (const path of ['/health', '/health/ready']) {
        const health = await request(down.getHttpServer()).get(path).expect(503);
        expect(health.body.error).toMatchObject({ temporal: { status: 'down' } });
        expect(health.body.info).toMatchObject({ database: { status: 'up' } });
      }
      await request(down.getHttpServer()).get('/health/live').expect(200);
    } finally {
      await down.close();
    }
  });

  it('is not ready while PostgreSQL is unreachable, stays alive, and is ready again when it is back', async () => {
    const db = new URL(infra.databaseUrl);
    const proxy = await tcpProxy({ host: db.hostname, port: Number(db.port || 5432) });
    db.host = `127.0.0.1:${proxy.port}`;
    const cut = await createApp({ DATABASE_URL: db.toString() });
    try {
      await request(cut.getHttpServer()).get('/health/ready').expect(200);
      await proxy.cut();
      const health = await request(cut.getHttpServer()).get('/health/ready').expect(503);
      expect(health.body.error).toMatchObject({ database: { status: 'down' } });
      expect(health.body.info).toMatchObject({ temporal: { status: 'up' } });
      await request(cut.getHttpServer()).get('/health/live').expect(200);
      await proxy.restore();
      await eventually(async () => (await request(cut.getHttpServer()).get('/health/ready')).status === 200, 'readiness once PostgreSQL is back', 15_000);
    } finally {
      await cut.close();
      await proxy.close();
    }
  });

  it('uses the addresses the test runner started', () => {
    expect(infra.databaseUrl).toMatch(/_\d+_test$/);
  });
});
