import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { createApp, eventually, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** Second-scale policies: slow enough to act within, and fast enough to watch a whole ladder. */
const slow: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [0.5],
  maxVerificationFailures: 1,
  severities: {
    general: { acknowledge: 'PT60S', plan: 'PT60S', rectify: 'PT60S', verify: 'PT60S', decision: 'PT60S', escalationStep: 'PT60S' },
    major: { acknowledge: 'PT60S', plan: 'PT60S', rectify: 'PT120S', verify: 'PT60S', decision: 'PT60S', escalationStep: 'PT60S' },
  },
};
const fast: EscalationPolicy = {
  ...slow,
  severities: {
    general: { acknowledge: 'PT2S', plan: 'PT2S', rectify: 'PT2S', verify: 'PT2S', decision: 'PT2S', escalationStep: 'PT2S' },
    major: slow.severities.major,
  },
};

const UNIT = 'city-b-county-1';
const p = (role: string) => `${UNIT}-${role}`;
const HEAD = p('head-security');
const DEPUTY = p('deputy-1');
const PRINCIPAL = p('principal');
const CITY = 'city-b-principal';
const OFFICER = p('safety-officer');

describe('hazard lifecycle through the API (real PostgreSQL and Temporal)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let temporal: Client;
  let queue: string;
  let as: AuthHeaders;

  const http = () => request(app.getHttpServer());
  const act = (id: string, action: string, actor: string, body: object = {}) => http().post(`/hazards/${id}/${action}`).set(as(actor)).send(body);
  const get = async (id: string) => (await http().get(`/hazards/${id}`).set(as(CITY)).expect(200)).body;
  const types = async (id: string) => (await get(id)).events.map((e: { type: string }) => e.type);

  async function report(policyName: string, overrides: Record<string, unknown> = {}) {
    const res = await http()
      .post('/hazards')
      .set(as(p('staff-1')))
      .send({
        unitId: UNIT,
        category: 'fire',
        severity: 'general',
        title: 'Blocked fire exit',
        description: 'Boxes stacked in front of the east fire exit',
        location: 'Ground floor, east',
        discoveredBy: p('staff-1'),
        discoveredAt: new Date().toISOString(),
        source: 'self_inspection',
        policyName,
        ...overrides,
      })
      .expect(201);
    const id: string = res.body.id;
    await eventually(async () => (await get(id)).status === 'assigned' && true, 'assignment');
    return id;
  }

  beforeAll(async () => {
    queue = useTaskQueue('e2e-lifecycle');
    ds = await openDataSource();
    worker = await startWorker(queue, ds);
    temporal = await temporalClient();
    app = await createApp();
    as = await signInEveryone(app, ds);
    await http().put('/policies/e2e-slow').set(as('prov-principal')).send(slow).expect(200);
    await http().put('/policies/e2e-fast').set(as('prov-principal')).send(fast).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await temporal?.connection.close();
    await ds?.destroy();
  });

  it('carries a major hazard through plan (五落实), rectification and the superior unit’s verification to closure', async () => {
    const id = await report('e2e-slow', { severity: 'major' });
    const superiorNotice = await ds.query(`SELECT recipient_id FROM notifications WHERE hazard_id = $1 AND kind = 'major_hazard_reported'`, [id]);
    expect(superiorNotice).toEqual([{ recipient_id: CITY }]);

    await act(id, 'acknowledge', HEAD, { note: 'on it' }).expect(200);
    const incomplete = await act(id, 'submit-plan', HEAD, { plan: { responsiblePersonId: HEAD, measures: 'clear the exit', funds: '', deadline: new Date(Date.now() + 60_000).toISOString(), contingencyPlan: 'guard posted' } }).expect(422);
    expect(incomplete.body.detail).toMatch(/plan\.funds is required/);
    const planned = await act(id, 'submit-plan', HEAD, {
      plan: { responsiblePersonId: HEAD, measures: 'clear the exit; weekly check', funds: '¥500, office budget', deadline: new Date(Date.now() + 60_000).toISOString(), contingencyPlan: 'guard posted at the exit' },
    }).expect(200);
    expect(planned.body).toMatchObject({ status: 'planned', stage: { action: 'rectify' } });
    await act(id, 'submit-rectification', HEAD, { summary: 'Boxes moved to store room 3', evidence: ['photos/exit-after.jpg'] }).expect(200);
    // Major hazards are verified by the superior unit, never by the unit's own officer or the rectifier.
    const officer = await act(id, 'verify', OFFICER, { passed: true, comment: 'fine' }).expect(403);
    expect(officer.body.detail).toMatch(/designated verifiers/);
    const closed = await act(id, 'verify', CITY, { passed: true, comment: 'checked on site' }).expect(200);
    expect(closed.body.status).toBe('closed');

    const hazard = await get(id);
    expect(hazard.status).toBe('closed');
    expect(hazard.events.map((e: { type: string }) => e.type)).toEqual([
      'reported', 'assigned', 'acknowledged', 'plan_submitted', 'rectification_submitted', 'verification_passed', 'closed',
    ]);
    expect(hazard.events.map((e: { sequence: number }) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    await act(id, 'acknowledge', HEAD).expect(409);
    expect((await temporal.workflow.getHandle(`hazard-${id}`).describe()).status.name).toBe('COMPLETED');
  });

  it('refuses the wrong person (403), the wrong moment (409) and bad input (422), changing nothing', async () => {
    const id = await report('e2e-slow');
    const before = await get(id);
    const wrongPerson = await act(id, 'acknowledge', DEPUTY).expect(403);
    expect(wrongPerson.headers['content-type']).toMatch(/problem\+json/);
    expect(wrongPerson.body.detail).toMatch(new RegExp(`only the person who holds this hazard .*${HEAD}`));
    const wrongState = await act(id, 'verify', OFFICER, { passed: true, comment: '' }).expect(409);
    expect(wrongState.body.detail).toMatch(/no rectification to verify/);
    const bad = await act(id, 'request-escalation', HEAD, { reason: '', needs: ['money'], mode: 'sideways' }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['mode', 'needs', 'reason']);
    const anonymous = await http().post(`/hazards/${id}/acknowledge`).send({}).expect(401);
    expect(anonymous.body.detail).toMatch(/bearer token/);
    const after = await get(id);
    expect(after.events).toEqual(before.events);
    expect(after.live.lastSequence).toBe(before.live.lastSequence);

    // Separation of duties: the rectifier may not verify, even when they hold the verifier's post.
    await act(id, 'submit-rectification', HEAD, { summary: 'cleared on the spot', evidence: ['p.jpg'] }).expect(200);
    const self = await act(id, 'verify', HEAD, { passed: true, comment: '' }).expect(403);
    expect(self.body.detail).toMatch(/separation of duties/);
  });

  it('fails verification back to rework, then passes on the second attempt', async () => {
    const id = await report('e2e-slow');
    await act(id, 'submit-rectification', HEAD, { summary: 'moved boxes', evidence: ['a.jpg'] }).expect(200);
    const failed = await act(id, 'verify', OFFICER, { passed: false, comment: 'exit still narrowed' }).expect(200);
    expect(failed.body).toMatchObject({ status: 'rework', verificationFailures: 1, rectificationAttempts: 1 });
    await act(id, 'submit-rectification', HEAD, { summary: 'removed the shelf too', evidence: ['b.jpg'] }).expect(200);
    await act(id, 'verify', OFFICER, { passed: true, comment: 'clear' }).expect(200);
    const hazard = await get(id);
    expect(hazard).toMatchObject({ status: 'closed', verificationFailures: 1, reviewWorkflowId: null });
    expect(hazard.events.map((e: { type: string }) => e.type).slice(2)).toEqual([
      'acknowledged', 'rectification_submitted', 'verification_failed', 'rectification_submitted', 'verification_passed', 'closed',
    ]);
  });

  it('extends a deadline when the deputy approves and leaves it when they reject; the inbox shows the request', async () => {
    const id = await report('e2e-slow');
    await act(id, 'acknowledge', HEAD).expect(200);
    const original = (await get(id)).stage.deadline;
    const newDeadline = new Date(Date.parse(original) + 3_600_000).toISOString();
    const asked = await act(id, 'request-extension', HEAD, { newDeadline, reason: 'replacement door on order' }).expect(200);
    const requestId = asked.body.pendingRequest.id;
    await act(id, 'request-extension', HEAD, { newDeadline, reason: 'again' }).expect(409);

    const inbox = await http().get('/approvals').query({ mine: true }).set(as(DEPUTY)).expect(200);
    expect(inbox.body.items).toEqual([expect.objectContaining({ id: requestId, hazardId: id, kind: 'extension', status: 'pending', requestedBy: HEAD, overdue: false })]);
    expect((await http().get('/approvals').set(as(PRINCIPAL)).expect(200)).body.items.filter((r: { hazardId: string }) => r.hazardId === id)).toEqual([]);

    await act(id, 'decide', PRINCIPAL, { requestId, approve: true, comment: 'not my rung' }).expect(403);
    await act(id, 'decide', DEPUTY, { requestId, approve: true, comment: 'agreed' }).expect(200);
    const extended = await get(id);
    expect(extended.stage.deadline).toBe(newDeadline);
    expect(extended.events.slice(-2).map((e: { type: string }) => e.type)).toEqual(['request_approved', 'deadline_extended']);
    expect(extended.requests).toEqual([expect.objectContaining({ id: requestId, status: 'approved', decidedBy: DEPUTY, comment: 'agreed' })]);

    const again = await act(id, 'request-extension', HEAD, { newDeadline: new Date(Date.parse(newDeadline) + 60_000).toISOString(), reason: 'more' }).expect(200);
    await act(id, 'decide', DEPUTY, { requestId: again.body.pendingRequest.id, approve: false, comment: 'no more time' }).expect(200);
    const rejected = await get(id);
    expect(rejected.stage.deadline).toBe(newDeadline);
    expect(rejected.events.at(-1).type).toBe('request_rejected');
  });

  it('moves the hazard up when a leader approves an escalation request (主动向主管领导请求解决)', async () => {
    const id = await report('e2e-slow');
    await act(id, 'acknowledge', HEAD).expect(200);
    const asked = await act(id, 'request-escalation', HEAD, { reason: 'needs ¥80,000 for a sprinkler', needs: ['funds'], mode: 'transfer' }).expect(200);
    await act(id, 'decide', DEPUTY, { requestId: asked.body.pendingRequest.id, approve: true, comment: 'I will fund it' }).expect(200);
    const hazard = await get(id);
    expect(hazard).toMatchObject({ currentRung: 1, responsiblePersonId: DEPUTY });
    expect(hazard.events.slice(-2).map((e: { type: string }) => e.type)).toEqual(['request_approved', 'escalated']);
    expect(hazard.events.at(-1).payload).toMatchObject({ reason: 'request_approved', to: { person: { id: DEPUTY } } });
    await act(id, 'submit-rectification', DEPUTY, { summary: 'sprinkler installed', evidence: ['invoice.pdf'] }).expect(200);
  });

  it('escalates a lapsed leader decision to the next rung and records it against the leader', async () => {
    const id = await report('e2e-fast');
    await act(id, 'acknowledge', HEAD).expect(200);
    const asked = await act(id, 'request-escalation', HEAD, { reason: 'authority over the landlord', needs: ['authority'], mode: 'co_own' }).expect(200);
    const requestId = asked.body.pendingRequest.id;
    const lapsed = await eventually(async () => (await get(id)).events.find((e: { type: string }) => e.type === 'decision_lapsed'), 'decision lapse', 15_000);
    expect(lapsed.payload).toMatchObject({ requestId, leader: DEPUTY, escalatedTo: { id: PRINCIPAL } });
    const inbox = await http().get('/approvals').set(as(PRINCIPAL)).expect(200);
    expect(inbox.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: requestId, lapsedBy: [DEPUTY] })]));
  });

  it('climbs every rung on missed deadlines up to the superior unit (挂牌督办) and opens one accountability review', async () => {
    const id = await report('e2e-fast');
    const done = await eventually(async () => {
      const h = await get(id);
      return h.reviewWorkflowId && h.events.some((e: { type: string }) => e.type === 'accountability_review_started') && h;
    }, 'the top rung to lapse', 30_000);
    const t = done.events.map((e: { type: string }) => e.type);
    expect(t.filter((x: string) => x === 'escalated')).toHaveLength(3);
    expect(done.events.filter((e: { type: string }) => e.type === 'escalated').map((e: { payload: { to: { level: string; person: { id: string } } } }) => [e.payload.to.level, e.payload.to.person.id])).toEqual([
      ['deputy', DEPUTY],
      ['principal', PRINCIPAL],
      ['superior_unit', CITY],
    ]);
    expect(t).toContain('supervision_listed');
    expect(t.filter((x: string) => x === 'reminder_sent').length).toBeGreaterThanOrEqual(4);
    expect(done).toMatchObject({ supervised: true, responsiblePersonId: CITY });

    // Nothing more happens by itself, and the review exists exactly once, with the facts.
    await new Promise((r) => setTimeout(r, 3000));
    expect((await types(id)).filter((x: string) => x === 'accountability_review_started')).toHaveLength(1);
    const reviews = await ds.query(`SELECT id, reason, facts FROM accountability_reviews WHERE hazard_id = $1`, [id]);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ id: done.reviewWorkflowId, reason: 'top_rung_deadline_missed' });
    expect(reviews[0].facts.holders.map((h: { personId: string }) => h.personId)).toEqual([HEAD, DEPUTY, PRINCIPAL, CITY]);
    expect(reviews[0].facts.missedDeadlines).toHaveLength(4);
    const child = await temporal.workflow.getHandle(done.reviewWorkflowId).describe();
    expect(child.type).toBe('accountabilityReviewWorkflow');

    const notices = await ds.query(
      `SELECT recipient_id, kind FROM notifications WHERE hazard_id = $1 AND kind IN ('escalated_to_you') ORDER BY sequence`,
      [id],
    );
    expect(notices.map((n: { recipient_id: string }) => n.recipient_id)).toEqual([DEPUTY, PRINCIPAL, CITY]);
  });

  it('opens an accountability review once when verification fails more often than the policy allows', async () => {
    const id = await report('e2e-slow');
    for (let i = 0; i < 3; i++) {
      await act(id, 'submit-rectification', HEAD, { summary: `attempt ${i + 1}`, evidence: [`p${i}.jpg`] }).expect(200);
      await act(id, 'verify', OFFICER, { passed: false, comment: 'not fixed' }).expect(200);
    }
    const hazard = await eventually(async () => {
      const h = await get(id);
      return h.reviewWorkflowId && h;
    }, 'review');
    expect(hazard.events.filter((e: { type: string }) => e.type === 'accountability_review_started')).toHaveLength(1);
    expect(hazard.events.find((e: { type: string }) => e.type === 'accountability_review_requested').payload.reason).toBe('verification_failed_too_often');
  });

  it('lets a supervisor move a hazard to a newer policy version, and nobody else', async () => {
    const id = await report('e2e-slow');
    await http().put('/policies/e2e-slow').set(as(HEAD)).send(slow).expect(403);
    const v = await http().put('/policies/e2e-slow').set(as('prov-principal')).send(slow).expect(200);
    await act(id, 'policy-migration', HEAD, { reason: 'new rules' }).expect(403);
    const moved = await act(id, 'policy-migration', PRINCIPAL, { reason: 'province adopted new deadlines' }).expect(200);
    expect(moved.body.policy).toMatchObject({ name: 'e2e-slow', version: v.body.version });
    await act(id, 'policy-migration', PRINCIPAL, { reason: 'again' }).expect(409);
    expect((await get(id)).policy.version).toBe(v.body.version);
    const badPolicy = await http().put('/policies/e2e-bad').set(as('prov-principal')).send({ ...slow, reminders: [2] }).expect(422);
    expect(badPolicy.body.errors).toEqual([{ field: 'document.reminders', reason: 'must be a list of fractions between 0 and 1', code: 'invalid' }]);
  });

  it('lists overdue hazards, newest first and page by page, while no worker has escalated them yet', async () => {
    const fresh = await report('e2e-slow');
    const late = [await report('e2e-fast'), await report('e2e-fast'), await report('e2e-fast')];
    // With the worker away the deadlines pass unhandled, and the read model shows them overdue.
    await worker.stop();
    try {
      await new Promise((r) => setTimeout(r, 2500));
      const list = (query: Record<string, string>) => http().get('/hazards').query({ unitId: UNIT, overdue: 'true', ...query }).set(as(CITY)).expect(200);
      const first = await list({ limit: '2' });
      const second = await list({ limit: '2', cursor: first.body.nextCursor });
      const ids = [...first.body.items, ...second.body.items].map((h: { id: string }) => h.id);
      expect(ids.filter((id) => late.includes(id))).toEqual([...late].reverse());
      expect(ids).not.toContain(fresh);
      expect([...first.body.items, ...second.body.items].every((h: { overdue: boolean }) => h.overdue)).toBe(true);
      const notOverdue = (await http().get('/hazards').query({ unitId: UNIT, overdue: 'false', limit: '100' }).set(as(CITY)).expect(200)).body.items.map((h: { id: string }) => h.id);
      expect(notOverdue).toContain(fresh);
      expect(notOverdue.filter((id: string) => late.includes(id))).toEqual([]);
    } finally {
      worker = await startWorker(queue, ds);
    }
  });
});
