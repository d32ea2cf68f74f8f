import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Client } from '@temporalio/client';
import { DEFAULT_POLICY, incidentWorkflowId, warningWorkflowId, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { keepFinishedHistory, keepHistory } from '../support/histories.js';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** A city of this file's own with two counties. */
const CITY = 'city-w';
const ONE = 'city-w-county-1';
const TWO = 'city-w-county-2';
const OFFICER = 'city-w-safety-officer';

const policy: EscalationPolicy = { ...DEFAULT_POLICY, discipline: { warnings: { blue: 'PT1H', yellow: 'PT1H', orange: 'PT1H', red: 'PT8S' } } };
const MEASURES = [
  { id: 'stores-dry', text: '检查库房有无渗漏 · Check the stores for leaks' },
  { id: 'transfer-ready', text: '做好档案转移准备 · Prepare to move the records' },
];

describe('early warnings (预警) through the API (real PostgreSQL and Temporal)', () => {
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
    worker = await startWorker(useTaskQueue('e2e-warnings'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    temporal = await temporalClient();
    await http().put('/policies/warning-fast').set(as('prov-principal')).send(policy).expect(200);
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('a red warning: one county confirms in time, the other is escalated; lifting compiles the summary per unit', async () => {
    const body = { issuerUnitId: CITY, level: 'red', title: '暴雨红色预警 · Heavy-rain red warning', measures: MEASURES, policyName: 'warning-fast' };
    const before = await ds.query(`SELECT count(*)::int AS n FROM early_warnings`);
    await http().post('/warnings').set(as(`${CITY}-staff-1`)).send(body).expect(403);
    await http().post('/warnings').set(as(`${ONE}-principal`)).send(body).expect(403);
    const bad = await http().post('/warnings').set(as(OFFICER)).send({ ...body, unitIds: [ONE, 'city-a-county-1'], measures: [MEASURES[0], MEASURES[0]] }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['measures', 'unitIds']);
    expect((await http().post('/warnings').set(as(OFFICER)).send({ ...body, level: 'purple' }).expect(422)).body.errors.map((e: { field: string }) => e.field)).toEqual(['level']);
    expect(await ds.query(`SELECT count(*)::int AS n FROM early_warnings`)).toEqual(before);

    // A shift of county 1 published before the warning, with no leader in charge.
    const shift = { personId: `${ONE}-staff-1`, startsAt: new Date(Date.now() + 3_600_000).toISOString(), endsAt: new Date(Date.now() + 7_200_000).toISOString() };
    const before1 = (await http().post(`/units/${ONE}/shifts`).set(as(`${ONE}-safety-officer`)).send({ shifts: [shift] }).expect(201)).body.items[0];
    expect(before1.leaderId).toBeNull();

    const issued = (await http().post('/warnings').set(as(OFFICER)).send(body).expect(201)).body;
    const id = issued.id;
    expect(issued.units.map((u: { unitId: string }) => u.unitId).sort()).toEqual([ONE, TWO]);
    expect(Date.parse(issued.confirmBy) - Date.parse(issued.issuedAt)).toBe(8000);
    expect(issued.mayLift).toBe(true);
    // The county's safety officer is told, in their language, with the issuer's name and the deadline.
    const notice = await eventually(async () => {
      const items = (await http().get('/notifications').set(as(`${ONE}-safety-officer`)).expect(200)).body.items;
      return items.find((n: { kind: string }) => n.kind === 'warning_issued');
    }, 'the warning to reach county 1');
    expect(notice.subject).toContain('暴雨红色预警');
    expect(notice.body).toMatch(/红色预警/);
    expect(notice.about).toEqual({ type: 'warning', id, link: `/console/#/warnings/${id}` });

    // 领导带班: the red warning puts county 1's principal in charge of its shift, and a shift county 2 publishes now gets its principal.
    const led = await eventually(async () => {
      const s = (await http().get(`/units/${ONE}/shifts`).set(as(`${ONE}-principal`)).expect(200)).body.items.find((x: { id: string }) => x.id === before1.id);
      return s.leaderId && s;
    }, 'the red warning to put a leader on duty');
    expect(led).toMatchObject({ leaderId: `${ONE}-principal`, leaderName: expect.not.stringMatching(ONE) });
    const after2 = (await http().post(`/units/${TWO}/shifts`).set(as(`${TWO}-safety-officer`)).send({ shifts: [{ ...shift, personId: `${TWO}-staff-1` }] }).expect(201)).body.items[0];
    expect(after2.leaderId).toBe(`${TWO}-principal`);
    const shiftEvents = await ds.query(`SELECT type, payload FROM case_events WHERE stream = $1 ORDER BY sequence`, [`shift:${before1.id}`]);
    expect(shiftEvents.map((e: { type: string }) => e.type)).toEqual(['shift_published', 'shift_leader_assigned']);
    expect(shiftEvents[1].payload).toEqual({ leaderId: `${ONE}-principal`, warningId: id });
    const leaderNotice = await eventually(async () => (await http().get('/notifications').set(as(`${ONE}-principal`)).expect(200)).body.items.find((n: { kind: string }) => n.kind === 'shift_leader_on_duty'), 'the leader to be told');
    expect(leaderNotice.body).toMatch(/领导带班/);

    const confirm = (who: string, unit: string, results: object[]) => http().post(`/warnings/${id}/units/${unit}/confirm`).set(as(who)).send({ results });
    const results = [{ measureId: 'stores-dry', done: true, note: '已逐库检查' }, { measureId: 'transfer-ready', done: true }];
    expect((await confirm(`${TWO}-safety-officer`, ONE, results)).status).toBe(403);
    expect((await confirm(`${ONE}-staff-1`, ONE, results)).status).toBe(403);
    const partial = await confirm(`${ONE}-safety-officer`, ONE, [results[0]]);
    expect(partial.status).toBe(422);
    expect(partial.body.detail).toMatch(/missing transfer-ready/);
    const done = await confirm(`${ONE}-safety-officer`, ONE, results).expect(200);
    expect(done.body.units.find((u: { unitId: string }) => u.unitId === ONE)).toMatchObject({ status: 'confirmed', confirmedBy: `${ONE}-safety-officer` });
    expect((await confirm(`${ONE}-principal`, ONE, results)).status).toBe(409);

    const escalated = await eventually(async () => {
      const w = (await http().get(`/warnings/${id}`).set(as(OFFICER)).expect(200)).body;
      return w.units.find((u: { unitId: string; status: string }) => u.unitId === TWO && u.status === 'escalated') && w;
    }, 'county 2 to be escalated at the deadline');
    expect(escalated.units.find((u: { unitId: string }) => u.unitId === ONE).status).toBe('confirmed');
    const told = await ds.query(`SELECT recipient_id FROM notifications WHERE stream = $1 AND kind = 'warning_escalated' ORDER BY recipient_id`, [`warning:${id}`]);
    expect(told.map((r: { recipient_id: string }) => r.recipient_id)).toEqual([`${TWO}-principal`, OFFICER]);
    // An incident in a county while the warning is in force is linked to it; one that occurred before it was issued is not.
    const incident = (occurredAt: string, title: string) => http().post('/incidents').set(as(`${ONE}-staff-1`)).send({ unitId: ONE, severity: 'general', title, description: '雨水从窗缝渗入', occurredAt, policyName: 'warning-fast' }).expect(201);
    const during = (await incident(new Date().toISOString(), '三号库房窗缝渗水')).body;
    const before_ = (await incident(new Date(Date.parse(issued.issuedAt) - 60_000).toISOString(), '预警前的渗水')).body;
    expect(during.warnings).toEqual([{ id, title: body.title, level: 'red', status: 'active' }]);
    expect(before_.warnings).toEqual([]);
    const linked = (await http().get(`/warnings/${id}`).set(as(OFFICER)).expect(200)).body.incidents;
    expect(linked).toEqual([expect.objectContaining({ id: during.id, unitId: ONE, title: '三号库房窗缝渗水', unitName: expect.not.stringMatching(ONE) })]);
    const reported = await eventually(async () => (await ds.query(`SELECT payload->'warningIds' AS w FROM case_events WHERE stream = $1 AND type = 'incident_reported'`, [`incident:${during.id}`]))[0], 'the incident to be recorded');
    expect(reported.w).toEqual([id]);
    await keepHistory('incident-during-warning-v1', temporal.workflow.getHandle(incidentWorkflowId(during.id)));
    // Late, it may still confirm, and is recorded as late.
    await confirm(`${TWO}-principal`, TWO, [{ measureId: 'stores-dry', done: true }, { measureId: 'transfer-ready', done: false, note: '车辆未到位' }]).expect(200);

    await http().post(`/warnings/${id}/lift`).set(as(`${ONE}-principal`)).send({ note: 'x' }).expect(403);
    expect((await http().post(`/warnings/${id}/lift`).set(as('city-w-principal')).send({ note: '雨情结束，解除预警' }).expect(200)).body.status).toBe('lifted');
    await http().post(`/warnings/${id}/lift`).set(as('city-w-principal')).send({ note: 'again' }).expect(409);
    const lifted = await eventually(async () => {
      const w = (await http().get(`/warnings/${id}`).set(as(`${ONE}-principal`)).expect(200)).body;
      return w.status === 'lifted' && w;
    }, 'the warning to be lifted');
    expect(lifted.mayLift).toBe(false);
    expect(lifted.summary).toEqual([
      expect.objectContaining({ unitId: ONE, status: 'confirmed', measuresDone: 2, measuresNotDone: [] }),
      expect.objectContaining({ unitId: TWO, status: 'confirmed_late', measuresDone: 1, measuresNotDone: ['transfer-ready'] }),
    ]);
    const types = (await ds.query(`SELECT type FROM case_events WHERE stream = $1 ORDER BY sequence`, [`warning:${id}`])).map((e: { type: string }) => e.type);
    expect(types).toEqual(['warning_issued', 'warning_leaders_on_duty', 'warning_confirmed', 'warning_escalated', 'warning_confirmed', 'warning_lifted']);
    await keepFinishedHistory('early-warning-red-leaders-v1', temporal.workflow.getHandle(warningWorkflowId(id)));

    await http().get(`/warnings/${id}`).set(as('city-a-principal')).expect(404);
    expect((await http().get('/warnings').set(as('city-a-principal')).expect(200)).body.items.map((w: { id: string }) => w.id)).not.toContain(id);
    expect((await http().get('/warnings').set(as(`${TWO}-principal`)).expect(200)).body.items).toEqual([expect.objectContaining({ id, units: 2, confirmed: 2, escalated: 0, status: 'lifted' })]);
  });
});
