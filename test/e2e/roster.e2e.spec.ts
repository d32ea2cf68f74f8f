import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Client } from '@temporalio/client';
import { DEFAULT_POLICY, shiftWorkflowId, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { keepFinishedHistory, keepHistory } from '../support/histories.js';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

const UNIT = 'city-r-county-1';
const u = (role: string) => `${UNIT}-${role}`;
const policy: EscalationPolicy = { ...DEFAULT_POLICY, discipline: { roster: { checkInGrace: 'PT3S', escalationStep: 'PT3S', handoverGrace: 'PT3S' } } };
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('duty roster (值班) through the API (real PostgreSQL and Temporal)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let temporal: Client;
  const http = () => request(app.getHttpServer());
  const events = async (shiftId: string) => (await ds.query(`SELECT type FROM case_events WHERE stream = $1 ORDER BY sequence`, [`shift:${shiftId}`])).map((e: { type: string }) => e.type);

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-b', 'city-b', 'city-r'), demoUnitClone('city-b-county-1', 'city-b', 'city-r')];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-roster'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    temporal = await temporalClient();
    await http().put('/policies/roster-fast').set(as('prov-principal')).send(policy).expect(200);
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('refuses a roster that does not hold together, naming the shift and the field, storing nothing', async () => {
    const publish = (who: string, shifts: object[]) => http().post(`/units/${UNIT}/shifts`).set(as(who)).send({ shifts, policyName: 'roster-fast' });
    const one = { personId: u('staff-1'), startsAt: at(3_600_000), endsAt: at(7_200_000) };
    expect((await publish(u('staff-1'), [one])).status).toBe(403);
    expect((await publish('city-a-principal', [one])).status).toBe(404);
    const fields = async (shifts: object[]) => ((await publish(u('safety-officer'), shifts)).body.errors ?? []).map((e: { field: string }) => e.field).sort();
    expect(await fields([{ ...one, personId: 'city-a-county-1-staff-1' }])).toEqual(['shifts[0].personId']);
    expect(await fields([{ ...one, leaderId: u('staff-2') }])).toEqual(['shifts[0].leaderId']);
    expect(await fields([{ ...one, endsAt: one.startsAt }])).toEqual(['shifts[0].endsAt']);
    expect(await fields([one, { ...one, personId: u('staff-2') }])).toEqual(['shifts[1]']);
    expect(await ds.query(`SELECT count(*)::int AS n FROM duty_shifts WHERE unit_id = $1`, [UNIT])).toEqual([{ n: 0 }]);
  });

  it('one person checks in and hands over; the other misses the check-in, is chased to the safety officer, then the principal and the leader in charge, and files no handover', async () => {
    const base = Date.now();
    const a = { personId: u('staff-1'), startsAt: new Date(base + 1_000).toISOString(), endsAt: new Date(base + 4_000).toISOString() };
    const b = { personId: u('staff-2'), leaderId: u('deputy-1'), startsAt: new Date(base + 4_000).toISOString(), endsAt: new Date(base + 20_000).toISOString() };
    const published = (await http().post(`/units/${UNIT}/shifts`).set(as(u('safety-officer'))).send({ shifts: [a, b], policyName: 'roster-fast' }).expect(201)).body.items;
    const [shiftA, shiftB] = published;
    expect(shiftB).toMatchObject({ personName: expect.any(String), leaderId: u('deputy-1'), status: 'scheduled' });
    const again = await http().post(`/units/${UNIT}/shifts`).set(as(u('principal'))).send({ shifts: [{ ...a, personId: u('staff-2') }], policyName: 'roster-fast' }).expect(422);
    expect(again.body.errors).toEqual([{ field: 'shifts[0]', reason: expect.stringMatching(/overlaps a shift/), code: 'invalid' }]);

    // Only the person on duty checks in.
    await http().post(`/shifts/${shiftA.id}/check-in`).set(as(u('staff-2'))).send({}).expect(403);
    await http().post(`/shifts/${shiftA.id}/check-in`).set(as('city-a-principal')).send({}).expect(404);
    const checked = await eventually(async () => {
      const r = await http().post(`/shifts/${shiftA.id}/check-in`).set(as(u('staff-1'))).send({});
      return r.status === 200 && r.body;
    }, 'the first shift to accept its check-in');
    expect(checked.status).toBe('checked_in');
    await http().post(`/shifts/${shiftA.id}/check-in`).set(as(u('staff-1'))).send({}).expect(409);
    await http().post(`/shifts/${shiftA.id}/handover`).set(as(u('staff-1'))).send({ log: '' }).expect(422);
    await http().post(`/shifts/${shiftA.id}/handover`).set(as(u('staff-1'))).send({ log: '夜间巡查库房三次，一切正常' }).expect(200);

    // B: nobody checks in. The safety officer hears of it after the grace, then the principal and the leader in charge.
    const told = await eventually(async () => {
      const rows = await ds.query(`SELECT recipient_id, kind FROM notifications WHERE stream = $1 AND kind LIKE 'shift_check_in_%' ORDER BY kind, recipient_id`, [`shift:${shiftB.id}`]);
      return rows.length === 3 && rows;
    }, 'the missed check-in to be chased up the chain');
    expect(told).toEqual([
      { recipient_id: u('deputy-1'), kind: 'shift_check_in_escalated' },
      { recipient_id: u('principal'), kind: 'shift_check_in_escalated' },
      { recipient_id: u('safety-officer'), kind: 'shift_check_in_missed' },
    ]);
    const notice = (await http().get('/notifications').set(as(u('principal'))).expect(200)).body.items.find((n: { kind: string }) => n.kind === 'shift_check_in_escalated');
    expect(notice.body).toContain('仍未签到');
    expect(notice.body).not.toContain(u('staff-2'));
    // Late, the check-in is still taken, and recorded as late.
    const late = (await http().post(`/shifts/${shiftB.id}/check-in`).set(as(u('staff-2'))).send({}).expect(200)).body;
    expect(late.lateByMs).toBeGreaterThan(6_000);

    const today = (await http().get('/duty/today').set(as('city-r-principal')).expect(200)).body.items;
    expect(today.filter((s: { unitId: string }) => s.unitId === UNIT).map((s: { id: string }) => s.id)).toEqual([shiftA.id, shiftB.id]);
    expect((await http().get('/duty/today').set(as('city-a-principal')).expect(200)).body.items.map((s: { id: string }) => s.id)).not.toContain(shiftB.id);
    await http().get(`/units/${UNIT}/shifts`).set(as('city-a-principal')).expect(404);

    await eventually(async () => (await events(shiftB.id)).includes('shift_handover_missing'), 'the missing handover to be recorded', 40_000);
    expect(await events(shiftB.id)).toEqual(['shift_published', 'shift_check_in_missed', 'shift_check_in_escalated', 'shift_checked_in', 'shift_handover_missing']);
    expect(await events(shiftA.id)).toEqual(['shift_published', 'shift_checked_in', 'shift_handed_over']);
    const listed = (await http().get(`/units/${UNIT}/shifts?from=${encodeURIComponent(new Date(base).toISOString())}`).set(as(u('staff-1'))).expect(200)).body.items;
    expect(listed.map((s: { status: string }) => s.status)).toEqual(['handed_over', 'no_handover']);
    await keepFinishedHistory('duty-shift-missed-case-log-mutex-v1', temporal.workflow.getHandle(shiftWorkflowId(shiftB.id)));
  });

  it('换班: the person on duty asks another, who accepts; the safety officer approves and the other is on duty; wrong hands are refused', async () => {
    const shift = (await http().post(`/units/${UNIT}/shifts`).set(as(u('safety-officer'))).send({ shifts: [{ personId: u('staff-1'), startsAt: at(3 * 3_600_000), endsAt: at(4 * 3_600_000) }], policyName: 'roster-fast' }).expect(201)).body.items[0];
    const swap = (who: string, body: object) => http().post(`/shifts/${shift.id}/swap`).set(as(who)).send(body);
    await swap(u('staff-2'), { toPersonId: u('staff-2'), note: 'x' }).expect(403);
    expect((await swap(u('staff-1'), { toPersonId: 'city-a-county-1-staff-1', note: '家中有事' }).expect(422)).body.errors).toEqual([{ field: 'toPersonId', reason: `city-a-county-1-staff-1 holds no post in ${UNIT}`, code: 'invalid' }]);
    await swap(u('staff-1'), { toPersonId: u('staff-1'), note: '家中有事' }).expect(422);
    await eventually(async () => (await events(shift.id)).length > 0, 'the shift to be published');
    expect(await events(shift.id)).toEqual(['shift_published']);
    expect((await swap(u('staff-1'), { toPersonId: u('staff-2'), note: '家中有事' }).expect(200)).body.swap).toEqual({ toPersonId: u('staff-2'), status: 'requested' });
    await swap(u('staff-1'), { toPersonId: u('head-security'), note: '再问一位' }).expect(409);

    // Only the person asked answers; only the safety officer decides, and only once it is accepted.
    const answer = (who: string, accept: boolean) => http().post(`/shifts/${shift.id}/swap/answer`).set(as(who)).send({ accept, note: '' });
    const decide = (who: string, approve: boolean) => http().post(`/shifts/${shift.id}/swap/decide`).set(as(who)).send({ approve, note: '同意' });
    await answer(u('head-security'), true).expect(403);
    await decide(u('safety-officer'), true).expect(409);
    await answer(u('staff-2'), true).expect(200);
    await decide(u('principal'), true).expect(403);
    const decided = (await decide(u('safety-officer'), true).expect(200)).body;
    expect(decided).toMatchObject({ personId: u('staff-2'), swap: null });
    await decide(u('safety-officer'), true).expect(409);

    const row = (await http().get(`/units/${UNIT}/shifts?from=${encodeURIComponent(at(2 * 3_600_000))}`).set(as(u('principal'))).expect(200)).body.items.find((s: { id: string }) => s.id === shift.id);
    expect(row).toMatchObject({ personId: u('staff-2'), swapStatus: null });
    expect(await events(shift.id)).toEqual(['shift_published', 'shift_swap_requested', 'shift_swap_answered', 'shift_swap_decided']);
    await keepHistory('duty-shift-swapped-v1', temporal.workflow.getHandle(shiftWorkflowId(shift.id)));
    const told = await ds.query(`SELECT kind, recipient_id FROM notifications WHERE stream = $1 ORDER BY kind, recipient_id`, [`shift:${shift.id}`]);
    expect(told.map((n: { kind: string; recipient_id: string }) => `${n.kind} ${n.recipient_id}`)).toEqual([
      `shift_assigned ${u('staff-1')}`, `shift_swap_accepted ${u('safety-officer')}`, `shift_swap_decided ${u('staff-1')}`, `shift_swap_decided ${u('staff-2')}`, `shift_swap_requested ${u('staff-2')}`,
    ]);
    const notice = (await http().get('/notifications').set(as(u('staff-2'))).expect(200)).body.items.find((n: { kind: string }) => n.kind === 'shift_swap_requested');
    expect(notice.body).toMatch(/请您替其在.*值班/);
    expect(notice.body).not.toContain(u('staff-1'));
    // The one who handed it on may no longer swap it.
    await http().post(`/shifts/${shift.id}/swap`).set(as(u('staff-1'))).send({ toPersonId: u('head-security'), note: 'x' }).expect(403);
  });
});
