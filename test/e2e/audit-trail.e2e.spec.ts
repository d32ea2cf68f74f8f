import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { eventHash, verifyChain } from '#persistence';
import { createApp, eventually, openDataSource, openOwnerDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';
import { ensureAuditCheckpointSchedule } from '../../apps/worker/src/audit-checkpoint.schedule.js';

const UNIT = 'city-a';
const HEAD = 'city-a-head-it';
const REQUEST_ID = 'audit-test-request-0001';

describe('audit trail: append-only, hash-chained, correlated', () => {
  let app: INestApplication;
  let ds: DataSource;
  let owner: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const http = () => request(app.getHttpServer());

  let taskQueue: string;

  beforeAll(async () => {
    ds = await openDataSource();
    owner = await openOwnerDataSource();
    taskQueue = useTaskQueue('e2e-audit');
    worker = await startWorker(taskQueue, ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await owner?.destroy();
    await ds?.destroy();
  });

  async function hazardWithHistory(): Promise<string> {
    const res = await http()
      .post('/hazards')
      .set(as('city-a-staff-1'))
      .set('X-Request-Id', REQUEST_ID)
      .send({
        unitId: UNIT, category: 'network', severity: 'general', title: 'Firewall rules open', description: 'Any-any rule found',
        location: 'Server room', discoveredBy: 'city-a-staff-1', discoveredAt: new Date().toISOString(), source: 'report',
      })
      .expect(201);
    expect(res.headers['x-request-id']).toBe(REQUEST_ID);
    const id: string = res.body.id;
    await eventually(async () => (await http().get(`/hazards/${id}`).set(as(HEAD))).body.status === 'assigned', 'assignment');
    await http().post(`/hazards/${id}/acknowledge`).set(as(HEAD)).set('X-Request-Id', 'audit-ack-1').send({ note: 'seen' }).expect(200);
    return id;
  }

  it('chains every event to the one before and verifies the chain', async () => {
    const id = await hazardWithHistory();
    const timeline = await http().get(`/hazards/${id}/timeline`).set(as(HEAD)).expect(200);
    const events = timeline.body.events;
    expect(events.map((e: { type: string }) => e.type)).toEqual(['reported', 'assigned', 'acknowledged']);
    expect(events[0]).toMatchObject({ prevHash: null, correlationId: REQUEST_ID });
    expect(events[1].prevHash).toBe(events[0].hash);
    expect(events[2]).toMatchObject({ prevHash: events[1].hash, correlationId: 'audit-ack-1', actorId: HEAD });
    // The workflow recorded the head when it wrote the acknowledgement: the witness outside the database.
    expect((await http().get(`/hazards/${id}/timeline/verify`).set(as(HEAD)).expect(200)).body).toEqual({
      hazardId: id, valid: true, events: 3, firstBrokenLink: null, witness: { sequence: 3, hash: events[2].hash, matches: true },
    });
    const memo = await (await import('../support/harness.js')).temporalClient().then(async (c) => {
      const d = await c.workflow.getHandle(`hazard-${id}`).describe();
      await c.connection.close();
      return d.memo;
    });
    expect(memo).toMatchObject({ correlationId: REQUEST_ID, reportedBy: 'city-a-staff-1' });
  });

  it("refuses UPDATE, DELETE and TRUNCATE from the application's database role", async () => {
    const id = await hazardWithHistory();
    await expect(ds.query(`UPDATE hazard_events SET type = 'closed' WHERE hazard_id = $1`, [id])).rejects.toThrow(/permission denied/);
    await expect(ds.query(`DELETE FROM hazard_events WHERE hazard_id = $1`, [id])).rejects.toThrow(/permission denied/);
    await expect(ds.query(`TRUNCATE hazard_events`)).rejects.toThrow(/permission denied/);
    // Even the owner is stopped by the trigger unless it is switched off deliberately.
    await expect(owner.query(`UPDATE hazard_events SET type = 'closed' WHERE hazard_id = $1`, [id])).rejects.toThrow(/append-only/);
  });

  it('detects a row changed directly in PostgreSQL and names the first broken link', async () => {
    const id = await hazardWithHistory();
    await owner.transaction(async (m) => {
      // A privileged intruder: triggers off for this transaction only.
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`UPDATE hazard_events SET payload = jsonb_set(payload, '{note}', '"never seen"') WHERE hazard_id = $1 AND sequence = 3`, [id]);
    });
    const verdict = await http().get(`/hazards/${id}/timeline/verify`).set(as(HEAD)).expect(200);
    expect(verdict.body).toMatchObject({ hazardId: id, valid: false, events: 3, firstBrokenLink: { sequence: 3, reason: 'the content does not match its hash: the row was changed' } });
    // The stored hash itself was left alone: it still matches the workflow's head; the content does not match it.
    expect(verdict.body.witness).toMatchObject({ sequence: 3, matches: true });

    const other = await hazardWithHistory();
    await owner.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`DELETE FROM hazard_events WHERE hazard_id = $1 AND sequence = 2`, [other]);
    });
    const gap = await http().get(`/hazards/${other}/timeline/verify`).set(as(HEAD)).expect(200);
    expect(gap.body.firstBrokenLink).toEqual({ sequence: 3, reason: 'expected sequence 2: a row is missing' });
  });

  it('detects a superuser who rewrites an event and recomputes the chain with the published formula: the workflow’s head no longer matches', async () => {
    const id = await hazardWithHistory();
    await owner.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      const [row] = await m.query(`SELECT sequence, type, actor_id, occurred_at, payload, correlation_id, prev_hash FROM hazard_events WHERE hazard_id = $1 AND sequence = 3`, [id]);
      const payload = { ...row.payload, note: 'acknowledged on the day it was reported' };
      const hash = eventHash(row.prev_hash, { hazardId: id, sequence: 3, type: row.type, actorId: row.actor_id, occurredAt: row.occurred_at.toISOString(), payload, correlationId: row.correlation_id });
      await m.query(`UPDATE hazard_events SET payload = $2, hash = $3 WHERE hazard_id = $1 AND sequence = 3`, [id, payload, hash]);
    });
    // The rewritten chain holds together on its own…
    expect(verifyChain(await owner.query(`SELECT hazard_id AS "hazardId", sequence, type, actor_id AS "actorId", occurred_at AS "occurredAt", payload, correlation_id AS "correlationId", prev_hash AS "prevHash", hash FROM hazard_events WHERE hazard_id = $1 ORDER BY sequence`, [id])).valid).toBe(true);
    // …but not against the head the workflow recorded, which the database superuser cannot reach.
    const verdict = (await http().get(`/hazards/${id}/timeline/verify`).set(as(HEAD)).expect(200)).body;
    expect(verdict).toMatchObject({ valid: false, events: 3, firstBrokenLink: { sequence: 3, reason: expect.stringMatching(/the chain was rewritten/) }, witness: { sequence: 3, matches: false } });
  });

  it('exports a signed checkpoint of every chain head of the reader’s units, and names a hazard rewritten after it was signed', async () => {
    const id = await hazardWithHistory();
    const res = await http().get('/audit/checkpoint').set(as('city-a-principal')).expect(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="dutychain-checkpoint-\d{4}-\d{2}-\d{2}\.json"$/);
    const file = res.body;
    const head = file.heads.find((h: { hazardId: string }) => h.hazardId === id);
    const timeline = (await http().get(`/hazards/${id}/timeline`).set(as(HEAD)).expect(200)).body.events;
    expect(head).toEqual({ hazardId: id, sequence: 3, hash: timeline[2].hash });
    const verify = (body: object, who = 'city-a-principal') => http().post('/audit/checkpoint/verify').set(as(who)).send(body).expect(200).then((r) => r.body);

    const untouched = await verify(file);
    expect(untouched).toMatchObject({ signature: 'valid', heads: file.heads.length, outside: 0, checked: file.heads.length });
    expect(untouched.rewritten.map((r: { hazardId: string }) => r.hazardId)).not.toContain(id);
    // A file changed after signing is not trusted at all.
    const forged = { ...file, heads: file.heads.map((h: { hazardId: string; hash: string }) => (h.hazardId === id ? { ...h, hash: 'f'.repeat(64) } : h)) };
    expect(await verify(forged)).toMatchObject({ signature: 'invalid', checked: 0, rewritten: [] });
    // Someone of another city learns nothing of these hazards from the file.
    expect(await verify(file, 'city-b-principal')).toMatchObject({ signature: 'valid', checked: 0, outside: file.heads.length, rewritten: [] });
    const bad = await http().post('/audit/checkpoint/verify').set(as('city-a-principal')).send({ ...file, heads: [{ hazardId: 'x', sequence: 0, hash: 'y' }] }).expect(422);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['heads.0.hash', 'heads.0.hazardId', 'heads.0.sequence']);

    // The superuser rewrites the acknowledgement and rehashes the chain: the checkpoint names it.
    await owner.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      const [row] = await m.query(`SELECT type, actor_id, occurred_at, payload, correlation_id, prev_hash FROM hazard_events WHERE hazard_id = $1 AND sequence = 3`, [id]);
      const payload = { ...row.payload, note: 'rewritten later' };
      const hash = eventHash(row.prev_hash, { hazardId: id, sequence: 3, type: row.type, actorId: row.actor_id, occurredAt: row.occurred_at.toISOString(), payload, correlationId: row.correlation_id });
      await m.query(`UPDATE hazard_events SET payload = $2, hash = $3 WHERE hazard_id = $1 AND sequence = 3`, [id, payload, hash]);
    });
    const after = await verify(file);
    expect(after.rewritten).toContainEqual({ hazardId: id, sequence: 3, reason: expect.stringMatching(/rewritten after the checkpoint was signed/) });
    expect(after.intact + after.rewritten.length).toBe(after.checked);
  });

  it('signs a daily checkpoint of every hazard’s head (the worker, on a schedule), readable by a top-level principal only', async () => {
    const id = await hazardWithHistory();
    const temporal = await temporalClient();
    try {
      const signed = await temporal.workflow.execute('auditCheckpointWorkflow', { taskQueue, workflowId: `audit-checkpoint-test-${id}`, args: [] });
      expect(signed).toEqual({ id: expect.any(String), heads: expect.any(Number) });
      const listed = (await http().get('/audit/checkpoints').set(as('prov-principal')).expect(200)).body;
      expect(listed[0]).toMatchObject({ id: signed.id, heads: signed.heads });
      await http().get('/audit/checkpoints').set(as('city-a-principal')).expect(403);
      await http().get(`/audit/checkpoints/${signed.id}`).set(as('city-a-principal')).expect(403);
      await http().get('/audit/checkpoints/00000000-0000-4000-8000-000000000000').set(as('prov-principal')).expect(404);
      const file = (await http().get(`/audit/checkpoints/${signed.id}`).set(as('prov-principal')).expect(200)).body;
      expect(file).toMatchObject({ issuedTo: 'daily', heads: expect.arrayContaining([expect.objectContaining({ hazardId: id, sequence: 3 })]) });
      const verdict = (await http().post('/audit/checkpoint/verify').set(as('prov-principal')).send(file).expect(200)).body;
      expect(verdict).toMatchObject({ signature: 'valid', heads: signed.heads });
      expect(verdict.checked + verdict.outside).toBe(signed.heads);
      expect(verdict.rewritten.map((r: { hazardId: string }) => r.hazardId)).not.toContain(id);

      // The worker creates the schedule once per task queue: daily at midnight, China time.
      const scheduleId = await ensureAuditCheckpointSchedule(temporal.connection, 'default', taskQueue);
      expect(await ensureAuditCheckpointSchedule(temporal.connection, 'default', taskQueue)).toBe(scheduleId);
      const described = await temporal.schedule.getHandle(scheduleId).describe();
      expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'auditCheckpointWorkflow', taskQueue });
      expect(described.spec).toMatchObject({ timezone: 'Asia/Shanghai', calendars: [expect.objectContaining({ hour: [expect.objectContaining({ start: 0 })] })] });
      await temporal.schedule.getHandle(scheduleId).delete();
    } finally {
      await temporal.connection.close();
    }
  });

  it('exports no checkpoint where no signing key is configured', async () => {
    const keyless = await createApp({ AUDIT_SIGNING_KEY: '' });
    try {
      const res = await request(keyless.getHttpServer()).get('/audit/checkpoint').set(as('city-a-principal')).expect(503);
      expect(res.body).toMatchObject({ title: 'Checkpoints are not configured', detail: expect.stringMatching(/AUDIT_SIGNING_KEY/) });
    } finally {
      await keyless.close();
    }
  });

  it('keeps the timeline from people outside the unit, answering as for a hazard that does not exist', async () => {
    const id = await hazardWithHistory();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const path of ['', '/timeline', '/timeline/verify']) {
      const hidden = await http().get(`/hazards/${id}${path}`).set(as('city-b-principal')).expect(404);
      const absent = await http().get(`/hazards/${missing}${path}`).set(as('city-b-principal')).expect(404);
      // Nothing tells an existing hazard of another unit from one that never existed but its id.
      expect({ ...hidden.body, detail: hidden.body.detail.replace(id, '<id>'), instance: null }).toEqual({ ...absent.body, detail: absent.body.detail.replace(missing, '<id>'), instance: null });
    }
  });
});
