import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { DeliveryRepository, FeedRepository, OrgRepository, parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { DeliveryDispatcher } from '../../apps/worker/src/notifications/delivery-dispatcher.js';
import { EmailChannel, noticeMessageId } from '../../apps/worker/src/notifications/email-channel.js';
import { DingTalkRobot, WeComRobot } from '../../apps/worker/src/notifications/robot-channels.js';
import { startRobotReceiver } from '../support/robot-receiver.js';
import { createApp, demoUnitClone, eventually, infra, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

const UNIT = 'city-a-county-18';
const DINGTALK_SECRET = 'SEC-e2e-0123456789abcdef';
const beijingMinute = (ms: number) => Math.floor(((ms + 8 * 3600_000) % 86_400_000) / 60_000);
const hhmm = (minute: number) => `${String(Math.floor(((minute + 1440) % 1440) / 60)).padStart(2, '0')}:${String((minute + 1440) % 60).padStart(2, '0')}`;
const QUIET_STARTED = Date.now();
const QUIET_HOURS = `${hhmm(beijingMinute(QUIET_STARTED) - 60)}-${hhmm(beijingMinute(QUIET_STARTED) + 10)}`;
/** Beijing time is UTC+8 exactly, so its minutes start with UTC's: the quiet hours end at this instant. */
const QUIET_ENDS = QUIET_STARTED - (QUIET_STARTED % 60_000) + 10 * 60_000;
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

/** Every rung 4 s: the hazard climbs the whole ladder in about 20 s. */
const ladderFast: EscalationPolicy = {
  ...noticeFast,
  severities: {
    general: { ...noticeFast.severities.general, acknowledge: 'PT4S', escalationStep: 'PT4S' },
    major: { ...noticeFast.severities.major, acknowledge: 'PT4S', escalationStep: 'PT4S' },
  },
};

type Mail = { ID: string; MessageID: string; Subject: string; To: Array<{ Address: string }> };

/** What Mailpit received for an address (its HTTP API). */
async function mailTo(address: string): Promise<Mail[]> {
  const res = await fetch(`${infra.mailpitUrl}/api/v1/search?limit=500&query=${encodeURIComponent(`to:"${address}"`)}`);
  return ((await res.json()) as { messages: Mail[] }).messages;
}

type Notice = { id: string; kind: string; tag: string; subject: string; body: string; about: { type: string; id: string; link: string }; read: boolean };

describe('the in-app notice feed and its live stream', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let base: string;
  let robots: Awaited<ReturnType<typeof startRobotReceiver>>;
  const http = () => request(app.getHttpServer());
  const feed = async (who: string, query: Record<string, string | number> = {}) => (await http().get('/notifications').query(query).set(as(who)).expect(200)).body as { items: Notice[]; unread: number; nextCursor: string | null };

  beforeAll(async () => {
    ds = await openDataSource();
    // The unit's notices also go to its WeCom and DingTalk group robots, which @mention each person.
    const unit = demoUnitClone('city-a-county-1', 'city-a-county-1', UNIT);
    unit.robots = [{ channel: 'wecom', webhookEnv: 'NOTICE_E2E_WECOM' }, { channel: 'dingtalk', webhookEnv: 'NOTICE_E2E_DINGTALK', secretEnv: 'NOTICE_E2E_DINGTALK_SECRET' }];
    for (const p of unit.people) Object.assign(p, { wecomUserId: `wx-${p.id}`, dingtalkUserId: `dt-${p.id}` });
    // The head's quiet hours began an hour ago and end in ten minutes (Beijing time).
    unit.people.find((p) => p.id === HEAD)!.quietHours = QUIET_HOURS;
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units: [unit] }), await storedUnitIds(ds)));
    robots = await startRobotReceiver(DINGTALK_SECRET);
    process.env.NOTICE_E2E_WECOM = `${robots.url}/wecom?key=e2e-key`;
    process.env.NOTICE_E2E_DINGTALK = `${robots.url}/dingtalk?access_token=e2e-token`;
    process.env.NOTICE_E2E_DINGTALK_SECRET = DINGTALK_SECRET;
    worker = await startWorker(useTaskQueue('e2e-notifications'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    await http().put('/policies/notice-fast').set(as('prov-principal')).send(noticeFast).expect(200);
    await http().put('/policies/ladder-fast').set(as('prov-principal')).send(ladderFast).expect(200);
    // A reminder some 6 s in, the deadline 20 minutes in: after the head's quiet hours end.
    const remindFast = { ...noticeFast, reminders: [0.005], severities: { general: { ...noticeFast.severities.general, acknowledge: 'PT20M' }, major: { ...noticeFast.severities.major, acknowledge: 'PT20M' } } };
    await http().put('/policies/remind-fast').set(as('prov-principal')).send(remindFast).expect(200);
    const server = app.getHttpServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await robots?.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  async function report(title: string, policyName = 'notice-fast'): Promise<string> {
    const res = await http().post('/hazards').set(as(`${UNIT}-staff-1`)).send({
      unitId: UNIT, category: 'fire', severity: 'general', title, description: 'Hose reel cracked', location: 'Store 2',
      discoveredBy: `${UNIT}-staff-1`, discoveredAt: new Date().toISOString(), source: 'report', policyName,
    }).expect(201);
    return res.body.id;
  }

  it('puts every notice in its recipient’s feed, in their language, with names and a link, and tells the next rung why it came', async () => {
    const id = await report('二号库房消防水带破损');
    const assigned = await eventually(async () => (await feed(HEAD)).items.find((n) => n.kind === 'assigned' && n.about.id === id), 'the assignment notice');
    expect(assigned).toMatchObject({ tag: '【隐患交办】', read: false, about: { type: 'hazard', id, link: `/console/#/hazards/${id}` } });
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

  it('mails every notice of a hazard climbing the whole ladder once, in each reader’s language, with a stable Message-ID and a link, and posts the unit’s to its WeCom and DingTalk robots', async () => {
    const email = new EmailChannel(infra.smtpUrl, 'Dutychain <noreply@dutychain.test>', 'http://console.test', new FeedRepository(ds), new OrgRepository(ds));
    const repo = new DeliveryRepository(ds);
    const [feedRepo, orgRepo] = [new FeedRepository(ds), new OrgRepository(ds)];
    const dispatchers = [
      new DeliveryDispatcher(repo, 'email', email, 3),
      new DeliveryDispatcher(repo, 'wecom', new WeComRobot(feedRepo, orgRepo, 'http://console.test'), 3),
      new DeliveryDispatcher(repo, 'dingtalk', new DingTalkRobot(feedRepo, orgRepo, 'http://console.test'), 3),
    ];
    let sending = true;
    const loop = (async () => {
      while (sending) {
        for (const d of dispatchers) await d.dispatchOnce();
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    try {
      const id = await report('档案库房漏水', 'ladder-fast');
      await eventually(async () => (await http().get(`/hazards/${id}`).set(as('prov-principal'))).body.events.some((e: { type: string }) => e.type === 'supervision_opened'), 'the top of the ladder', 60_000);
      // Every notice of the hazard to someone with an address: one email each, by its Message-ID.
      const notices: Array<{ id: string; email: string; language: string; kind: string }> = await ds.query(
        `SELECT n.id::text AS id, p.email, p.language, n.kind FROM notifications n JOIN people p ON p.id = n.recipient_id WHERE n.hazard_id = $1 AND p.email IS NOT NULL ORDER BY n.id`, [id]);
      expect(notices.length).toBeGreaterThanOrEqual(6);
      const mails = await eventually(async () => {
        const got = (await Promise.all([...new Set(notices.map((n) => n.email))].map(mailTo))).flat().filter((m) => notices.some((n) => noticeMessageId(n.id) === `<${m.MessageID}>`));
        return got.length >= notices.length ? got : null;
      }, 'every notice mailed', 30_000);
      for (const n of notices) {
        const copies = mails.filter((m) => `<${m.MessageID}>` === noticeMessageId(n.id));
        expect({ notice: n.id, kind: n.kind, copies: copies.length, to: copies[0]?.To[0]?.Address }).toEqual({ notice: n.id, kind: n.kind, copies: 1, to: n.email });
        expect({ notice: n.id, subject: copies[0]!.Subject }).toEqual({ notice: n.id, subject: n.language === 'en' ? expect.stringMatching(/^\[/) : expect.stringMatching(/^【/) });
      }
      // The deputy reads English; the head and the principal Chinese. Each learns why it came.
      const deputyMail = mails.find((m) => m.To[0]!.Address === `${DEPUTY}@dangan.example.cn` && m.Subject.startsWith('[Escalated to you]'))!;
      const full = (await (await fetch(`${infra.mailpitUrl}/api/v1/message/${deputyMail.ID}`)).json()) as { Text: string; HTML: string };
      expect(full.Text).toContain('刘丽华 did not acknowledge in time, so “档案库房漏水” is now yours.');
      expect(full.Text).toContain(`Open: http://console.test/console/#/hazards/${id}`);
      expect(full.HTML).toContain(`href="http://console.test/console/#/hazards/${id}"`);
      expect(mails.some((m) => m.To[0]!.Address === `${UNIT}-principal@dangan.example.cn` && m.Subject.startsWith('【逐级上报】'))).toBe(true);
      // The unit's people's notices also reached both group robots, once each, signed and @mentioning the person.
      const ours: Array<{ id: string; recipient: string }> = await ds.query(`SELECT n.id::text AS id, n.recipient_id AS recipient FROM notifications n JOIN people p ON p.id = n.recipient_id WHERE n.hazard_id = $1 AND p.unit_id = $2`, [id, UNIT]);
      expect(ours.length).toBeGreaterThanOrEqual(3);
      const numbered = (n: { id: string }) => new RegExp(`(通知编号|Notice) ${n.id}(\\D|$)`);
      await eventually(async () => ours.every((n) => robots.posts.filter((p) => numbered(n).test(p.text)).length >= 2), 'every robot post', 20_000);
      for (const n of ours) {
        const posts = robots.posts.filter((p) => numbered(n).test(p.text));
        expect({ notice: n.id, channels: posts.map((p) => p.channel).sort(), problems: posts.map((p) => p.problem) }).toEqual({ notice: n.id, channels: ['dingtalk', 'wecom'], problems: [null, null] });
        expect(posts.find((p) => p.channel === 'wecom')!.text).toContain(`<@wx-${n.recipient}>`);
        expect(posts.find((p) => p.channel === 'dingtalk')!.body.at).toEqual({ atUserIds: [`dt-${n.recipient}`], isAtAll: false });
      }
      expect(robots.posts.filter((p) => p.problem)).toEqual([]);
    } finally {
      sending = false;
      await loop;
      email.close();
    }
  });

  it('sends once more, with the same Message-ID, a notice whose sending was cut off before it was marked sent', async () => {
    const email = new EmailChannel(infra.smtpUrl, 'Dutychain <noreply@dutychain.test>', 'http://console.test', new FeedRepository(ds), new OrgRepository(ds));
    const deliveries = new DeliveryRepository(ds);
    const id = await report('窗户破损');
    const [notice] = await eventually(async () => {
      const rows: Array<{ id: string }> = await ds.query(`SELECT n.id::text AS id FROM notifications n JOIN notice_deliveries d ON d.notification_id = n.id AND d.channel = 'email' WHERE n.hazard_id = $1 AND n.kind = 'assigned' AND d.status = 'pending'`, [id]);
      return rows.length ? rows : null;
    }, 'the assignment’s delivery');
    // The process dies after the mail left and before the commit that marks it sent: the transaction rolls back.
    const crashing = new DeliveryDispatcher(deliveries, 'email', { send: async (batch) => { await email.send(batch.filter((d) => d.notificationId === notice!.id)); throw new Error('killed'); } }, 3, 500);
    await expect(crashing.dispatchOnce()).rejects.toThrow('killed');
    const [pending] = await ds.query(`SELECT status, attempts FROM notice_deliveries WHERE notification_id = $1 AND channel = 'email'`, [notice!.id]);
    expect(pending).toEqual({ status: 'pending', attempts: 0 });
    // The next dispatcher sends it again, once; the two copies carry the same Message-ID.
    const next = new DeliveryDispatcher(deliveries, 'email', email, 3, 500);
    await eventually(async () => (await next.dispatchOnce(), (await ds.query(`SELECT status FROM notice_deliveries WHERE notification_id = $1 AND channel = 'email'`, [notice!.id]))[0].status === 'sent'), 'the resend');
    const copies = (await eventually(async () => {
      const got = (await mailTo(`${HEAD}@dangan.example.cn`)).filter((m) => `<${m.MessageID}>` === noticeMessageId(notice!.id));
      return got.length >= 2 ? got : null;
    }, 'both copies')).length;
    expect(copies).toBe(2);
    await next.dispatchOnce();
    expect((await mailTo(`${HEAD}@dangan.example.cn`)).filter((m) => `<${m.MessageID}>` === noticeMessageId(notice!.id))).toHaveLength(2);
    email.close();
  });

  it('gives a delivery up after the policy’s attempts, keeps it visible, and says so in the feed', async () => {
    const id = await report('灭火器过期');
    const [notice] = await eventually(async () => {
      const rows: Array<{ id: string }> = await ds.query(`SELECT n.id::text AS id FROM notifications n WHERE n.hazard_id = $1 AND n.kind = 'assigned'`, [id]);
      return rows.length ? rows : null;
    }, 'the assignment notice');
    // The mail server refuses this one notice's mail; the rest go out as usual.
    const email = new EmailChannel(infra.smtpUrl, 'Dutychain <noreply@dutychain.test>', 'http://console.test', new FeedRepository(ds), new OrgRepository(ds));
    const refusing = new DeliveryDispatcher(new DeliveryRepository(ds), 'email', {
      send: async (batch) => {
        const others = await email.send(batch.filter((d) => d.notificationId !== notice!.id));
        return batch.map((d) => (d.notificationId === notice!.id ? new Error('550 mailbox unavailable') : others.shift()!));
      },
    }, 2, 500);
    await refusing.dispatchOnce();
    await ds.query(`UPDATE notice_deliveries SET next_attempt_at = now() WHERE notification_id = $1 AND channel = 'email'`, [notice!.id]);
    await refusing.dispatchOnce();
    const [row] = await ds.query(`SELECT status, attempts, last_error FROM notice_deliveries WHERE notification_id = $1 AND channel = 'email'`, [notice!.id]);
    expect(row).toEqual({ status: 'failed', attempts: 2, last_error: '550 mailbox unavailable' });
    const failed = (await http().get('/notifications/deliveries').query({ status: 'failed' }).set(as(`${UNIT}-safety-officer`)).expect(200)).body.items;
    expect(failed).toEqual(expect.arrayContaining([expect.objectContaining({ notificationId: notice!.id, channel: 'email', recipientName: '刘丽华', lastError: '550 mailbox unavailable' })]));
    await http().get('/notifications/deliveries').query({ status: 'failed' }).set(as(`${UNIT}-staff-1`)).expect(403);
    const inFeed = (await feed(HEAD, { limit: 100 })).items.find((n) => n.id === notice!.id) as Notice & { undelivered: string[] };
    expect(inFeed.undelivered).toEqual(['email']);
    email.close();
  });

  it('retries a robot post the robot refused (a DingTalk signature made with the wrong secret), and names the refusal', async () => {
    const id = await report('监控探头离线');
    const [notice] = await eventually(async () => {
      const rows: Array<{ id: string }> = await ds.query(`SELECT n.id::text AS id FROM notifications n JOIN notice_deliveries d ON d.notification_id = n.id AND d.channel = 'dingtalk' WHERE n.hazard_id = $1 AND n.kind = 'assigned'`, [id]);
      return rows.length ? rows : null;
    }, 'the assignment’s DingTalk delivery');
    const refusedBefore = robots.posts.filter((p) => p.problem).length;
    process.env.NOTICE_E2E_DINGTALK_SECRET = 'not-the-robot-secret';
    try {
      const dingtalk = new DeliveryDispatcher(new DeliveryRepository(ds), 'dingtalk', new DingTalkRobot(new FeedRepository(ds), new OrgRepository(ds), 'http://console.test'), 3, 500);
      await dingtalk.dispatchOnce();
    } finally {
      process.env.NOTICE_E2E_DINGTALK_SECRET = DINGTALK_SECRET;
    }
    const [row] = await ds.query(`SELECT status, attempts, last_error FROM notice_deliveries WHERE notification_id = $1 AND channel = 'dingtalk'`, [notice!.id]);
    expect(row).toEqual({ status: 'pending', attempts: 1, last_error: 'DingTalk robot answered 200: sign does not match' });
    expect(robots.posts.filter((p) => p.problem).slice(refusedBefore).map((p) => p.problem)).toContain('sign does not match');
  });

  it('holds a reminder back until the reader’s quiet hours end, while what is not a reminder goes at once', async () => {
    const id = await report('库房温湿度超标', 'remind-fast');
    const deliveries = async (kind: string) =>
      (await ds.query(
        `SELECT d.channel, extract(epoch FROM d.next_attempt_at) * 1000 AS at, extract(epoch FROM n.created_at) * 1000 AS created FROM notice_deliveries d JOIN notifications n ON n.id = d.notification_id
          WHERE n.hazard_id = $1 AND n.kind = $2 AND n.recipient_id = $3 ORDER BY d.channel`, [id, kind, HEAD])) as Array<{ channel: string; at: number; created: number }>;
    const reminder = await eventually(async () => {
      const rows = await deliveries('deadline_approaching');
      return rows.length ? rows : null;
    }, 'the reminder', 30_000);
    // Held to the minute the quiet hours end, on every channel.
    expect(reminder.map((r) => r.channel)).toEqual(['dingtalk', 'email', 'wecom']);
    for (const r of reminder) expect({ channel: r.channel, at: Math.round(Number(r.at)) }).toEqual({ channel: r.channel, at: QUIET_ENDS });
    const assigned = await deliveries('assigned');
    expect(assigned.length).toBe(3);
    for (const a of assigned) expect(Number(a.at) - Number(a.created)).toBeLessThan(5_000);
  });
});
