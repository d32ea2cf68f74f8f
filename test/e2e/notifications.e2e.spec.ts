import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

const UNIT = 'city-a-county-18';
const HEAD = `${UNIT}-head-security`;
const DEPUTY = `${UNIT}-deputy-1`;

/** The head has 6 s to acknowledge; the deputy then gets 60 s. */
const noticeFast: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [],
  severities: {
    general: { acknowledge: 'PT6S', plan: 'PT60S', rectify: 'PT60S', verify: 'PT60S', decision: 'PT60S', escalationStep: 'PT60S' },
    major: { acknowledge: 'PT6S', plan: 'PT60S', rectify: 'PT60S', verify: 'PT60S', decision: 'PT60S', escalationStep: 'PT60S' },
  },
};

type Notice = { id: string; kind: string; tag: string; subject: string; body: string; about: { type: string; id: string; link: string }; read: boolean };

describe('the in-app notice feed and its live stream', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let base: string;
  const http = () => request(app.getHttpServer());
  const feed = async (who: string, query: Record<string, string | number> = {}) => (await http().get('/notifications').query(query).set(as(who)).expect(200)).body as { items: Notice[]; unread: number; nextCursor: string | null };

  beforeAll(async () => {
    ds = await openDataSource();
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units: [demoUnitClone('city-a-county-1', 'city-a-county-1', UNIT)] }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-notifications'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    await http().put('/policies/notice-fast').set(as('prov-principal')).send(noticeFast).expect(200);
    const server = app.getHttpServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  async function report(title: string): Promise<string> {
    const res = await http().post('/hazards').set(as(`${UNIT}-staff-1`)).send({
      unitId: UNIT, category: 'fire', severity: 'general', title, description: 'Hose reel cracked', location: 'Store 2',
      discoveredBy: `${UNIT}-staff-1`, discoveredAt: new Date().toISOString(), source: 'report', policyName: 'notice-fast',
    }).expect(201);
    return res.body.id;
  }

  it('puts every notice in its recipient’s feed, in their language, with names and a link, and tells the next rung why it came', async () => {
    const id = await report('二号库房消防水带破损');
    const assigned = await eventually(async () => (await feed(HEAD)).items.find((n) => n.kind === 'assigned' && n.about.id === id), 'the assignment notice');
    expect(assigned).toMatchObject({ tag: '【隐患交办】', read: false, about: { type: 'hazard', id, link: `/console/hazards/${id}` } });
    expect(assigned.subject).toMatch(/^【隐患交办】East County 东县 Archives \(Anping\) 档案馆 · 二号库房消防水带破损 · 签收期限 \d+月\d+日 \d\d:\d\d（\d+ 分钟后）$/);
    const english = (await feed(HEAD, { lang: 'en' })).items.find((n) => n.id === assigned.id)!;
    expect(english.subject).toMatch(/^\[Hazard assigned\] .* · 二号库房消防水带破损 · acknowledge by \d+ \w{3} \d\d:\d\d Beijing time \(in \d+ minutes?\)$/);
    expect((await http().get('/notifications').set(as(HEAD)).set('Accept-Language', 'en-GB,en;q=0.9').expect(200)).body.items[0].tag).toMatch(/^\[/);

    // The head lets the deadline pass: the deputy learns it is theirs and why, the head that it moved up.
    const toDeputy = await eventually(async () => (await feed(DEPUTY)).items.find((n) => n.kind === 'escalated_to_you' && n.about.id === id), 'the escalation notice', 30_000);
    expect(toDeputy.body).toMatch(/^刘丽华未在期限内签收，「二号库房消防水带破损」现上报由您负责。请在 .+前签收。$/);
    const fromHead = await eventually(async () => (await feed(HEAD)).items.find((n) => n.kind === 'escalated_from_you' && n.about.id === id), 'the moved-up notice');
    expect(fromHead.body).toContain('已上报至李晓东');
    // Nobody reads another person's notices: the deputy's feed holds none of the head's.
    expect((await feed(DEPUTY)).items.map((n) => n.id)).not.toContain(assigned.id);
  });

  it('pages unread first, marks read by id or all, and refuses another person’s ids', async () => {
    await report('配电箱老化');
    await eventually(async () => (await feed(HEAD)).unread >= 3 || null, 'three unread notices for the head');
    const first = await feed(HEAD, { limit: 1 });
    const second = await feed(HEAD, { limit: 1, cursor: first.nextCursor! });
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    await http().get('/notifications').query({ cursor: 'bogus' }).set(as(HEAD)).expect(422);

    const one = first.items[0]!;
    const stranger = await http().post('/notifications/read').set(as(DEPUTY)).send({ ids: [one.id] }).expect(403);
    expect(stranger.body.detail).toContain(one.id);
    await http().post('/notifications/read').set(as(HEAD)).send({ ids: [one.id], all: true }).expect(422);
    await http().post('/notifications/read').set(as(HEAD)).send({}).expect(422);
    const before = (await feed(HEAD)).unread;
    expect((await http().post('/notifications/read').set(as(HEAD)).send({ ids: [one.id] }).expect(200)).body).toEqual({ marked: 1, unread: before - 1 });
    // Read once, it stays read: marking again changes nothing.
    expect((await http().post('/notifications/read').set(as(HEAD)).send({ ids: [one.id] }).expect(200)).body.marked).toBe(0);
    // Unread first: every unread notice comes before the one just read.
    const order = (await feed(HEAD, { limit: 100 })).items.map((n) => n.read);
    expect(order).toEqual([...order].sort());
    expect(order).toContain(true);
    expect((await feed(HEAD, { unread: 'true' })).items.every((n) => !n.read)).toBe(true);
    expect((await http().post('/notifications/read').set(as(HEAD)).send({ all: true }).expect(200)).body.unread).toBe(0);
  });

  it('streams the unread count and each new notice as it is written (Server-Sent Events)', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/notifications/stream`, { headers: as(HEAD), signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const events: Array<{ event: string; data: Record<string, unknown> }> = [];
    let buffer = '';
    const next = async (wanted: (e: { event: string; data: Record<string, unknown> }) => boolean) => {
      for (;;) {
        const found = events.find(wanted);
        if (found) return found;
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        buffer += Buffer.from(value).toString('utf8');
        for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) events.push({ event, data: JSON.parse(data) });
        }
      }
    };
    try {
      const initial = await next((e) => e.event === 'unread');
      const id = await report('消防通道堵塞');
      const notice = await next((e) => e.event === 'notice' && (e.data.about as { id: string }).id === id);
      expect(notice.data).toMatchObject({ kind: 'assigned', read: false });
      expect(String(notice.data.subject)).toContain('消防通道堵塞');
      await next((e) => e.event === 'unread' && Number(e.data.unread) === Number(initial.data.unread) + 1);
    } finally {
      controller.abort();
    }
  });
});
