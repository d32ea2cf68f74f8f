import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parseOrgFile, seedOrg, storedUnitIds, type OrgUnitDto } from '#persistence';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

const UNIT = 'city-b-county-6';
const u = (role: string) => `${UNIT}-${role}`;

const county = (): OrgUnitDto => demoUnitClone('city-b-county-1', 'city-b-county-1', UNIT);

/** Moves a post from one person to a newcomer, as a new org file would. */
function handOver(unit: OrgUnitDto, fromId: string, toId: string): OrgUnitDto {
  const from = unit.people.find((p) => p.id === fromId)!;
  unit.people.push({ id: toId, name: `Successor of ${from.name}`, positions: from.positions });
  from.positions = [{ kind: 'staff' }];
  return unit;
}

describe('rights follow the post at the time of the action', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const http = () => request(app.getHttpServer());
  const seed = async (unit: OrgUnitDto) => seedOrg(ds, parseOrgFile(JSON.stringify({ units: [unit] }), await storedUnitIds(ds)));

  beforeAll(async () => {
    ds = await openDataSource();
    await seed(county());
    worker = await startWorker(useTaskQueue('e2e-succession'), ds);
    app = await createApp();
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('refuses a head, a deputy and a safety officer who have left their posts; their successors act for them', async () => {
    as = await signInEveryone(app, ds);
    const res = await http()
      .post('/hazards')
      .set(as(u('staff-1')))
      .send({ unitId: UNIT, category: 'theft', severity: 'general', title: 'Broken lock', description: 'Repository door lock broken', location: 'Repository 4', discoveredBy: u('staff-1'), discoveredAt: new Date().toISOString(), source: 'report' })
      .expect(201);
    const id: string = res.body.id;
    await eventually(async () => (await http().get(`/hazards/${id}`).set(as(u('principal')))).body.responsiblePersonId === u('head-security'), 'assignment');

    // The security head is replaced while the hazard is open.
    const unit = handOver(county(), u('head-security'), u('head-security-new'));
    await seed(unit);
    as = await signInEveryone(app, ds);

    const gone = await http().post(`/hazards/${id}/acknowledge`).set(as(u('head-security'))).send({}).expect(403);
    expect(gone.body.detail).toMatch(/no longer hold the post \(department head of city-b-county-6\)/);
    await http().post(`/hazards/${id}/acknowledge`).set(as(u('staff-2'))).send({}).expect(403);
    await http().post(`/hazards/${id}/acknowledge`).set(as(u('head-security-new'))).send({ note: 'taking over' }).expect(200);

    const asked = await http()
      .post(`/hazards/${id}/request-extension`)
      .set(as(u('head-security-new')))
      .send({ newDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(), reason: 'new lock on order' })
      .expect(200);
    expect(asked.body.pendingRequest).toMatchObject({ requestedBy: u('head-security'), deciderId: u('deputy-1') });

    // Then the deputy in charge changes too; the decision is the successor's.
    await seed(handOver(unit, u('deputy-1'), u('deputy-1-new')));
    as = await signInEveryone(app, ds);
    await http().post(`/hazards/${id}/decide`).set(as(u('deputy-1'))).send({ requestId: asked.body.pendingRequest.id, approve: true, comment: '' }).expect(403);
    await http().post(`/hazards/${id}/decide`).set(as(u('deputy-1-new'))).send({ requestId: asked.body.pendingRequest.id, approve: true, comment: 'approved' }).expect(200);

    // Rectified, then the safety officer changes before verifying: the successor verifies.
    await http().post(`/hazards/${id}/submit-rectification`).set(as(u('head-security-new'))).send({ summary: 'lock replaced', evidence: ['lock.jpg'] }).expect(200);
    await seed(handOver(unit, u('safety-officer'), u('safety-officer-new')));
    as = await signInEveryone(app, ds);
    const former = await http().post(`/hazards/${id}/verify`).set(as(u('safety-officer'))).send({ passed: true, comment: '' }).expect(403);
    expect(former.body.detail).toMatch(/no longer hold the post in city-b-county-6/);
    await http().post(`/hazards/${id}/verify`).set(as(u('safety-officer-new'))).send({ passed: true, comment: 'checked' }).expect(200);

    const events = (await http().get(`/hazards/${id}/timeline`).set(as(u('principal'))).expect(200)).body.events;
    expect(events.find((e: { type: string }) => e.type === 'verification_passed')).toMatchObject({ actorId: u('safety-officer-new'), payload: { actsFor: u('safety-officer') } });
    expect(events.at(-1).type).toBe('closed');
    const ack = events.find((e: { type: string }) => e.type === 'acknowledged');
    expect(ack).toMatchObject({ actorId: u('head-security-new'), payload: { actsFor: u('head-security') } });
    const approved = events.find((e: { type: string }) => e.type === 'request_approved');
    expect(approved).toMatchObject({ actorId: u('deputy-1-new'), payload: { actsFor: u('deputy-1') } });
  });
});
