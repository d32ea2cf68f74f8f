import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Client } from '@temporalio/client';
import { DEFAULT_POLICY, planWorkflowId, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { keepHistory } from '../support/histories.js';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** A city of this file's own with one county. */
const CITY = 'city-p';
const UNIT = 'city-p-county-1';
const OWNER = `${UNIT}-head-custody`;
const OFFICER = `${UNIT}-safety-officer`;
const PRINCIPAL = `${UNIT}-principal`;

const plans = { reviewReminderBefore: 'PT2S', reviewEscalationStep: 'PT3S', drillRecordWithin: 'PT3S', drillsPerYear: { flood: 2, fire: 1, theft: 0, network_security: 0, exhibition_evacuation: 0, records_rescue: 0 } };
const policy: EscalationPolicy = { ...DEFAULT_POLICY, discipline: { plans } };

describe('contingency plans and drills (预案、演练) through the API (real PostgreSQL and Temporal)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let temporal: Client;
  const http = () => request(app.getHttpServer());
  const events = async (id: string) => (await ds.query(`SELECT type FROM case_events WHERE stream = $1 ORDER BY sequence`, [`plan:${id}`])).map((e: { type: string }) => e.type);
  const counts = async () => (await ds.query(`SELECT (SELECT count(*) FROM contingency_plans)::int AS plans, (SELECT count(*) FROM plan_drills)::int AS drills`))[0];

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-b', 'city-b', CITY), demoUnitClone('city-b-county-1', 'city-b', CITY)];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-plans'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    temporal = await temporalClient();
    const bad = await http().put('/policies/plan-bad').set(as('prov-principal')).send({ ...DEFAULT_POLICY, discipline: { plans: { ...plans, drillsPerYear: { ...plans.drillsPerYear, mud: 1, fire: -1 } } } }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['document.discipline.plans.drillsPerYear.fire', 'document.discipline.plans.drillsPerYear.mud']);
    await http().put('/policies/plan-fast').set(as('prov-principal')).send(policy).expect(200);
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('reminds and escalates a plan past its review date, records a missed drill, and opens a hazard from a drill’s finding', async () => {
    const body = { type: 'flood', title: '防汛应急预案 · Flood plan', ownerId: OWNER, version: '2026 第1版', reviewBy: new Date(Date.now() + 4000).toISOString(), policyName: 'plan-fast' };
    const before = await counts();
    await http().post(`/units/${UNIT}/plans`).set(as(`${UNIT}-staff-1`)).send(body).expect(403);
    await http().post(`/units/${UNIT}/plans`).set(as('city-a-principal')).send(body).expect(404);
    const bad = await http().post(`/units/${UNIT}/plans`).set(as(OFFICER)).send({ ...body, ownerId: 'city-a-principal', reviewBy: new Date(Date.now() - 1000).toISOString() }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['ownerId', 'reviewBy']);
    expect((await http().post(`/units/${UNIT}/plans`).set(as(OFFICER)).send({ ...body, type: 'volcano' }).expect(422)).body.errors.map((e: { field: string }) => e.field)).toEqual(['type']);
    expect(await counts()).toEqual(before);

    const plan = (await http().post(`/units/${UNIT}/plans`).set(as(OFFICER)).send(body).expect(201)).body;
    expect(plan).toMatchObject({ unitId: UNIT, type: 'flood', ownerId: OWNER, reviewStatus: 'current', mayRevise: true, drills: [] });
    expect(plan.ownerName).not.toBe(OWNER);

    // Past its review date: the owner and the safety officer are told, then the principal; each step is on the plan's record.
    await eventually(async () => (await events(plan.id)).includes('plan_review_escalated'), 'the review to be escalated', 30_000);
    expect(await events(plan.id)).toEqual(['plan_registered', 'plan_review_due', 'plan_review_overdue', 'plan_review_escalated']);
    const told = await ds.query(`SELECT kind, recipient_id FROM notifications WHERE stream = $1 ORDER BY kind, recipient_id`, [`plan:${plan.id}`]);
    expect(told.map((n: { kind: string; recipient_id: string }) => `${n.kind} ${n.recipient_id}`)).toEqual([
      `plan_review_due ${OWNER}`,
      `plan_review_escalated ${OWNER}`, `plan_review_escalated ${PRINCIPAL}`,
      `plan_review_overdue ${OWNER}`, `plan_review_overdue ${OFFICER}`,
    ]);
    const notice = (await http().get('/notifications').set(as(PRINCIPAL)).expect(200)).body.items.find((n: { kind: string }) => n.kind === 'plan_review_escalated');
    expect(notice.subject).toContain('防汛应急预案');
    expect(notice.body).toMatch(/逾期仍未修订/);
    expect(notice.body).not.toContain(OWNER);
    expect(notice.about).toEqual({ type: 'plan', id: plan.id, link: `/console/#/plans/${plan.id}` });
    expect((await http().get(`/units/${UNIT}/plans`).set(as(PRINCIPAL)).expect(200)).body.items).toEqual([expect.objectContaining({ id: plan.id, reviewStatus: 'escalated', drillsRequired: 2, drillsHeld: 0 })]);

    // The owner revises it: a new version and date, and its reminders start again.
    await http().post(`/plans/${plan.id}/revise`).set(as(`${UNIT}-staff-1`)).send({ version: 'v2', reviewBy: new Date(Date.now() + 3600_000).toISOString(), note: 'x' }).expect(403);
    const revised = (await http().post(`/plans/${plan.id}/revise`).set(as(OWNER)).send({ version: '2026 第2版', reviewBy: new Date(Date.now() + 3600_000).toISOString(), note: '更新联系人与转移路线' }).expect(200)).body;
    expect(revised).toMatchObject({ version: '2026 第2版', reviewStatus: 'current' });

    // A drill planned and never recorded is a missed drill, on record against the owner.
    const planned = (await http().post(`/units/${UNIT}/drills`).set(as(OWNER)).send({ planId: plan.id, plannedAt: new Date(Date.now() + 1000).toISOString(), scenario: '库房进水 · Water in store 2' }).expect(200)).body;
    const drillId = planned.drills[0].id;
    expect(planned.drills).toEqual([expect.objectContaining({ status: 'planned', scenario: '库房进水 · Water in store 2' })]);
    await eventually(async () => (await events(plan.id)).includes('drill_missed'), 'the drill to be missed', 30_000);
    const missed = (await http().get(`/plans/${plan.id}`).set(as(PRINCIPAL)).expect(200)).body;
    expect(missed.drills[0]).toMatchObject({ id: drillId, status: 'missed' });
    const missedTo = await ds.query(`SELECT recipient_id FROM notifications WHERE stream = $1 AND kind = 'drill_missed' ORDER BY recipient_id`, [`plan:${plan.id}`]);
    expect(missedTo.map((r: { recipient_id: string }) => r.recipient_id)).toEqual([OWNER, PRINCIPAL, OFFICER].sort());

    // Bad drills change nothing: a plan of another unit, a participant from elsewhere, a drill of no plan, a date to come.
    const city = (await http().post(`/units/${CITY}/plans`).set(as(`${CITY}-safety-officer`)).send({ ...body, ownerId: `${CITY}-safety-officer`, reviewBy: new Date(Date.now() + 3600_000).toISOString() }).expect(201)).body;
    const drillsBefore = await counts();
    const other = await http().post(`/units/${UNIT}/drill-records`).set(as(OFFICER)).send({ planId: city.id, heldAt: new Date().toISOString(), participants: [], scenario: 's', findings: [] }).expect(422);
    expect(other.body.errors.map((e: { field: string }) => e.field)).toEqual(['planId']);
    await http().post(`/units/${UNIT}/drills`).set(as(OFFICER)).send({ planId: city.id, plannedAt: new Date(Date.now() + 3600_000).toISOString(), scenario: 's' }).expect(422);
    const wrong = await http().post(`/units/${UNIT}/drill-records`).set(as(OFFICER)).send({ planId: plan.id, drillId: city.id, heldAt: new Date(Date.now() + 3600_000).toISOString(), participants: [OWNER, 'city-a-principal'], scenario: 's', findings: [{ text: 'x', openHazard: 'yes', severity: 'huge' }] }).expect(422);
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['findings.0.openHazard', 'findings.0.severity']);
    const wrong2 = await http().post(`/units/${UNIT}/drill-records`).set(as(OFFICER)).send({ planId: plan.id, drillId: city.id, heldAt: new Date(Date.now() + 3600_000).toISOString(), participants: [OWNER, 'city-a-principal'], scenario: 's', findings: [] }).expect(422);
    expect(wrong2.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['drillId', 'heldAt', 'participants[1]']);
    await http().post(`/units/${UNIT}/drill-records`).set(as(`${UNIT}-staff-1`)).send({ planId: plan.id, heldAt: new Date().toISOString(), participants: [], scenario: 's', findings: [] }).expect(403);
    expect(await counts()).toEqual(drillsBefore);

    // A drill held without being planned ahead: recorded with its participants by name; its finding opens a major hazard.
    const record = { planId: plan.id, heldAt: new Date(Date.now() - 60_000).toISOString(), participants: [OWNER, OFFICER, `${UNIT}-staff-1`], scenario: '暴雨倒灌 · Storm water in the basement', findings: [{ text: '抽水泵无法启动 · The pump does not start', openHazard: true, severity: 'major' }, { text: '疏散路线标识清晰 · Routes well marked', openHazard: false, severity: 'general' }] };
    const held = (await http().post(`/units/${UNIT}/drill-records`).set(as(OWNER)).send(record).expect(200)).body;
    const adHoc = held.drills.find((d: { id: string }) => d.id !== drillId);
    expect(adHoc).toMatchObject({ status: 'held', recordedBy: OWNER });
    expect(adHoc.participants.map((p: { name: string }) => p.name)).not.toContain(OWNER);
    const opened = await eventually(async () => {
      const d = (await http().get(`/plans/${plan.id}`).set(as(OFFICER)).expect(200)).body.drills.find((x: { id: string }) => x.id === adHoc.id);
      return d.hazards.length > 0 && d.hazards;
    }, 'the finding’s hazard', 30_000);
    expect(opened).toEqual([expect.objectContaining({ severity: 'major', title: expect.stringContaining('抽水泵无法启动') })]);
    const hazard = (await http().get(`/hazards/${opened[0].hazardId}`).set(as(PRINCIPAL)).expect(200)).body;
    expect(hazard).toMatchObject({ unitId: UNIT, category: 'water', source: 'self_inspection' });

    // The scorecard shows the year: one held of two required, one missed; recording the missed one late makes up the count, not the lapse.
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const card = (await http().get(`/units/${UNIT}/scorecard`).set(as(PRINCIPAL)).expect(200)).body;
    expect(card.preparedness).toEqual({ year, plans: [{ type: 'flood', plans: 1, pastReview: 0, drillsHeld: 1, drillsRequired: 2, drillsMissed: 1 }], drillsShort: 1, missedCheckIns: 0 });
    await http().post(`/units/${UNIT}/drill-records`).set(as(OFFICER)).send({ ...record, drillId, findings: [] }).expect(200);
    await http().post(`/units/${UNIT}/drill-records`).set(as(OFFICER)).send({ ...record, drillId, findings: [] }).expect(409);
    const assessment = (await http().get(`/units/${UNIT}/assessment?year=${year}`).set(as(PRINCIPAL)).expect(200)).body;
    expect(assessment.preparedness).toMatchObject({ plans: [expect.objectContaining({ drillsHeld: 2, drillsMissed: 1 })], drillsShort: 0 });
    expect((await http().get(`/plans/${plan.id}`).set(as(PRINCIPAL)).expect(200)).body.drills.find((d: { id: string }) => d.id === drillId).status).toBe('held_late');
    expect(await events(plan.id)).toEqual([
      'plan_registered', 'plan_review_due', 'plan_review_overdue', 'plan_review_escalated', 'plan_revised', 'drill_planned', 'drill_missed', 'drill_planned', 'drill_recorded', 'drill_hazard_opened', 'drill_recorded',
    ]);
    await keepHistory('contingency-plan-case-log-mutex-v1', temporal.workflow.getHandle(planWorkflowId(plan.id)));

    // Who may be named (owner, participants) is offered by name to whoever may see the unit.
    const people = (await http().get(`/units/${UNIT}/people`).set(as(`${UNIT}-staff-1`)).expect(200)).body;
    expect(people.items).toContainEqual({ id: OWNER, name: expect.not.stringMatching(OWNER), posts: [expect.objectContaining({ kind: 'department_head' })] });
    await http().get(`/units/${UNIT}/people`).set(as('city-a-principal')).expect(404);
    await http().get('/units/nowhere/people').set(as(PRINCIPAL)).expect(404);

    // Outside the unit's chain the plan does not exist.
    await http().get(`/plans/${plan.id}`).set(as('city-a-principal')).expect(404);
    await http().get(`/units/${UNIT}/plans`).set(as('city-a-principal')).expect(404);
    expect((await http().get(`/plans/${city.id}`).set(as(PRINCIPAL)).expect(404)).body.detail).toBe(`Plan ${city.id} does not exist`);
  });
});
