import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** A county of this file's own. */
const UNIT = 'city-m-county-1';
const p = (role: string) => `${UNIT}-${role}`;
const DAY = 86_400_000;

interface WorkItem { kind: string; due: string | null; overdue: boolean; hazard: { id: string; title: string; unitName: string; category: string; severity: string }; forWhom: { id: string; name: string } | null; request: { kind: string; details: { reason?: string } } | null }

describe('My work and what a hazard page offers each person (real Temporal and PostgreSQL)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const http = () => request(app.getHttpServer());
  const work = async (who: string): Promise<WorkItem[]> => (await http().get('/work').set(as(who)).expect(200)).body.items;
  const page = async (id: string, who: string) => (await http().get(`/hazards/${id}`).set(as(who)).expect(200)).body;

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-b', 'city-b', 'city-m'), demoUnitClone('city-b-county-1', 'city-b', 'city-m')];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-work'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  async function report(category: string, severity: 'general' | 'major', title: string): Promise<{ id: string; holder: string; deputy: string }> {
    const { body } = await http()
      .post('/hazards')
      .set(as(p('staff-1')))
      .send({ unitId: UNIT, category, severity, title, description: title, location: '库房', discoveredBy: p('staff-1'), discoveredAt: new Date().toISOString(), source: 'report' })
      .expect(201);
    const h = await eventually(async () => {
      const got = await page(body.id, p('staff-1'));
      return got.status === 'assigned' && got;
    }, 'assignment');
    return { id: body.id, holder: h.chain.rungs[0].person.id, deputy: h.chain.rungs[1].person.id };
  }

  it('lists each step with what, by when and for whom, and the page offers only what the person may do, with the policy’s defaults', async () => {
    const leak = await report('water', 'general', '库房漏水');
    const fire = await report('fire', 'major', '配电箱过热');

    // The holder's list: both acknowledgements, soonest first (a major hazard's 4 hours before a general one's day), each for the leader it goes up to.
    const held = (await work(fire.holder)).filter((i) => [leak.id, fire.id].includes(i.hazard.id));
    const mine = fire.holder === leak.holder ? held : held.filter((i) => i.hazard.id === fire.id);
    expect(mine[0]).toMatchObject({ kind: 'acknowledge', overdue: false, hazard: { id: fire.id, title: '配电箱过热', severity: 'major', category: 'fire', unitName: expect.any(String) }, forWhom: { id: fire.deputy, name: expect.any(String) } });
    expect(Date.parse(mine[0]!.due!) - Date.now()).toBeLessThan(4 * 3_600_000 + 60_000);
    expect(await work(p('staff-1'))).toEqual([]);

    // The page: the staff member who reported may add evidence only; the holder acknowledges or asks for help.
    expect((await page(fire.id, p('staff-1'))).you).toEqual({ actions: ['attachEvidence'], planDeadline: null, currentDeadline: expect.any(String) });
    expect((await page(fire.id, fire.holder)).you.actions).toEqual(['acknowledge', 'requestEscalation', 'attachEvidence']);
    expect((await page(fire.id, p('staff-2'))).you.actions).toEqual([]);
    const named = await page(fire.id, p('staff-1'));
    expect(named.names.people[fire.holder]).toEqual(expect.any(String));
    expect(named.names.units[UNIT]).toEqual(expect.any(String));

    // Acknowledged, the major hazard's plan defaults to the policy's 30 days for rectification, not the acknowledgement's deadline.
    await http().post(`/hazards/${fire.id}/acknowledge`).set(as(fire.holder)).send({}).expect(200);
    const planning = (await page(fire.id, fire.holder)).you;
    expect(planning.actions).toContain('submitPlan');
    expect(Math.abs(Date.parse(planning.planDeadline) - (Date.now() + 30 * DAY))).toBeLessThan(60_000);
    expect((await work(fire.holder)).find((i) => i.hazard.id === fire.id)).toMatchObject({ kind: 'plan' });

    // Asking the deputy for time puts a decision in the deputy's list, for the holder, with the reason.
    await http().post(`/hazards/${leak.id}/acknowledge`).set(as(leak.holder)).send({}).expect(200);
    const current = (await page(leak.id, leak.holder)).you.currentDeadline;
    await http().post(`/hazards/${leak.id}/request-extension`).set(as(leak.holder)).send({ newDeadline: new Date(Date.parse(current) + DAY).toISOString(), reason: '需采购防水材料' }).expect(200);
    const decide = (await work(leak.deputy)).find((i) => i.hazard.id === leak.id);
    expect(decide).toMatchObject({ kind: 'decide', forWhom: { id: leak.holder }, request: { kind: 'extension', details: { reason: '需采购防水材料' } } });
    expect((await page(leak.id, leak.deputy)).you.actions).toEqual(['decide', 'attachEvidence']);
    const requestId = (await page(leak.id, leak.deputy)).requests[0].id;
    await http().post(`/hazards/${leak.id}/decide`).set(as(leak.deputy)).send({ requestId, approve: true, comment: '同意' }).expect(200);
    expect((await work(leak.deputy)).find((i) => i.hazard.id === leak.id)).toBeUndefined();

    // Rectified, it waits for the safety officer, for the rectifier; the holder's list no longer has it.
    await http().post(`/hazards/${leak.id}/submit-rectification`).set(as(leak.holder)).send({ summary: '已封堵', evidence: ['现场照片'] }).expect(200);
    expect((await work(p('safety-officer'))).find((i) => i.hazard.id === leak.id)).toMatchObject({ kind: 'verify', forWhom: { id: leak.holder } });
    expect((await work(leak.holder)).find((i) => i.hazard.id === leak.id)).toBeUndefined();
    expect((await page(leak.id, p('safety-officer'))).you.actions).toEqual(['verify', 'attachEvidence']);
  });
});
