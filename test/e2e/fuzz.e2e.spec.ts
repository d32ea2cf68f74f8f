import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY } from '#domain';
import { createApp, eventually, openDataSource, signInEveryone, startWorker, TEST_AUTH_SECRET, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

const UNIT = 'city-b';
const RUNS = 10_000;

/**
 * Everything a rejected request could have touched, for this file's unit and policies: other test
 * files write elsewhere in parallel, and hazards here run on day-long deadlines, so no timer fires.
 */
async function snapshot(ds: DataSource): Promise<string> {
  const [row] = await ds.query(
    `SELECT
       (SELECT count(*) FROM hazards WHERE unit_id = $1) AS hazards,
       (SELECT coalesce(sum(last_sequence), 0) FROM hazards WHERE unit_id = $1) AS sequences,
       (SELECT coalesce(max(updated_at)::text, '') FROM hazards WHERE unit_id = $1) AS updated,
       (SELECT count(*) FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id WHERE h.unit_id = $1) AS events,
       (SELECT coalesce(string_agg(e.hash, ',' ORDER BY e.hazard_id, e.sequence), '') FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id
          WHERE h.unit_id = $1 AND e.sequence = h.last_sequence) AS heads,
       (SELECT count(*) FROM approval_requests r JOIN hazards h ON h.id = r.hazard_id WHERE h.unit_id = $1) AS requests,
       (SELECT count(*) FROM notifications n JOIN hazards h ON h.id = n.hazard_id WHERE h.unit_id = $1) AS notifications,
       (SELECT count(*) FROM policies WHERE name LIKE 'fuzz-%') AS policies`,
    [UNIT],
  );
  return JSON.stringify(row);
}

describe('fuzzing every endpoint with generated requests', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const hazardIds: string[] = [];
  const statuses: Record<string, number> = {};

  beforeAll(async () => {
    ds = await openDataSource();
    worker = await startWorker(useTaskQueue('e2e-fuzz'), ds);
    app = await createApp({ RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'silent' });
    as = await signInEveryone(app, ds);
    // Hazards in several states for actions to hit, right and wrong.
    for (const step of ['assigned', 'acknowledged', 'requested', 'rectified']) {
      const res = await request(app.getHttpServer())
        .post('/hazards')
        .set(as('city-b-staff-1'))
        .send({ unitId: UNIT, category: 'fire', severity: 'general', title: `fuzz ${step}`, description: 'd', location: 'l', discoveredBy: 'city-b-staff-1', discoveredAt: new Date().toISOString(), source: 'report' })
        .expect(201);
      const id = res.body.id;
      hazardIds.push(id);
      await eventually(async () => (await request(app.getHttpServer()).get(`/hazards/${id}`).set(as('city-b-principal'))).body.status === 'assigned', 'assignment');
      const head = as('city-b-head-security');
      if (step !== 'assigned') await request(app.getHttpServer()).post(`/hazards/${id}/acknowledge`).set(head).send({}).expect(200);
      if (step === 'requested') await request(app.getHttpServer()).post(`/hazards/${id}/request-extension`).set(head).send({ newDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(), reason: 'r' }).expect(200);
      if (step === 'rectified') await request(app.getHttpServer()).post(`/hazards/${id}/submit-rectification`).set(head).send({ summary: 's', evidence: ['e'] }).expect(200);
    }
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
    console.log(`fuzz: ${Object.values(statuses).reduce((a, b) => a + b, 0)} requests, statuses ${JSON.stringify(statuses)}`);
  });

  it(`answers ${RUNS} generated requests with no 5xx, problem+json rejections, and nothing changed by a rejection`, async () => {
    const people = ['city-b-head-security', 'city-b-principal', 'city-b-deputy-1', 'city-b-safety-officer', 'prov-principal', 'city-a-principal', 'city-b-county-1-staff-1', 'city-b-staff-1'];
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('city-b-principal').setExpirationTime(Math.floor(Date.now() / 1000) - 10).sign(new TextEncoder().encode(TEST_AUTH_SECRET));
    const auth = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...people).map((p) => as(p).Authorization) },
      fc.constant(undefined),
      fc.constant(`Bearer ${expired}`),
      fc.string({ maxLength: 80 }).map((s) => `Bearer ${s}`),
    );
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constant(''), fc.constant('x'.repeat(5000)), fc.constant('\u0000\uFFFF𠜎'));
    const weird = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }), fc.dictionary(text, text, { maxKeys: 3 }));
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 3, arbitrary: arb as fc.Arbitrary<unknown> }, weird), { nil: undefined, freq: 5 });
    const id = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...hazardIds) }, fc.constant(randomUUID()), fc.constantFrom('42', 'null', '%00', 'x'.repeat(300)), fc.string({ maxLength: 20 }));
    const iso = fc.oneof(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('yesterday', '2026-13-45T99:00:00Z', ''));
    const report = fc.record(
      {
        unitId: maybe(fc.constantFrom(UNIT, 'atlantis', 'city-a')),
        category: maybe(fc.constantFrom('fire', 'water', 'lava')),
        severity: maybe(fc.constantFrom('general', 'major', 'huge')),
        title: maybe(text),
        description: maybe(text),
        location: maybe(text),
        discoveredBy: maybe(fc.constantFrom('city-b-staff-1', 'nobody')),
        discoveredAt: maybe(iso),
        source: maybe(fc.constantFrom('report', 'sensor', 'rumour')),
        evidence: maybe(fc.array(text, { maxLength: 25 })),
        externalRef: maybe(text),
        policyName: maybe(fc.constantFrom('default', 'fuzz-a', 'missing')),
        extra: fc.option(weird, { nil: undefined, freq: 8 }),
      },
      { requiredKeys: [] },
    );
    const actionBody = fc.record(
      {
        note: maybe(text), reason: maybe(text), comment: maybe(text), summary: maybe(text),
        newDeadline: maybe(iso), needs: maybe(fc.array(fc.constantFrom('funds', 'authority', 'magic'), { maxLength: 3 })),
        mode: maybe(fc.constantFrom('transfer', 'co_own', 'sideways')), requestId: maybe(fc.constantFrom(...hazardIds.map((h) => `${h}-r1`), 'nope')),
        approve: maybe(fc.boolean()), passed: maybe(fc.boolean()), evidence: maybe(fc.array(text, { maxLength: 3 })), version: maybe(fc.integer({ min: -1, max: 5 })),
        plan: maybe(fc.record({ responsiblePersonId: maybe(text), measures: maybe(text), funds: maybe(text), deadline: maybe(iso), contingencyPlan: maybe(text) }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    );
    const policyDoc = fc.oneof(fc.constant(DEFAULT_POLICY as unknown), fc.record({ reminders: fc.array(fc.double(), { maxLength: 3 }), calendar: fc.constantFrom('natural', 'lunar') }).map((x) => ({ ...DEFAULT_POLICY, ...x }) as unknown), weird);
    const query = fc.dictionary(fc.constantFrom('unitId', 'status', 'severity', 'limit', 'cursor', 'overdue', 'mine', 'version', 'responsiblePersonId', 'zzz'), text, { maxKeys: 4 });
    const actions = ['acknowledge', 'submit-plan', 'request-extension', 'request-escalation', 'decide', 'submit-rectification', 'verify', 'policy-migration'];

    const people2 = fc.constantFrom(...people).map((p) => as(p).Authorization);
    const wellFormedAction = fc.oneof(
      fc.record({ a: fc.constant('acknowledge'), body: fc.constant({}) }),
      fc.record({ a: fc.constant('submit-rectification'), body: fc.constant({ summary: 'fixed', evidence: ['photo.jpg'] }) }),
      fc.record({ a: fc.constant('verify'), body: fc.record({ passed: fc.boolean(), comment: fc.constant('checked') }) }),
      fc.record({ a: fc.constant('request-escalation'), body: fc.constant({ reason: 'funds', needs: ['funds'], mode: 'co_own' }) }),
      fc.record({ a: fc.constant('decide'), body: fc.record({ requestId: fc.constantFrom(...hazardIds.map((h) => `${h}-r1`), ...hazardIds.map((h) => `${h}-r2`)), approve: fc.boolean(), comment: fc.constant('') }) }),
      fc.record({ a: fc.constant('policy-migration'), body: fc.constant({ reason: 'new rules' }) }),
    );

    type Req = { method: 'get' | 'post' | 'put' | 'delete' | 'patch'; path: string; body?: unknown; raw?: string; query?: Record<string, string>; auth?: string; key?: string };
    const req: fc.Arbitrary<Req> = fc.oneof(
      fc.record({ method: fc.constant('post' as const), path: fc.constant('/hazards'), body: report, auth, key: fc.option(fc.oneof(text, fc.uuid()), { nil: undefined }) }),
      fc.record({ method: fc.constant('get' as const), path: fc.constant('/hazards'), query, auth }),
      fc.record({ method: fc.constant('get' as const), path: id.map((i) => `/hazards/${encodeURIComponent(i)}`), auth }),
      fc.record({ method: fc.constant('get' as const), path: fc.tuple(id, fc.constantFrom('/timeline', '/timeline/verify')).map(([i, s]) => `/hazards/${encodeURIComponent(i)}${s}`), auth }),
      fc.record({ method: fc.constant('post' as const), path: fc.tuple(id, fc.constantFrom(...actions)).map(([i, a]) => `/hazards/${encodeURIComponent(i)}/${a}`), body: actionBody, auth, key: fc.option(fc.uuid(), { nil: undefined }) }),
      fc.record({ method: fc.constant('post' as const), path: fc.constant(''), body: fc.constant(undefined), auth: people2 })
        .chain((base) => fc.tuple(fc.constantFrom(...hazardIds), wellFormedAction).map(([h, w]) => ({ ...base, path: `/hazards/${h}/${w.a}`, body: w.body as unknown }))),
      fc.record({ method: fc.constant('get' as const), path: fc.constantFrom('/policies', '/policies/default', '/policies/missing', '/policies/default/versions', '/policies/Bad%20Name'), query, auth }),
      fc.record({ method: fc.constant('put' as const), path: fc.constantFrom('/policies/fuzz-a', '/policies/Bad%20Name', `/policies/${'x'.repeat(70)}`), body: policyDoc, auth }),
      fc.record({ method: fc.constant('get' as const), path: fc.constant('/approvals'), query, auth }),
      fc.record({ method: fc.constant('post' as const), path: fc.constant('/auth/dev-token'), body: fc.record({ personId: maybe(fc.constantFrom('city-b-principal', 'nobody')) }, { requiredKeys: [] }) }),
      fc.record({ method: fc.constantFrom('post' as const, 'put' as const), path: fc.constantFrom('/hazards', ...hazardIds.map((h) => `/hazards/${h}/verify`), '/policies/fuzz-a'), raw: fc.oneof(text, fc.constant('{"a":'), fc.constant('[1,2')), auth }),
      fc.record({ method: fc.constantFrom('delete' as const, 'patch' as const), path: fc.constantFrom('/hazards', ...hazardIds.map((h) => `/hazards/${h}`), '/policies/default', '/nowhere'), auth }),
    );

    await fc.assert(
      fc.asyncProperty(req, async (r) => {
        const before = await snapshot(ds);
        let call = request(app.getHttpServer())[r.method](r.path);
        // HTTP headers carry visible ASCII only; Node refuses to send anything else.
        const header = (v: string) => v.replace(/[^\x20-\x7e]/g, '');
        if (r.auth) call = call.set('Authorization', header(r.auth));
        if (r.key !== undefined) call = call.set('Idempotency-Key', header(r.key));
        if (r.query) call = call.query(r.query);
        const payload = r.raw ?? (r.body !== undefined ? JSON.stringify(r.body) : undefined);
        const res = payload !== undefined ? await call.set('Content-Type', 'application/json').send(payload) : await call;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        expect({ path: r.path, status: res.status < 500 ? 'not 5xx' : res.status, body: res.status < 500 ? null : res.body }).toEqual({ path: r.path, status: 'not 5xx', body: null });
        if (res.status >= 400) {
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status: res.status, detail: expect.any(String) });
          expect(await snapshot(ds)).toBe(before);
        } else if (res.status === 201) {
          // A new hazard is assigned by its workflow a moment after the answer: wait for that write.
          await eventually(async () => {
            const [h] = await ds.query(`SELECT last_sequence FROM hazards WHERE id = $1`, [res.body.id]);
            return h && h.last_sequence >= 2;
          }, 'assignment of a fuzzed report');
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31), verbose: 0 },
    );
  }, 600_000);
});
