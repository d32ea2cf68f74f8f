import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** A city of its own with one county, so that counts belong to this file alone. */
const CITY = 'city-y';
const COUNTY = 'city-y-county-1';
const N = 6;
const YEAR = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

/** The ladder climbs in seconds so that a review opens; statements stay open long enough to race. */
const racing: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [],
  severities: {
    general: { acknowledge: 'PT1S', plan: 'PT60S', rectify: 'PT60S', verify: 'PT60S', decision: 'PT5S', escalationStep: 'PT1S' },
    major: { acknowledge: 'PT1S', plan: 'PT60S', rectify: 'PT60S', verify: 'PT60S', decision: 'PT5S', escalationStep: 'PT1S' },
  },
  discipline: { accountability: { statementWindow: 'PT120S', decision: 'PT120S', rules: [{ conduct: 'no_action', sanction: 'warning' }, { conduct: 'late', sanction: 'warning' }] } },
};

/** N identical requests at once at every create endpoint: exactly one effect, and never a 5xx. */
describe('concurrent identical requests', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let temporal: Client;
  const http = () => request(app.getHttpServer());
  const count = async (sql: string, params: unknown[]) => (await ds.query(sql, params))[0].n as number;
  const all = <T>(make: () => Promise<T>) => Promise.all(Array.from({ length: N }, make));
  const statuses = (rs: Array<{ status: number }>) => rs.map((r) => r.status).sort();

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-a', 'city-a', CITY), demoUnitClone('city-a-county-1', 'city-a', CITY)];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-concurrency'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    temporal = await temporalClient();
    await http().put('/policies/racing').set(as('prov-principal')).send(racing).expect(200);
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('stores one hazard for N reports with one Idempotency-Key', async () => {
    const key = randomUUID();
    const body = { unitId: COUNTY, category: 'fire', severity: 'general', title: 'Raced report', description: 'd', location: 'l', discoveredBy: `${COUNTY}-staff-1`, discoveredAt: new Date().toISOString(), source: 'report' };
    const rs = await all(() => http().post('/hazards').set(as(`${COUNTY}-staff-1`)).set('Idempotency-Key', key).send(body));
    expect(statuses(rs).every((s) => s === 200 || s === 201)).toBe(true);
    expect(new Set(rs.map((r) => r.body.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM hazards WHERE title = 'Raced report' AND unit_id = $1`, [COUNTY])).toBe(1);
  });

  it('stores one incident for N reports with one Idempotency-Key', async () => {
    const key = randomUUID();
    const body = { unitId: COUNTY, severity: 'general', title: 'Raced incident', description: 'Pipe burst', occurredAt: new Date().toISOString(), policyName: 'racing' };
    const rs = await all(() => http().post('/incidents').set(as(`${COUNTY}-staff-1`)).set('Idempotency-Key', key).send(body));
    expect(statuses(rs)).toEqual([200, 200, 200, 200, 200, 201].slice(-N).sort());
    expect(new Set(rs.map((r) => r.body.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM incidents WHERE title = 'Raced incident'`, [])).toBe(1);
  });

  it('stores one campaign for N starts with one Idempotency-Key, and its units take submissions at once', async () => {
    const key = randomUUID();
    const body = { issuerUnitId: CITY, title: 'Raced campaign', deadline: new Date(Date.now() + 120_000).toISOString(), policyName: 'racing', checklist: [{ id: 'c1', text: 'Exits clear', category: 'fire', severity: 'general' }] };
    const rs = await all(() => http().post('/campaigns').set(as(`${CITY}-principal`)).set('Idempotency-Key', key).send(body));
    expect(statuses(rs)).toEqual([200, 200, 200, 200, 200, 201].slice(-N).sort());
    const id = rs[0]!.body.id;
    expect(new Set(rs.map((r) => r.body.id))).toEqual(new Set([id]));
    expect(await count(`SELECT count(*)::int AS n FROM supervision_campaigns WHERE title = 'Raced campaign'`, [])).toBe(1);
    // Right after the 201: the unit's workflow may not have started yet; the submission waits for it.
    const fresh = await http().post('/campaigns').set(as(`${CITY}-principal`)).send({ ...body, title: 'Submitted at once' }).expect(201);
    const submitted = await http().post(`/campaigns/${fresh.body.id}/units/${COUNTY}/inspection`).set(as(`${COUNTY}-principal`)).send({ results: [{ itemId: 'c1', passed: true }] });
    expect({ status: submitted.status, detail: submitted.body.detail }).toEqual({ status: 200, detail: undefined });
  });

  it('sends one round of letters for N signings of one unit and year', async () => {
    const body = { unitId: CITY, year: YEAR, deadline: new Date(Date.now() + 120_000).toISOString(), policyName: 'racing' };
    const rs = await all(() => http().post('/responsibility-letters/signings').set(as(`${CITY}-principal`)).send(body));
    expect(statuses(rs)).toEqual([201, 409, 409, 409, 409, 409].slice(0, N).sort());
    expect(rs.filter((r) => r.status === 409).every((r) => /already sent/.test(r.body.detail))).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM letter_signings WHERE unit_id = $1 AND year = $2`, [CITY, YEAR])).toBe(1);
  });

  it('records one statement and one decision for N identical ones', async () => {
    const reported = await http().post('/hazards').set(as(`${COUNTY}-staff-1`)).send({
      unitId: COUNTY, category: 'fire', severity: 'general', title: 'Raced review', description: 'd', location: 'l', discoveredBy: `${COUNTY}-staff-1`, discoveredAt: new Date().toISOString(), source: 'report', policyName: 'racing',
    }).expect(201);
    const reviewId = `accountability-review-hazard-${reported.body.id}`;
    const review = await eventually(async () => {
      const r = await http().get(`/accountability-reviews/${reviewId}`).set(as('prov-principal'));
      return r.status === 200 && r.body.status === 'statements' && r.body;
    }, 'the review to open', 30_000);
    const proposal = review.proposals[0] as { id: string; personId: string };
    const stated = await all(() => http().post(`/accountability-reviews/${reviewId}/statements`).set(as(proposal.personId)).send({ text: 'I was on leave' }));
    expect(statuses(stated)).toEqual([200, 409, 409, 409, 409, 409].slice(0, N).sort());
    expect(await count(`SELECT count(*)::int AS n FROM review_statements WHERE review_id = $1 AND person_id = $2`, [reviewId, proposal.personId])).toBe(1);

    const decided = await all(() => http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(review.authorityId)).send({ proposalId: proposal.id, outcome: 'accept', reason: 'late' }));
    expect(statuses(decided)).toEqual([200, 409, 409, 409, 409, 409].slice(0, N).sort());
    expect(await count(`SELECT count(*)::int AS n FROM case_events WHERE stream = $1 AND type = 'proposal_decided' AND payload->>'proposalId' = $2`, [`review:${reviewId}`, proposal.id])).toBe(1);
  });
});
