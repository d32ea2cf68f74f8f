import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

const UNIT = 'city-k-county-1';
/** A province of this file's own (a second top-level unit), with one archive under it. */
const PROVINCE = 'prov-k';
const PROVINCE_UNIT = 'prov-k-archive';
const u = (role: string) => `${UNIT}-${role}`;

describe('risk assessment (风险分级管控) through the API (real PostgreSQL and Temporal)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ds = await openDataSource();
    const province = { ...demoUnitClone('city-b', 'city-b', PROVINCE), parent: undefined };
    const archive = { ...demoUnitClone('city-b-county-1', 'city-b-county-1', PROVINCE_UNIT), parent: PROVINCE };
    const units = [demoUnitClone('city-b', 'city-b', 'city-k'), demoUnitClone('city-b-county-1', 'city-b', 'city-k'), province, archive];
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

    // A high-risk unit's hazards get shorter deadlines (the policy's factor, by default half), and the overview shows its level.
    const report = { unitId: UNIT, category: 'theft', severity: 'major', title: '后门门禁失灵', description: '门禁无法锁闭', location: '后门', discoveredBy: u('staff-1'), discoveredAt: new Date().toISOString(), source: 'report' };
    const reported = (await http().post('/hazards').set(as(u('staff-1'))).send(report).expect(201)).body;
    const assigned = await eventually(async () => {
      const h = (await http().get(`/hazards/${reported.id}`).set(as(u('principal'))).expect(200)).body;
      return h.status === 'assigned' && h;
    }, 'the hazard to be assigned');
    const given = Date.parse(assigned.stage.deadline) - Date.now();
    expect(given).toBeGreaterThan(2 * 3600_000 - 120_000);
    expect(given).toBeLessThanOrEqual(2 * 3600_000);
    const [first] = await ds.query(`SELECT payload FROM hazard_events WHERE hazard_id = $1 AND type = 'reported'`, [reported.id]);
    expect(first.payload.policy).toEqual({ name: 'default', version: expect.any(Number), riskLevel: 'high' });
    const stats = (await http().get('/hazards/stats').set(as('city-k-principal')).expect(200)).body.units;
    expect([...new Set(stats.filter((r: { unitId: string }) => r.unitId === UNIT).map((r: { riskLevel: string }) => r.riskLevel))]).toEqual(['high']);
    const badPolicy = await http().put('/policies/risk-bad').set(as('prov-principal')).send({ ...DEFAULT_POLICY, riskLevels: { high: 2, low: 0.5 } }).expect(422);
    expect(badPolicy.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['document.riskLevels.high', 'document.riskLevels.low']);

    // The city assesses the county (督查): nothing found this time; the level follows the latest assessment.
    const superior = (await assess('city-k-safety-officer', { results: ids.map((indicatorId) => ({ indicatorId, result: 'none' })) }).expect(201)).body;
    expect(superior).toMatchObject({ level: 'low', bySuperior: true });
    await eventually(async () => (await http().get(`/units/${UNIT}/risk-assessments`).set(as(u('staff-1'))).expect(200)).body.level === 'low', 'the unit’s level to follow the latest assessment');
    await http().get(`/units/${UNIT}/risk-assessments`).set(as('city-a-principal')).expect(404);
  });

  it('a province uploads its own template: a repeated indicator id is refused with its path, and its units are assessed against the new version while others keep the default', async () => {
    const indicator = (id: string, category: string) => ({ id, content: `${id} 内容`, method: '现场查看', basis: '档案法', category });
    const template = {
      name: '某省档案馆安全风险评估指标（2027）',
      areas: [{ id: 'site', name: '馆舍', groups: [{ id: 'fire', name: '消防', indicators: [indicator('k-fire', 'fire'), indicator('k-water', 'water')] }, { id: 'net', name: '网络', indicators: [indicator('k-fire', 'network')] }] }],
      note: '本省指标',
    };
    const put = (who: string, unit: string, body: object) => http().put(`/units/${unit}/risk-template`).set(as(who)).send(body);
    const bad = (await put(`${PROVINCE}-principal`, PROVINCE, template).expect(422)).body;
    expect(bad.errors).toEqual([{ field: 'areas.0.groups.1.indicators.0.id', reason: 'indicator id "k-fire" is already used at areas.0.groups.0.indicators.0', code: 'invalid' }]);
    const wrongCategory = (await put(`${PROVINCE}-principal`, PROVINCE, { ...template, areas: [{ ...template.areas[0], groups: [{ ...template.areas[0]!.groups[0]!, indicators: [indicator('k-x', 'lava')] }] }] }).expect(422)).body;
    expect(wrongCategory.errors.map((e: { field: string }) => e.field)).toEqual(['areas.0.groups.0.indicators.0.category']);
    const good = { ...template, areas: [{ ...template.areas[0], groups: [template.areas[0]!.groups[0]] }] };
    await put(`${PROVINCE_UNIT}-principal`, PROVINCE_UNIT, good).expect(403);
    await put('prov-principal', PROVINCE, good).expect(404);
    await put('city-k-principal', 'city-k', good).expect(403);
    expect(await ds.query(`SELECT count(*)::int AS n FROM risk_templates`)).toEqual([{ n: 0 }]);

    const stored = (await put(`${PROVINCE}-principal`, PROVINCE, good).expect(200)).body;
    expect(stored).toMatchObject({ provinceId: PROVINCE, version: 1, name: good.name, note: '本省指标', uploadedBy: `${PROVINCE}-principal` });
    expect((await http().get(`/units/${PROVINCE_UNIT}/risk-template`).set(as(`${PROVINCE_UNIT}-staff-1`)).expect(200)).body).toMatchObject({ provinceId: PROVINCE, version: 1 });
    expect((await http().get(`/units/${UNIT}/risk-template`).set(as(u('staff-1'))).expect(200)).body).toMatchObject({ provinceId: 'prov', version: 0 });
    await http().get(`/units/${PROVINCE_UNIT}/risk-template`).set(as(u('principal'))).expect(404);

    // The province's archive is assessed against the new version: the default's indicators are no longer asked for.
    const assess = (results: object[]) => http().post(`/units/${PROVINCE_UNIT}/risk-assessments`).set(as(`${PROVINCE_UNIT}-safety-officer`)).send({ results });
    expect((await assess([{ indicatorId: 'fire-systems', result: 'none' }]).expect(422)).body.errors.map((e: { field: string }) => e.field)).toEqual(['results[0].indicatorId', 'results']);
    const done = (await assess([{ indicatorId: 'k-fire', result: 'high' }, { indicatorId: 'k-water', result: 'none' }]).expect(201)).body;
    expect(done).toMatchObject({ level: 'high', template: good.name });
    expect(await ds.query(`SELECT template_version AS v FROM risk_assessments WHERE id = $1`, [done.id])).toEqual([{ v: 1 }]);
  });
});
