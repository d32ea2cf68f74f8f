import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { createApp, demoUnitClone, openDataSource, signInEveryone, type AuthHeaders } from '../support/harness.js';

const UNIT = 'city-a-county-13';
const STAFF = `${UNIT}-staff-1`;
const PRINCIPAL = `${UNIT}-principal`;
const TOP = 'prov-principal';
const NUL = 'left\u0000right';
const LONE_HIGH = 'left\uD800right';
const LONE_LOW = '\uDC00 alone';

/** Text PostgreSQL cannot store is refused with a 422 naming the field, wherever it travels, and changes nothing. */
describe('text that cannot be stored', () => {
  let app: INestApplication;
  let ds: DataSource;
  let as: AuthHeaders;
  const http = () => request(app.getHttpServer());

  /** What these requests could have written, counted for this file's own unit and policy (other files run alongside). */
  const COUNTS: Record<string, [string, string]> = {
    hazards: [`SELECT count(*)::int AS n FROM hazards WHERE unit_id = $1`, UNIT],
    hazardEvents: [`SELECT count(*)::int AS n FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id WHERE h.unit_id = $1`, UNIT],
    incidents: [`SELECT count(*)::int AS n FROM incidents WHERE unit_id = $1`, UNIT],
    campaigns: [`SELECT count(*)::int AS n FROM supervision_campaigns WHERE issuer_unit_id = $1`, UNIT],
    policies: [`SELECT count(*)::int AS n FROM policies WHERE name = $1`, 'unstorable'],
  };
  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const [name, [sql, param]] of Object.entries(COUNTS)) out[name] = (await ds.query(sql, [param]))[0].n;
    return out;
  }

  beforeAll(async () => {
    ds = await openDataSource();
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units: [demoUnitClone('city-a-county-1', 'city-a-county-1', UNIT)] }), await storedUnitIds(ds)));
    app = await createApp();
    as = await signInEveryone(app, ds);
  });

  afterAll(async () => {
    await app?.close();
    await ds?.destroy();
  });

  const report = { unitId: UNIT, category: 'fire', severity: 'general', title: 'Extinguisher missing', description: 'Hall 2', location: 'Hall 2', discoveredBy: STAFF, source: 'report' };
  const cases: Array<[string, () => request.Test, string[]]> = [
    ['a NUL in a report’s title', () => http().post('/hazards').set(as(STAFF)).send({ ...report, title: NUL, discoveredAt: new Date().toISOString() }), ['title']],
    ['an unpaired high surrogate in a description', () => http().post('/hazards').set(as(STAFF)).send({ ...report, description: LONE_HIGH, discoveredAt: new Date().toISOString() }), ['description']],
    ['unpaired surrogates in two fields at once', () => http().post('/hazards').set(as(STAFF)).send({ ...report, location: LONE_LOW, title: LONE_HIGH, discoveredAt: new Date().toISOString() }), ['location', 'title']],
    ['a NUL deep in a policy document', () => http().put('/policies/unstorable').set(as(TOP)).send({ ...DEFAULT_POLICY, severities: { ...DEFAULT_POLICY.severities, major: { ...DEFAULT_POLICY.severities.major, verify: NUL } } }), ['severities.major.verify']],
    ['a NUL in a query parameter', () => http().get('/hazards').query({ unitId: NUL }).set(as(PRINCIPAL)), ['unitId']],
    ['a NUL in an incident', () => http().post('/incidents').set(as(STAFF)).send({ unitId: UNIT, severity: 'general', title: 'Leak', description: NUL, occurredAt: new Date().toISOString() }), ['description']],
    ['a surrogate in a campaign checklist item', () => http().post('/campaigns').set(as(PRINCIPAL)).send({ issuerUnitId: UNIT, title: 'Flood season', deadline: new Date(Date.now() + 86_400_000).toISOString(), checklist: [{ id: 'c1', text: LONE_HIGH, category: 'water', severity: 'general' }] }), ['checklist[0].text']],
    ['a NUL in a field name', () => http().post('/hazards').set(as(STAFF)).send({ ...report, discoveredAt: new Date().toISOString(), [NUL]: 'x' }), [NUL]],
  ];

  it.each(cases)('refuses %s with a 422 naming the field, and changes nothing', async (_, send, fields) => {
    const before = await counts();
    const res = await send();
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(fields.sort());
    expect(res.body.errors[0].reason).toMatch(/cannot be stored/);
    expect(await counts()).toEqual(before);
  });

  it('still stores every other character, a paired surrogate (an emoji) and a rare CJK ideograph among them', async () => {
    const title = '灭火器缺失 𠀀 🧯 \u2028';
    const res = await http().post('/hazards').set(as(STAFF)).send({ ...report, title, discoveredAt: new Date().toISOString() }).expect(201);
    // No worker runs in this file: the read model answers, and says why the live state is missing.
    const stored = (await http().get(`/hazards/${res.body.id}`).set(as(STAFF)).expect(200)).body;
    expect(stored.title).toBe(title);
    expect(stored.live).toBeNull();
  });
});
