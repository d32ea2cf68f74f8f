import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

const UNIT = 'city-k-county-1';
const u = (role: string) => `${UNIT}-${role}`;

describe('risk assessment (风险分级管控) through the API (real PostgreSQL and Temporal)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-b', 'city-b', 'city-k'), demoUnitClone('city-b-county-1', 'city-b', 'city-k')];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-risk'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('a self-assessment whose 高危 item opens a major hazard and raises the unit’s level; the superior’s assessment sets it again', async () => {
    const template = (await http().get('/risk-template').set(as(u('staff-1'))).expect(200)).body;
    const ids: string[] = template.areas.flatMap((a: { groups: Array<{ indicators: Array<{ id: string }> }> }) => a.groups.flatMap((g) => g.indicators.map((i) => i.id)));
    expect(ids.length).toBeGreaterThan(5);
    const results = ids.map((indicatorId) => ({ indicatorId, result: indicatorId === 'fire-systems' ? 'high' : indicatorId === 'climate' ? 'danger' : 'none', ...(indicatorId === 'fire-systems' ? { note: '二号库房烟感探测器失效' } : {}) }));
    const assess = (who: string, body: object) => http().post(`/units/${UNIT}/risk-assessments`).set(as(who)).send(body);

    expect((await assess(u('staff-1'), { results })).status).toBe(403);
    expect((await assess(u('head-security'), { results })).status).toBe(403);
    expect((await assess('city-a-principal', { results })).status).toBe(404);
    const bad = await assess(u('safety-officer'), { results: [{ indicatorId: 'no-such', result: 'high' }, { ...results[0], result: 'none' }, { ...results[0], result: 'none' }] }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['results[0].indicatorId', 'results[2].indicatorId', 'results']);
    expect((await assess(u('safety-officer'), { results: results.map((r) => ({ ...r, result: 'critical' })) }).expect(422)).body.errors[0].field).toBe('results.0.result');
    expect(await ds.query(`SELECT count(*)::int AS n FROM risk_assessments WHERE unit_id = $1`, [UNIT])).toEqual([{ n: 0 }]);

    const own = (await assess(u('safety-officer'), { results }).expect(201)).body;
    expect(own).toMatchObject({ unitId: UNIT, level: 'high', bySuperior: false, assessedByName: expect.any(String) });
    const listed = await eventually(async () => {
      const r = (await http().get(`/units/${UNIT}/risk-assessments`).set(as(u('principal'))).expect(200)).body;
      return r.items[0]?.hazards.length === 2 && r;
    }, 'the assessment to open its hazards');
    expect(listed.level).toBe('high');
    const byIndicator = Object.fromEntries(listed.items[0].hazards.map((h: { indicatorId: string; severity: string }) => [h.indicatorId, h.severity]));
    expect(byIndicator).toEqual({ 'fire-systems': 'major', climate: 'general' });
    const major = listed.items[0].hazards.find((h: { indicatorId: string }) => h.indicatorId === 'fire-systems');
    const hazard = await eventually(async () => {
      const h = (await http().get(`/hazards/${major.hazardId}`).set(as(u('principal'))).expect(200)).body;
      return h.status === 'assigned' && h;
    }, 'the major hazard to be assigned on the unit’s chain');
    expect(hazard).toMatchObject({ severity: 'major', category: 'fire', source: 'self_inspection', description: '二号库房烟感探测器失效' });

    // The city assesses the county (督查): nothing found this time; the level follows the latest assessment.
    const superior = (await assess('city-k-safety-officer', { results: ids.map((indicatorId) => ({ indicatorId, result: 'none' })) }).expect(201)).body;
    expect(superior).toMatchObject({ level: 'low', bySuperior: true });
    await eventually(async () => (await http().get(`/units/${UNIT}/risk-assessments`).set(as(u('staff-1'))).expect(200)).body.level === 'low', 'the unit’s level to follow the latest assessment');
    await http().get(`/units/${UNIT}/risk-assessments`).set(as('city-a-principal')).expect(404);
  });
});
