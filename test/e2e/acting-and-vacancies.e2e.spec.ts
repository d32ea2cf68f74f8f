import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, hazardWorkflowId, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds, type OrgUnitDto } from '#persistence';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';
import { keepHistory } from '../support/histories.js';

const VAC = 'city-a-county-16';
const ACT = 'city-a-county-17';
const TOP = 'prov-principal';

/** The head has 10 s to acknowledge; every later rung 3 s. */
const vacancyFast: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [],
  severities: {
    general: { acknowledge: 'PT10S', plan: 'PT60S', rectify: 'PT60S', verify: 'PT60S', decision: 'PT60S', escalationStep: 'PT3S' },
    major: { acknowledge: 'PT10S', plan: 'PT60S', rectify: 'PT60S', verify: 'PT60S', decision: 'PT60S', escalationStep: 'PT3S' },
  },
};

/** The deputy in charge of security leaves the post; nobody is named to it. */
function withoutDeputy(unit: OrgUnitDto): OrgUnitDto {
  unit.people.find((p) => p.id === `${VAC}-deputy-1`)!.positions = [{ kind: 'staff' }];
  return unit;
}

describe('vacant posts and acting leaders (职务代理)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let temporal: Client;
  const http = () => request(app.getHttpServer());
  const seed = async (...units: OrgUnitDto[]) => seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
  type Event = { type: string; actorId: string | null; payload: Record<string, unknown> };
  const events = async (id: string, who: string): Promise<Event[]> => (await http().get(`/hazards/${id}`).set(as(who)).expect(200)).body.events;

  beforeAll(async () => {
    ds = await openDataSource();
    await seed(demoUnitClone('city-a-county-1', 'city-a-county-1', VAC), demoUnitClone('city-a-county-1', 'city-a-county-1', ACT));
    worker = await startWorker(useTaskQueue('e2e-acting-vacancies'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    temporal = await temporalClient();
    await http().put('/policies/vacancy-fast').set(as(TOP)).send(vacancyFast).expect(200);
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  async function report(unitId: string, title: string, policyName: string): Promise<string> {
    const res = await http().post('/hazards').set(as(`${unitId}-staff-1`)).send({
      unitId, category: 'fire', severity: 'general', title, description: 'Extinguishers expired', location: 'Store 1',
      discoveredBy: `${unitId}-staff-1`, discoveredAt: new Date().toISOString(), source: 'self_inspection', policyName,
    }).expect(201);
    const id: string = res.body.id;
    await eventually(async () => (await http().get(`/hazards/${id}`).set(as(`${unitId}-principal`))).body.responsiblePersonId, 'assignment');
    return id;
  }

  it('skips a rung whose post emptied at once, records every vacancy against its unit, and counts it on the scorecard', async () => {
    const before = await report(VAC, 'Hose reel leaking', 'vacancy-fast');
    await seed(withoutDeputy(demoUnitClone('city-a-county-1', 'city-a-county-1', VAC)));
    const after = await report(VAC, 'Exit sign dark', 'vacancy-fast');

    // Reported after the deputy left: the chain skipped the post, and says so once.
    const atAssignment = (await events(after, `${VAC}-principal`)).filter((e) => e.type === 'rung_vacant');
    expect(atAssignment).toEqual([expect.objectContaining({ actorId: null, payload: expect.objectContaining({ level: 'deputy', unitId: VAC, personId: null, rung: null, found: 'at_assignment' }) })]);

    // Reported before: the head's deadline passes, the hazard reaches the deputy's empty post and moves on at once.
    const trail = await eventually(async () => {
      const e = await events(before, `${VAC}-principal`);
      return e.some((x) => x.type === 'escalated' && x.payload.reason === 'post_vacant') && e;
    }, 'the vacant rung to be skipped', 30_000);
    const tail = trail.map((e) => e.type).slice(trail.findIndex((e) => e.type === 'deadline_missed'));
    expect(tail.slice(0, 4)).toEqual(['deadline_missed', 'escalated', 'rung_vacant', 'escalated']);
    expect(trail.find((e) => e.type === 'rung_vacant')!.payload).toMatchObject({ level: 'deputy', unitId: VAC, personId: `${VAC}-deputy-1`, rung: 1, found: 'at_escalation' });
    const skipped = trail.filter((e) => e.type === 'escalated').at(-1)!;
    expect(skipped.payload).toMatchObject({ reason: 'post_vacant', from: { person: { id: `${VAC}-deputy-1` } }, to: { level: 'principal', person: { id: `${VAC}-principal` } } });
    // The empty post's deadline was never waited out: one missed deadline (the head's), and the principal holds it.
    expect(trail.filter((e) => e.type === 'deadline_missed')).toHaveLength(1);
    expect((await http().get(`/hazards/${before}`).set(as(`${VAC}-principal`)).expect(200)).body.responsiblePersonId).toBe(`${VAC}-principal`);

    const notices = await ds.query(`SELECT recipient_id, kind FROM notifications WHERE hazard_id = $1 AND kind = 'post_vacant'`, [before]);
    expect(notices).toEqual([{ recipient_id: `${VAC}-principal`, kind: 'post_vacant' }]);
    const scorecard = (await http().get(`/units/${VAC}/scorecard`).set(as(`${VAC}-principal`)).expect(200)).body;
    expect(scorecard.vacantPosts).toBe(2);
    await keepHistory('vacant-post-vacant-rungs-v7', temporal.workflow.getHandle(hazardWorkflowId(before)));
  });

  it('lets a leader away name who acts for them: the acting person gets their notices and inbox, decides for them, and stops when it ends', async () => {
    const [deputy, standIn, head, principal] = [`${ACT}-deputy-1`, `${ACT}-deputy-2`, `${ACT}-head-security`, `${ACT}-principal`];
    const week = { from: new Date(Date.now() - 60_000).toISOString(), to: new Date(Date.now() + 7 * 86_400_000).toISOString(), reason: 'Training in the provincial capital' };
    const name = (who: string, body: object) => http().post(`/people/${deputy}/acting`).set(as(who)).send(body);

    // Who may name, and whom.
    await name(`${ACT}-staff-1`, { ...week, actingPersonId: standIn }).expect(403);
    await name('city-b-principal', { ...week, actingPersonId: standIn }).expect(404);
    const outside = (await name(deputy, { ...week, actingPersonId: 'city-a-county-1-deputy-2' }).expect(422)).body;
    expect(outside.errors).toEqual([{ field: 'actingPersonId', reason: expect.stringMatching(/is not of .*'s unit \(city-a-county-17\)/), code: 'invalid' }]);
    const backwards = (await name(deputy, { ...week, to: week.from, from: week.to, actingPersonId: standIn }).expect(422)).body;
    expect(backwards.errors.map((e: { field: string }) => e.field)).toContain('to');
    await name(deputy, { ...week, actingPersonId: deputy }).expect(422);
    expect(await ds.query(`SELECT count(*)::int AS n FROM acting_appointments WHERE person_id = $1`, [deputy])).toEqual([{ n: 0 }]);

    const appointment = (await name(deputy, { ...week, actingPersonId: standIn }).expect(201)).body;
    expect(appointment).toMatchObject({ personId: deputy, actingPersonId: standIn, namedBy: deputy, inForce: true, endedAt: null });
    const overlap = (await name(principal, { ...week, actingPersonId: `${ACT}-head-it` }).expect(409)).body;
    expect(overlap.detail).toMatch(new RegExp(`already has an acting person .*${appointment.id}`));
    const listed = (await http().get(`/people/${standIn}/acting`).set(as(standIn)).expect(200)).body;
    expect(listed.actingFor.map((a: { id: string }) => a.id)).toEqual([appointment.id]);
    await http().get(`/people/${deputy}/acting`).set(as('city-b-principal')).expect(404);

    // The head asks for more time; the deputy in charge decides, and is away.
    const id = await report(ACT, 'Fire door propped open', 'default');
    await http().post(`/hazards/${id}/acknowledge`).set(as(head)).send({ note: 'seen' }).expect(200);
    const ask = (days: number) => http().post(`/hazards/${id}/request-extension`).set(as(head)).send({ newDeadline: new Date(Date.now() + days * 86_400_000).toISOString(), reason: 'door closer on order' }).expect(200);
    const requestId: string = (await ask(20)).body.pendingRequest.id;
    const notices = await ds.query(`SELECT recipient_id, payload->>'actingFor' AS "actingFor" FROM notifications WHERE hazard_id = $1 AND kind = 'decision_due' ORDER BY id`, [id]);
    expect(notices).toEqual([{ recipient_id: deputy, actingFor: null }, { recipient_id: standIn, actingFor: deputy }]);
    const inbox = (await http().get('/approvals?mine').set(as(standIn)).expect(200)).body.items;
    expect(inbox).toEqual([expect.objectContaining({ id: requestId, hazardId: id, deciderId: deputy, actingFor: deputy })]);
    await http().post(`/hazards/${id}/decide`).set(as(`${ACT}-head-it`)).send({ requestId, approve: true, comment: '' }).expect(403);
    await http().post(`/hazards/${id}/decide`).set(as(standIn)).send({ requestId, approve: true, comment: 'approved while the deputy is away' }).expect(200);
    const approved = (await events(id, principal)).find((e) => e.type === 'request_approved')!;
    expect(approved).toMatchObject({ actorId: standIn, payload: { actsFor: deputy } });

    // Back early: only the deputy, who named the stand-in, or a principal ends it; once.
    await http().post(`/people/${deputy}/acting/${appointment.id}/end`).set(as(standIn)).expect(403);
    await http().post(`/people/${deputy}/acting/not-a-uuid/end`).set(as(deputy)).expect(422);
    const ended = (await http().post(`/people/${deputy}/acting/${appointment.id}/end`).set(as(deputy)).expect(200)).body;
    expect(ended).toMatchObject({ inForce: false, endedBy: deputy });
    await http().post(`/people/${deputy}/acting/${appointment.id}/end`).set(as(principal)).expect(409);

    // The next request is the deputy's again, and only the deputy's.
    const next: string = (await ask(30)).body.pendingRequest.id;
    expect((await http().get('/approvals?mine').set(as(standIn)).expect(200)).body.items).toEqual([]);
    const refused = (await http().post(`/hazards/${id}/decide`).set(as(standIn)).send({ requestId: next, approve: false, comment: 'x' }).expect(403)).body;
    expect(refused.detail).toMatch(new RegExp(`only ${deputy}`));
    const copies = await ds.query(`SELECT recipient_id, payload->'request'->>'id' AS "requestId" FROM notifications WHERE hazard_id = $1 AND kind = 'decision_due' ORDER BY id`, [id]);
    expect(copies).toEqual([{ recipient_id: deputy, requestId }, { recipient_id: standIn, requestId }, { recipient_id: deputy, requestId: next }]);
  });
});
