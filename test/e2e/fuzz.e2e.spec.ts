import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { APP_ROLE, createDataSource } from '#persistence';
import { DEFAULT_POLICY } from '#domain';
import { databaseName, dropTestDatabase, withDatabase } from '../../scripts/lib/infra.js';
import { prepareStackDatabase } from '../../scripts/lib/stack.js';
import { changedTables, OpenApiFuzzer, tablesSnapshot, type Document, type FuzzRequest, type Pools } from '../support/openapi-fuzz.js';
import { createApp, eventually, infra, signInEveryone, startWorker, TEST_AUTH_SECRET, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** 20,000 in the full run; FUZZ_RUNS lowers it (CI) or raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20_000);
const UNIT = 'city-b';

/**
 * The fuzz suite has a database of its own (migrated and seeded like the suite's), so that every
 * table can be compared before and after each rejected request while the other files run.
 */
describe('fuzzing every operation of the OpenAPI document', () => {
  const url = withDatabase(infra.databaseUrl, `${databaseName(infra.databaseUrl)}_fuzz_test`);
  let app: INestApplication;
  let ds: DataSource;
  let owner: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const pools: Pools = {};
  const byOperation: Record<string, Record<number, number>> = {};
  let accepted = 0;
  let workerCalls = 0;
  /** Worker calls begun and not yet settled: a transaction begun before a request may commit during it. */
  let workerInFlight = 0;
  let workerOverlaps = 0;
  let credentials: Record<string, string> = {};
  let base = '';

  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    await prepareStackDatabase(url, { fresh: true, seed: true });
    ds = await createDataSource({ url, poolSize: 4, role: APP_ROLE }).initialize();
    owner = await createDataSource({ url, poolSize: 2 }).initialize();
    // Every database call the worker makes goes through `ds` (the API has a data source of its own):
    // counted, so that a change the worker made while a request was answered (a timer of an
    // earlier accepted request firing) is told apart from one the request made.
    for (const method of ['query', 'transaction'] as const) {
      const original = ds[method].bind(ds) as (...args: unknown[]) => unknown;
      (ds as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        workerCalls++;
        workerInFlight++;
        return Promise.resolve(original(...args)).finally(() => workerInFlight--);
      };
    }
    worker = await startWorker(useTaskQueue('e2e-fuzz'), ds);
    app = await createApp({ DATABASE_URL: url, RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'silent' });
    as = await signInEveryone(app, ds);
    const server = app.getHttpServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await setUpSubjects();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
    await owner?.destroy();
    await dropTestDatabase(url);
    const statuses: Record<number, number> = {};
    for (const s of Object.values(byOperation)) for (const [code, n] of Object.entries(s)) statuses[Number(code)] = (statuses[Number(code)] ?? 0) + n;
    console.log(`fuzz: ${Object.values(statuses).reduce((a, b) => a + b, 0)} requests over ${Object.keys(byOperation).length} operations, ${accepted} accepted, statuses ${JSON.stringify(statuses)}, ${workerOverlaps} changes made while the worker was busy left unjudged`);
  });

  /** Something of each kind for generated requests to name: hazards in several states, an incident, its review, a campaign, letters, an acting appointment. */
  async function setUpSubjects(): Promise<void> {
    const principal = as(`${UNIT}-principal`);
    await http().put('/policies/fuzz-a').set(as('prov-principal')).send(DEFAULT_POLICY).expect(200);
    pools.hazards = [];
    for (const step of ['assigned', 'acknowledged', 'requested', 'rectified']) {
      const id: string = (await http().post('/hazards').set(as(`${UNIT}-staff-1`)).send({ unitId: UNIT, category: 'fire', severity: 'general', title: `fuzz ${step}`, description: 'd', location: 'l', discoveredBy: `${UNIT}-staff-1`, discoveredAt: new Date().toISOString(), source: 'report' }).expect(201)).body.id;
      pools.hazards.push(id);
      await eventually(async () => (await http().get(`/hazards/${id}`).set(principal)).body.status === 'assigned', 'assignment');
      const head = as(`${UNIT}-head-security`);
      if (step !== 'assigned') await http().post(`/hazards/${id}/acknowledge`).set(head).send({}).expect(200);
      if (step === 'requested') await http().post(`/hazards/${id}/request-extension`).set(head).send({ newDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(), reason: 'r' }).expect(200);
      if (step === 'rectified') await http().post(`/hazards/${id}/submit-rectification`).set(head).send({ summary: 's', evidence: ['e'] }).expect(200);
    }
    const incident = await http().post('/incidents').set(as(`${UNIT}-staff-1`)).send({ unitId: UNIT, severity: 'general', title: 'Smoke alarm fault', description: 'Alarm silent', occurredAt: new Date(Date.now() - 3600_000).toISOString() }).expect(201);
    const review = await http().post('/accountability-reviews').set(as('prov-principal')).send({ hazardId: pools.hazards[0], reason: 'fuzz subject' }).expect(201);
    const campaign = await http().post('/campaigns').set(principal).send({ issuerUnitId: UNIT, unitIds: [`${UNIT}-county-1`], title: 'Flood-season inspection', checklist: [{ id: 'fire-1', text: 'Valves open', category: 'fire', severity: 'general' }], deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(), policyName: 'default' }).expect(201);
    await http().post('/responsibility-letters/signings').set(principal).send({ unitId: UNIT, year: new Date().getFullYear() + 1, deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() }).expect(201);
    const acting = await http().post(`/people/${UNIT}-deputy-1/acting`).set(principal).send({ actingPersonId: `${UNIT}-deputy-2`, from: new Date().toISOString(), to: new Date(Date.now() + 86_400_000).toISOString(), reason: 'leave' }).expect(201);
    const letters = await eventually(async () => (await http().get('/responsibility-letters').query({ unitId: UNIT }).set(principal)).body.items.map((l: { id: string }) => l.id).filter(Boolean), 'letters');
    Object.assign(pools, {
      units: [UNIT, `${UNIT}-county-1`, 'city-a', 'prov'],
      people: [`${UNIT}-principal`, `${UNIT}-deputy-1`, `${UNIT}-deputy-2`, `${UNIT}-head-security`, `${UNIT}-safety-officer`, `${UNIT}-staff-1`, `${UNIT}-county-1-principal`, 'prov-principal'],
      requests: pools.hazards.flatMap((h) => [`${h}-r1`, `${h}-r2`]),
      incidents: [incident.body.id],
      reviews: [review.body.id],
      campaigns: [campaign.body.id],
      letters,
      appointments: [acting.body.id],
      policies: ['default', 'fuzz-a'],
    });
  }

  /** Worker calls made, and whether one was in flight, when the baseline snapshot was begun. */
  let baselineCalls = 0;
  let baselineBusy = false;

  /** A snapshot to compare the next requests against; the worker's calls are noted first, so that whatever it does afterwards is told apart. */
  async function baseline(): Promise<Record<string, string>> {
    baselineCalls = workerCalls;
    baselineBusy = workerInFlight > 0;
    return tablesSnapshot(owner);
  }

  /** The worker has nothing in flight and the tables stay as they are: the effects of an accepted request have all landed. */
  async function settled(): Promise<Record<string, string>> {
    let last = await baseline();
    let quietReads = 0;
    await eventually(async () => {
      const status = worker.worker.getStatus();
      const now = await baseline();
      const busy = status.numInFlightWorkflowActivations + status.numInFlightActivities > 0;
      quietReads = !busy && JSON.stringify(now) === JSON.stringify(last) ? quietReads + 1 : 0;
      last = now;
      return quietReads >= 2;
    }, 'the effects of an accepted request', 30_000);
    return last;
  }

  type Answer = { status: number; headers: Record<string, string | undefined>; body: Record<string, unknown> | null };

  async function send(r: FuzzRequest, streaming: boolean): Promise<Answer> {
    // HTTP headers carry visible ASCII only; Node refuses to send anything else.
    const header = (v: string) => v.replace(/[^\x20-\x7e]/g, '');
    const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, header(Object.hasOwn(credentials, v) ? credentials[v]! : v)]).filter(([, v]) => v));
    const payload = r.raw ?? (r.body !== undefined ? JSON.stringify(r.body) : undefined);
    if (streaming) {
      // An event stream stays open: take its status and headers, read the body only of a rejection, then hang up.
      const abort = new AbortController();
      const withBody = payload !== undefined && r.method !== 'get';
      const res = await fetch(`${base}${r.path}`, { method: r.method.toUpperCase(), headers: { ...headers, ...(withBody ? { 'content-type': 'application/json' } : {}) }, body: withBody ? payload : undefined, signal: abort.signal });
      const body = res.status >= 400 ? ((await res.json().catch(() => null)) as Answer['body']) : null;
      abort.abort();
      return { status: res.status, headers: { 'content-type': res.headers.get('content-type') ?? undefined }, body };
    }
    let call = http()[r.method](r.path);
    for (const [k, v] of Object.entries(headers)) call = call.set(k, String(v));
    const res = await (payload !== undefined ? call.set('Content-Type', 'application/json').send(payload) : call);
    return { status: res.status, headers: res.headers as Record<string, string>, body: res.body };
  }

  it(`answers ${RUNS} generated requests with no 5xx, a problem+json body on every rejection, and no table changed by one or by a read`, async () => {
    const doc: Document = (await http().get('/docs-json').expect(200)).body;
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(`${UNIT}-principal`).setExpirationTime(Math.floor(Date.now() / 1000) - 10).sign(new TextEncoder().encode(TEST_AUTH_SECRET));
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('prov-principal').setExpirationTime('1h').sign(new TextEncoder().encode('not-the-secret-0123456789abcdef0123456789'));
    // Generated requests carry names of credentials, put in by send(): a counterexample that fast-check prints holds no token.
    const people = [...pools.people!, `${UNIT}-staff-2`, 'city-a-principal', `${UNIT}-county-1-staff-1`];
    credentials = { ...Object.fromEntries(people.map((p) => [`token-of:${p}`, as(p).Authorization])), 'token:expired': `Bearer ${expired}`, 'token:forged': `Bearer ${forged}` };
    const fuzzer = new OpenApiFuzzer(doc, pools, { valid: people.map((p) => `token-of:${p}`), invalid: ['', 'token:expired', 'token:forged', 'Bearer x.y.z', `Basic ${Buffer.from('a:b').toString('base64')}`] });
    // Operations that answer an event stream (by their declared 200), by path.
    const streaming = new Set(fuzzer.operations.filter((o) => JSON.stringify(o.op).includes('text/event-stream')).map((o) => o.path));
    let before = await settled();

    const check = async (r: FuzzRequest): Promise<void> => {
      const res = await send(r, streaming.has(r.path.split('?')[0]!.replace(/\/+$/, '')));
      (byOperation[r.operation] ??= {})[res.status] = (byOperation[r.operation]![res.status] ?? 0) + 1;
      // FUZZ_DEBUG: how far requests left whole get, to keep the generated requests realistic.
      if (process.env.FUZZ_DEBUG && r.broken === 'none') console.log(`unbroken ${r.operation} ${res.status} ${String(res.body?.detail ?? '').slice(0, 300)}`);
      const where = { operation: r.operation, broken: r.broken, path: r.path.slice(0, 200) };
      expect({ ...where, status: res.status < 500 ? 'below 500' : res.status, body: res.status < 500 ? null : res.body }).toEqual({ ...where, status: 'below 500', body: null });
      if (res.status >= 400) {
        expect({ ...where, type: res.headers['content-type'] }).toEqual({ ...where, type: expect.stringMatching(/^application\/problem\+json/) });
        expect(res.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status: res.status, detail: expect.any(String) });
      }
      if (res.status >= 400 || r.method === 'get') {
        // A rejection changes nothing, and neither does a read. When the worker touched the database
        // since the baseline was taken (a timer firing between two requests counts too), a change may
        // be its own: take a new baseline once it is still, and count it.
        const after = await tablesSnapshot(owner);
        const changed = changedTables(before, after);
        if (changed.length && (workerCalls !== baselineCalls || baselineBusy)) {
          workerOverlaps++;
          before = await settled();
          return;
        }
        expect({ ...where, changed }).toEqual({ ...where, changed: [] });
        if (res.status < 400) accepted++;
        return;
      }
      accepted++;
      if (res.status === 201 && typeof res.body?.id === 'string') {
        const kind = { hazards: 'hazards', incidents: 'incidents', campaigns: 'campaigns', 'accountability-reviews': 'reviews' }[r.path.split(/[/?]/)[1]!];
        if (kind) pools[kind]!.push(res.body.id);
      }
      before = await settled();
    };
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    // Each operation of the document first, a few requests each, so that a new endpoint is covered whatever the count; then the generated run.
    for (const o of fuzzer.operations) for (const r of fc.sample(fuzzer.requestsOf(o.key), { numRuns: 3, seed })) await check(r);
    await fc.assert(fc.asyncProperty(fuzzer.requests(), check), { numRuns: RUNS, seed, verbose: 0, endOnFailure: true });
  }, 3_600_000);
});
