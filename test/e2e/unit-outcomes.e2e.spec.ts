import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** Two counties of this file's own under city-a: one that lets a deadline pass, one with a clean record. */
const LAPSED = 'city-a-county-21';
const CLEAN = 'city-a-county-22';
const CITY_A = 'city-a-principal';
const YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

const fast: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [0.5],
  severities: {
    general: { ...DEFAULT_POLICY.severities.general, acknowledge: 'PT1S', escalationStep: 'PT60S' },
    major: { ...DEFAULT_POLICY.severities.major, acknowledge: 'PT1S', escalationStep: 'PT60S' },
  },
};

describe('unit outcomes: circulated criticism (通报批评) and commendation (表彰)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-a-county-1', 'city-a-county-1', LAPSED), demoUnitClone('city-a-county-1', 'city-a-county-1', CLEAN)];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-unit-outcomes'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    await http().put('/policies/outcomes-fast').set(as('prov-principal')).send(fast).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  const unitEvents = (unitId: string) => ds.query(`SELECT type, actor_id, payload FROM case_events WHERE stream = $1 ORDER BY sequence`, [`unit:${unitId}`]);

  it('criticises a unit whose hazard lapsed, refuses to commend it, and commends a unit with a clean year once', async () => {
    const reported = await http().post('/hazards').set(as(`${LAPSED}-staff-1`)).send({
      unitId: LAPSED, category: 'fire', severity: 'general', title: 'Blocked fire exit', description: 'Boxes in the corridor', location: 'Corridor 2',
      discoveredBy: `${LAPSED}-staff-1`, discoveredAt: new Date().toISOString(), source: 'self_inspection', policyName: 'outcomes-fast',
    }).expect(201);
    const hazardId: string = reported.body.id;
    await eventually(async () => (await http().get(`/hazards/${hazardId}`).set(as(CITY_A))).body.events?.some((e: { type: string }) => e.type === 'deadline_missed'), 'the acknowledgement deadline to pass');

    // Only the principal of a unit above decides; the unit's own principal may not, and a peer does not see the unit.
    const criticism = { year: YEAR, reason: 'Left a blocked fire exit unacknowledged past its deadline', hazardIds: [hazardId] };
    await http().post(`/units/${LAPSED}/criticisms`).set(as(`${LAPSED}-principal`)).send(criticism).expect(403);
    await http().post(`/units/${LAPSED}/criticisms`).set(as('city-a-staff-1')).send(criticism).expect(403);
    await http().post(`/units/${LAPSED}/criticisms`).set(as(`${CLEAN}-principal`)).send(criticism).expect(404);
    await http().post(`/units/${LAPSED}/commendations`).set(as(`${LAPSED}-principal`)).send({ year: YEAR, reason: 'self-praise' }).expect(403);
    const foreign = await http().post(`/units/${LAPSED}/criticisms`).set(as(CITY_A)).send({ ...criticism, hazardIds: ['00000000-0000-4000-8000-000000000000'] }).expect(422);
    expect(foreign.body.errors).toEqual([{ field: 'hazardIds', reason: `hazard 00000000-0000-4000-8000-000000000000 is not a hazard of unit ${LAPSED}`, code: 'invalid' }]);
    expect(await unitEvents(LAPSED)).toEqual([]);

    const circulated = await http().post(`/units/${LAPSED}/criticisms`).set(as(CITY_A)).send(criticism).expect(201);
    expect(circulated.body).toMatchObject({ type: 'criticism_circulated', actorId: CITY_A, payload: { year: YEAR, hazardIds: [hazardId], byUnitId: 'city-a' } });

    const refused = await http().post(`/units/${LAPSED}/commendations`).set(as(CITY_A)).send({ year: YEAR, reason: 'A safe year' }).expect(422);
    expect(refused.body.detail).toMatch(/has lapses in \d{4} \(missedDeadlines: 1\)/);

    const commended = await http().post(`/units/${CLEAN}/commendations`).set(as(CITY_A)).send({ year: YEAR, reason: 'No lapse all year' }).expect(201);
    expect(commended.body.payload.lapses).toEqual({ missedDeadlines: 0, lapsedDecisions: 0, supervisionMissed: 0, lateIncidentReports: 0, campaignsNotSubmitted: 0, yellowCards: 0, sanctions: 0 });
    await http().post(`/units/${CLEAN}/commendations`).set(as(CITY_A)).send({ year: YEAR, reason: 'again' }).expect(409);
    await http().post(`/units/${CLEAN}/commendations`).set(as(CITY_A)).send({ year: YEAR + 1, reason: 'ahead of time' }).expect(422);

    expect((await unitEvents(LAPSED)).map((e: { type: string }) => e.type)).toEqual(['criticism_circulated']);
    expect((await unitEvents(CLEAN)).map((e: { type: string }) => e.type)).toEqual(['unit_commended']);
    const notices = await ds.query(`SELECT recipient_id, kind FROM notifications WHERE stream IN ($1, $2) ORDER BY kind`, [`unit:${LAPSED}`, `unit:${CLEAN}`]);
    expect(notices).toEqual([{ recipient_id: `${LAPSED}-principal`, kind: 'criticism_circulated' }, { recipient_id: `${CLEAN}-principal`, kind: 'unit_commended' }]);

    // Both show on the scorecard and beside the assessment's result, with the decider's name.
    const lapsedCard = (await http().get(`/units/${LAPSED}/scorecard`).set(as(`${LAPSED}-principal`)).expect(200)).body;
    expect(lapsedCard.criticisms).toEqual([expect.objectContaining({ type: 'criticism_circulated', actorName: expect.any(String), payload: expect.objectContaining({ reason: criticism.reason }) })]);
    expect(lapsedCard.commendations).toEqual([]);
    const cleanAssessment = (await http().get(`/units/${CLEAN}/assessment`).query({ year: YEAR }).set(as(CITY_A)).expect(200)).body;
    expect(cleanAssessment).toMatchObject({ result: 'pass', criticisms: [], commendations: [expect.objectContaining({ type: 'unit_commended' })] });
    const lapsedAssessment = (await http().get(`/units/${LAPSED}/assessment`).query({ year: YEAR }).set(as(CITY_A)).expect(200)).body;
    expect(lapsedAssessment.criticisms).toHaveLength(1);
  });
});
