import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createHazardActivities } from '../../activities/hazards/hazard.activities.js';
import { OutboxDispatcher } from '../../apps/worker/src/notifications/outbox-dispatcher.js';
import { WebhookSender } from '../../apps/worker/src/notifications/notification-sender.js';
import type { HazardEventRecord, HazardIntake } from '#domain';
import { OutboxRepository, repositoriesOver } from '#persistence';
import { openDataSource } from '../support/harness.js';

const UNIT = 'prov';

function intake(): HazardIntake {
  return {
    hazardId: randomUUID(),
    unitId: UNIT,
    category: 'backup',
    severity: 'general',
    title: 'Backups never restored',
    description: 'No restore test in two years',
    location: 'Data centre',
    discoveredBy: 'prov-staff-1',
    discoveredAt: new Date().toISOString(),
    source: 'report',
    evidence: [],
    externalRef: null,
    idempotencyKey: null,
    intakeHash: 'x',
    reportedAt: new Date().toISOString(),
    reportedBy: 'prov-staff-1',
    policyName: 'default',
    policyVersion: 1,
  };
}

describe('notification outbox (real PostgreSQL, real HTTP webhook)', () => {
  let ds: DataSource;
  let server: Server;
  let url: string;
  let status = 200;
  const received: Array<{ key: string; body: { hazardId: string; recipientId: string; kind: string } }> = [];

  beforeAll(async () => {
    ds = await openDataSource();
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (status === 200) received.push({ key: String(req.headers['idempotency-key']), body: JSON.parse(body) });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/dutychain`;
  });

  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await ds?.destroy();
  });

  async function hazardWithNotices(recipients: string[]) {
    const acts = createHazardActivities(repositoriesOver(ds));
    const input = intake();
    await acts.recordIntake(input);
    // A hand-made escalation: what matters here is its notices.
    const rung = (level: 'department_head' | 'deputy', id: string) => ({ level, unitId: input.unitId, person: { id, name: id } });
    const event: HazardEventRecord = {
      hazardId: input.hazardId,
      sequence: 2,
      type: 'escalated',
      actorId: null,
      occurredAt: new Date().toISOString(),
      payload: { reason: 'deadline_missed', from: rung('department_head', 'head'), to: rung('deputy', 'deputy'), action: 'acknowledge', deadline: null },
      patch: {},
      notify: recipients.map((r) => ({ recipientId: r, kind: 'escalated_to_you' })),
    };
    // An activity retried after a timeout writes the same rows again: they must stay single.
    await acts.recordHazardEvents([event]);
    await acts.recordHazardEvents([event]);
    return input.hazardId;
  }

  /** Other test files fill the same outbox, so dispatch until this hazard's rows are handled. */
  async function drain(hazardId: string, round: () => Promise<unknown>, done = `sent_at IS NULL`) {
    for (let i = 0; i < 500; i++) {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM notifications WHERE hazard_id = $1 AND ${done}`, [hazardId]);
      if (n === 0) return;
      await round();
    }
    throw new Error('outbox did not drain');
  }

  it('delivers each notification once, even with two dispatchers racing', async () => {
    const hazardId = await hazardWithNotices(['prov-principal', 'prov-deputy-1', 'prov-deputy-2']);
    const a = new OutboxDispatcher(new OutboxRepository(ds), new WebhookSender(url), 2);
    const b = new OutboxDispatcher(new OutboxRepository(ds), new WebhookSender(url), 2);
    await drain(hazardId, () => Promise.all([a.dispatchOnce(), b.dispatchOnce()]));
    const mine = received.filter((r) => r.body.hazardId === hazardId);
    expect(mine.map((r) => r.body.recipientId).sort()).toEqual(['prov-deputy-1', 'prov-deputy-2', 'prov-principal']);
    expect(new Set(mine.map((r) => r.key)).size).toBe(3);
    const rows = await ds.query(`SELECT sent_at IS NOT NULL AS sent, attempts, sender FROM notifications WHERE hazard_id = $1`, [hazardId]);
    expect(rows).toEqual(Array(3).fill({ sent: true, attempts: 1, sender: 'webhook' }));
  });

  it('keeps a notification the webhook refused and retries it later with backoff', async () => {
    const hazardId = await hazardWithNotices(['prov-principal']);
    status = 503;
    try {
      const dispatcher = new OutboxDispatcher(new OutboxRepository(ds), new WebhookSender(url), 500);
      await drain(hazardId, () => dispatcher.dispatchOnce(), `attempts = 0`);
      const [row] = await ds.query(
        `SELECT sent_at, attempts, last_error, next_attempt_at > now() AS later FROM notifications WHERE hazard_id = $1`,
        [hazardId],
      );
      expect(row).toMatchObject({ sent_at: null, attempts: 1, last_error: 'webhook answered 503', later: true });
    } finally {
      status = 200;
    }
    await ds.query(`UPDATE notifications SET next_attempt_at = now() WHERE hazard_id = $1`, [hazardId]);
    const retry = new OutboxDispatcher(new OutboxRepository(ds), new WebhookSender(url), 500);
    await drain(hazardId, () => retry.dispatchOnce());
    expect(received.filter((r) => r.body.hazardId === hazardId)).toHaveLength(1);
  });
});
