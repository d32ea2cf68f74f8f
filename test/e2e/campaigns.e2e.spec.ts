import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import type { Client } from '@temporalio/client';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';
import { keepFinishedHistory } from '../support/histories.js';

/** A city of this file's own with two counties, cloned from city-b. */
const CITY = 'city-c';
const ONE = 'city-c-county-1';
const TWO = 'city-c-county-2';
const LEADER = 'city-c-principal';

const policy: EscalationPolicy = {
  ...DEFAULT_POLICY,
  discipline: { campaigns: { reminders: [0.25], escalateAt: 0.5 } },
};

const CHECKLIST = [
  { id: 'fire-1', text: 'Fire exits clear and marked', category: 'fire', severity: 'general' },
  { id: 'net-1', text: 'Internal and external networks physically separated', category: 'network', severity: 'major' },
];

describe('supervision campaigns (专项督查) through the API (real PostgreSQL and Temporal)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let temporal: Client;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-b', 'city-b', CITY), demoUnitClone('city-b-county-1', 'city-b', CITY), demoUnitClone('city-b-county-2', 'city-b', CITY)];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-campaigns'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    temporal = await temporalClient();
    await http().put('/policies/campaign-fast').set(as('prov-principal')).send(policy).expect(200);
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('runs a campaign across a subtree: one unit fails items, one never submits, omissions are flagged, the report is JSON and CSV', async () => {
    const deadline = new Date(Date.now() + 12_000).toISOString();
    const body = { issuerUnitId: CITY, title: 'Flood-season safety inspection', checklist: CHECKLIST, deadline, policyName: 'campaign-fast' };
    await http().post('/campaigns').set(as(`${ONE}-principal`)).send(body).expect(403);
    const bad = await http().post('/campaigns').set(as(LEADER)).send({ ...body, unitIds: ['city-b-county-1'], deadline: new Date(Date.now() - 1000).toISOString(), checklist: [CHECKLIST[0], CHECKLIST[0]] }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['checklist', 'deadline', 'unitIds']);
    const created = await http().post('/campaigns').set(as(LEADER)).send(body).expect(201);
    const id = created.body.id;
    expect(created.body.units.map((u: { unitId: string }) => u.unitId)).toEqual([ONE, TWO]);
    await http().get(`/campaigns/${id}/report`).set(as(LEADER)).expect(409);

    const submit = (who: string, unit: string, results: object[]) => http().post(`/campaigns/${id}/units/${unit}/inspection`).set(as(who)).send({ results });
    const failedFire = [{ itemId: 'fire-1', passed: false, note: 'East exit blocked by boxes', evidence: ['photos/east.jpg'] }, { itemId: 'net-1', passed: true }];
    expect((await submit(`${ONE}-staff-1`, ONE, failedFire)).status).toBe(403);
    expect((await submit(`${TWO}-principal`, ONE, failedFire)).status).toBe(403);
    const first = await eventually(async () => {
      const r = await submit(`${ONE}-safety-officer`, ONE, failedFire);
      return r.status === 200 && r.body;
    }, 'the first submission');
    expect(first).toMatchObject({ status: 'submitted', submissions: 1 });
    const incomplete = await submit(`${ONE}-safety-officer`, ONE, [failedFire[0]]);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.detail).toMatch(/missing net-1/);
    const hazardId = first.hazards['fire-1'];
    expect(hazardId).toMatch(/^[0-9a-f-]{36}$/);
    // Resubmitting the same failure opens nothing new.
    const again = await submit(`${ONE}-principal`, ONE, failedFire).expect(200);
    expect(again.body).toMatchObject({ submissions: 2, hazards: { 'fire-1': hazardId } });
    const opened = await ds.query(`SELECT id, severity, source, category FROM hazards WHERE external_ref LIKE $1`, [`campaign:${id}:%`]);
    expect(opened).toEqual([{ id: hazardId, severity: 'general', source: 'self_inspection', category: 'fire' }]);
    const hazard = await eventually(async () => {
      const h = (await http().get(`/hazards/${hazardId}`).set(as(LEADER)).expect(200)).body;
      return h.status === 'assigned' && h;
    }, 'the campaign hazard to be assigned');
    expect(hazard.responsiblePerson.id).toBe(`${ONE}-head-security`);

    // The city's own inspection finds water damage that county 1 did not list: 漏报.
    await http().post('/hazards').set(as('city-c-safety-officer')).send({
      unitId: ONE, category: 'water', severity: 'general', title: 'Leaking roof over store 3', description: 'Found on the city’s spot check', location: 'Store 3',
      discoveredBy: 'city-c-safety-officer', discoveredAt: new Date().toISOString(), source: 'supervision',
    }).expect(201);

    const report = await eventually(async () => {
      const r = await http().get(`/campaigns/${id}/report`).set(as(LEADER));
      return r.status === 200 && r.body;
    }, 'the report at the deadline', 40_000);
    const [one, two] = report.units;
    expect(one).toMatchObject({ unitId: ONE, submitted: true, itemsChecked: 2, itemsFailed: ['fire-1'], hazardsOpened: { general: 1, major: 0 }, omitted: [expect.objectContaining({ category: 'water' })] });
    expect(two).toMatchObject({ unitId: TWO, submitted: false, reminders: 1, escalated: true, itemsFailed: [], hazardsOpened: { general: 0, major: 0 }, omitted: [] });
    expect(report.summary).toMatchObject({ units: 2, submitted: 1, notSubmitted: 1, itemsFailed: 1, hazardsOpened: { general: 1, major: 0 }, omitted: 1 });
    const chased = (await ds.query(`SELECT type FROM case_events WHERE stream = $1 ORDER BY sequence`, [`campaign:${id}:${TWO}`])).map((e: { type: string }) => e.type);
    expect(chased).toEqual(['campaign_reminder', 'campaign_escalated', 'campaign_not_submitted']);
    const escalatedTo = await ds.query(`SELECT DISTINCT recipient_id FROM notifications WHERE stream = $1 AND kind IN ('campaign_escalated', 'campaign_not_submitted')`, [`campaign:${id}:${TWO}`]);
    expect(escalatedTo).toEqual([{ recipient_id: `${TWO}-principal` }]);

    const csv = await http().get(`/campaigns/${id}/report?format=csv`).set(as(LEADER)).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows = csv.text.trim().split('\r\n').map((r) => r.split(','));
    expect(rows[0]).toEqual(['unit_id', 'unit_name', 'submitted', 'submitted_at', 'reminders', 'escalated', 'items_checked', 'items_failed', 'hazards_general', 'hazards_major', 'overdue_hazards', 'omitted']);
    expect(rows.map((r) => r[0])).toEqual(['unit_id', ONE, TWO, 'TOTAL']);
    expect(rows[3]!.slice(2)).toEqual(['1/2', '', '', '', '', '1', '1', '0', String(report.summary.overdueHazards), '1']);
    await http().get(`/campaigns/${id}/report?format=pdf`).set(as(LEADER)).expect(422);
    // For a person to read: their language, names and item texts, Beijing time; no ids.
    for (const [lang, header] of [['zh', '单位,是否报送,报送时间（北京时间）'], ['en', 'Unit,Submitted,Submitted at (Beijing time)']] as const) {
      const readable = await http().get(`/campaigns/${id}/report?format=csv&lang=${lang}`).set(as(LEADER)).buffer(true).expect(200);
      expect(readable.text.startsWith(`\uFEFF${header}`)).toBe(true);
      expect(readable.text).not.toMatch(/city-|[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect(readable.text.trim().split('\r\n').at(-1)!.startsWith(lang === 'zh' ? '合计,1/2' : 'Total,1/2')).toBe(true);
    }
    expect((await http().get(`/campaigns/${id}/report?format=csv&lang=fr`).set(as(LEADER)).expect(422)).body.errors).toEqual([expect.objectContaining({ field: 'lang' })]);

    const late = await submit(`${TWO}-principal`, TWO, failedFire);
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/closed for submissions/);
    await http().get(`/campaigns/${id}`).set(as('city-a-principal')).expect(404);
    expect((await http().get('/campaigns').set(as('city-a-principal')).expect(200)).body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await http().get('/campaigns').set(as(`${TWO}-principal`)).expect(200)).body.items).toEqual([expect.objectContaining({ id, units: 2, submitted: 1, status: 'reported' })]);
    const scorecard = (await http().get(`/units/${TWO}/scorecard`).set(as(LEADER)).expect(200)).body;
    expect(scorecard.campaignsNotSubmitted).toBe(1);
    expect((await http().get(`/units/${ONE}/scorecard`).set(as(LEADER)).expect(200)).body.omissions).toBe(1);

    // Replay fixtures (test/workflows/replay): the campaign, a unit that submitted twice and one that never did.
    for (const [name, workflowId] of [['campaign-reported', `campaign-${id}`], ['campaign-unit-submitted', `campaign-${id}-${ONE}`], ['campaign-unit-not-submitted', `campaign-${id}-${TWO}`]]) {
      await keepFinishedHistory(name!, temporal.workflow.getHandle(workflowId!));
      await keepFinishedHistory(`${name}-case-log-mutex-v1`, temporal.workflow.getHandle(workflowId!));
    }
  });
});
