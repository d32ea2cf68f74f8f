import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';
import { keepFinishedHistory, keepHistory } from '../support/histories.js';
import { ensureSanctionExpirySchedule } from '../../apps/worker/src/sanction-expiry.schedule.js';

/** Two county clones under city-a (one per supervision story) and a city clone under the province. */
const MEETS = 'city-a-county-11';
const MISSES = 'city-a-county-12';
const CITY = 'city-z';
const APPEALS = 'city-a-county-14';
const LOSS = 'city-a-county-15';
const CITY_A = 'city-a-principal';
const CITY_A_OFFICER = 'city-a-safety-officer';
const TOP = 'prov-principal';
const CARRIER = 'prov-discipline-officer';

/** Second-scale times: each rung has 2 s, terms are due 4 s after the lapse, statements 4 s. */
const topFast: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [0.5],
  severities: {
    general: { acknowledge: 'PT2S', plan: 'PT60S', rectify: 'PT60S', verify: 'PT60S', decision: 'PT5S', escalationStep: 'PT2S' },
    major: { acknowledge: 'PT2S', plan: 'PT60S', rectify: 'PT60S', verify: 'PT60S', decision: 'PT5S', escalationStep: 'PT2S' },
  },
  discipline: {
    supervision: { termsWithin: 'PT4S', longestDeadline: 'P30D' },
    appeals: { window: 'PT2S', decision: 'PT30S' },
    accountability: { statementWindow: 'PT4S', decision: 'PT60S', rules: [
      { conduct: 'late', sanction: 'warning' },
      { conduct: 'no_action', sanction: 'demerit' },
      { conduct: 'lapsed_decision', sanction: 'warning' },
      { conduct: 'evaded', sanction: 'major_demerit' },
    ] },
  },
};

describe('after the top rung: supervision (挂牌督办) and who reviews the top', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let temporal: Client;
  let taskQueue: string;
  const http = () => request(app.getHttpServer());
  const types = (h: { events: Array<{ type: string }> }) => h.events.map((e) => e.type);

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-a-county-1', 'city-a-county-1', MEETS), demoUnitClone('city-a-county-1', 'city-a-county-1', MISSES), demoUnitClone('city-a', 'city-a', CITY), demoUnitClone('city-a-county-1', 'city-a-county-1', APPEALS), demoUnitClone('city-a-county-1', 'city-a-county-1', LOSS)];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    taskQueue = useTaskQueue('e2e-after-the-top');
    worker = await startWorker(taskQueue, ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    temporal = await temporalClient();
    await http().put('/policies/top-fast').set(as(TOP)).send(topFast).expect(200);
    // The ladder stops at the unit's principal: the city's principal reviews, and the province hears appeals.
    const shortLadder = { ...topFast, ladder: ['department_head', 'deputy', 'principal'], discipline: { ...topFast.discipline, appeals: { window: 'PT20S', decision: 'PT30S' } } };
    await http().put('/policies/short-ladder').set(as(TOP)).send(shortLadder).expect(200);
    // The head is the only rung: the hazard lapses to supervision at once; a loss aggravates no action to demotion.
    const lossRules = [...topFast.discipline!.accountability!.rules, { conduct: 'no_action', aggravating: 'incident_loss', sanction: 'demotion' }];
    await http().put('/policies/loss-fast').set(as(TOP)).send({ ...topFast, ladder: ['department_head'], discipline: { ...topFast.discipline, accountability: { ...topFast.discipline!.accountability, rules: lossRules } } }).expect(200);
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  async function report(unitId: string, title: string, policyName = 'top-fast'): Promise<string> {
    const res = await http().post('/hazards').set(as(`${unitId}-staff-1`)).send({
      unitId, category: 'fire', severity: 'general', title, description: 'Extinguishers expired', location: 'Store 1',
      discoveredBy: `${unitId}-staff-1`, discoveredAt: new Date().toISOString(), source: 'self_inspection', policyName,
    }).expect(201);
    return res.body.id;
  }

  const hazard = async (id: string, who = CITY_A) => (await http().get(`/hazards/${id}`).set(as(who)).expect(200)).body;
  const until = (id: string, type: string, who = CITY_A) =>
    eventually(async () => {
      const h = await hazard(id, who);
      return types(h).includes(type) && h;
    }, `event ${type} of hazard ${id}`, 30_000);

  /** Overdue as every view counts it: the hazard itself, the overdue list, the statistics and the unit's scorecard. */
  async function overdueEverywhere(id: string, unitId: string, who = CITY_A) {
    const view = (await hazard(id, who)).overdue as boolean;
    const listed = (await http().get('/hazards').query({ unitId, overdue: 'true', limit: 100 }).set(as(who)).expect(200)).body.items.some((h: { id: string }) => h.id === id);
    const stats = (await http().get('/hazards/stats').set(as(who)).expect(200)).body.units.filter((u: { unitId: string }) => u.unitId === unitId).reduce((n: number, u: { overdue: number }) => n + u.overdue, 0);
    const card = (await http().get(`/units/${unitId}/scorecard`).set(as(who)).expect(200)).body.hazards.reduce((n: number, s: { overdue: number }) => n + s.overdue, 0);
    return { view, listed, stats, card };
  }
  const OVERDUE = { view: true, listed: true, stats: 1, card: 1 };
  const ON_TIME = { view: false, listed: false, stats: 0, card: 0 };

  it('takes a hazard that lapsed at the top under supervision, overdue until the terms are set, and lifts it on the supervisor’s verification', async () => {
    const id = await report(MEETS, 'Extinguishers expired in store 1');
    const listed = await until(id, 'supervision_opened');
    expect(listed.supervised).toBe(true);
    expect(listed.live.supervision).toMatchObject({ unitId: 'city-a', reason: 'top_rung_deadline_missed', terms: null });
    expect(await overdueEverywhere(id, MEETS)).toEqual(OVERDUE);

    const terms = { deadline: new Date(Date.now() + 60_000).toISOString(), supervisorId: CITY_A_OFFICER, reportEvery: 'PT3S', note: 'Replace all extinguishers' };
    // Only the supervising unit sets the terms; the holder cannot supervise it; the deadline must be within the policy's longest.
    await http().post(`/hazards/${id}/supervision/terms`).set(as(`${MEETS}-principal`)).send(terms).expect(403);
    const self = await http().post(`/hazards/${id}/supervision/terms`).set(as(CITY_A)).send({ ...terms, supervisorId: CITY_A }).expect(422);
    expect(self.body.detail ?? JSON.stringify(self.body)).toMatch(/cannot supervise/);
    await http().post(`/hazards/${id}/supervision/terms`).set(as(CITY_A)).send({ ...terms, deadline: new Date(Date.now() + 40 * 86_400_000).toISOString() }).expect(422);
    const bad = await http().post(`/hazards/${id}/supervision/terms`).set(as(CITY_A)).send({ deadline: 'soon', supervisorId: '' }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['deadline', 'supervisorId']);
    const set = await http().post(`/hazards/${id}/supervision/terms`).set(as(CITY_A_OFFICER)).send(terms).expect(200);
    expect(set.body.supervision.terms).toMatchObject({ supervisorId: CITY_A_OFFICER, setBy: CITY_A_OFFICER });
    expect(await overdueEverywhere(id, MEETS)).toEqual(ON_TIME);

    // The holder (now the city's principal) reports once, then lets the next report pass: it is recorded against them.
    await http().post(`/hazards/${id}/supervision/progress`).set(as(CITY_A_OFFICER)).send({ text: 'ordered' }).expect(403);
    await http().post(`/hazards/${id}/supervision/progress`).set(as(CITY_A)).send({ text: 'New extinguishers ordered' }).expect(200);
    const missed = await until(id, 'supervision_report_missed');
    expect(missed.events.find((e: { type: string }) => e.type === 'supervision_report_missed').payload).toMatchObject({ personIds: [CITY_A], missed: 1 });

    await http().post(`/hazards/${id}/submit-rectification`).set(as(CITY_A)).send({ summary: 'All replaced', evidence: ['delivery-note.pdf'] }).expect(200);
    // 摘牌 needs the supervising person's verification: the county's own safety officer no longer verifies.
    await http().post(`/hazards/${id}/verify`).set(as(`${MEETS}-safety-officer`)).send({ passed: true, comment: 'ok' }).expect(403);
    const closed = await http().post(`/hazards/${id}/verify`).set(as(CITY_A_OFFICER)).send({ passed: true, comment: 'Checked on site' }).expect(200);
    expect(closed.body.status).toBe('closed');
    const after = await hazard(id);
    // A report was missed under supervision: lifting opens the follow-up review of it (supervision-reviews-v8).
    expect(types(after).slice(-5)).toEqual(['verification_passed', 'supervision_lifted', 'closed', 'accountability_review_requested', 'accountability_review_started']);
    expect(after.events.at(-1).payload).toEqual({ reviewWorkflowId: `accountability-review-hazard-${id}-supervision`, reason: 'supervision_lapses' });
    expect(await overdueEverywhere(id, MEETS)).toEqual(ON_TIME);
    await keepFinishedHistory('supervised-then-lifted-supervision-stage-v6', temporal.workflow.getHandle(`hazard-${id}`));
  });

  it('records terms set late and a missed supervision deadline against their holders, and keeps the hazard overdue', async () => {
    const id = await report(MISSES, 'Sprinkler valve closed');
    await until(id, 'supervision_opened');
    // Nobody sets the terms in time: the lapse is recorded against the superior unit's principal.
    const lapsed = await until(id, 'supervision_terms_lapsed');
    expect(lapsed.events.find((e: { type: string }) => e.type === 'supervision_terms_lapsed').payload.personIds).toEqual([CITY_A]);
    expect(await overdueEverywhere(id, MISSES)).toEqual(OVERDUE);

    await http().post(`/hazards/${id}/supervision/terms`).set(as(CITY_A)).send({ deadline: new Date(Date.now() + 3000).toISOString(), supervisorId: CITY_A_OFFICER, reportEvery: null, note: '' }).expect(200);
    const missed = await eventually(async () => {
      const h = await hazard(id);
      const set = types(h).indexOf('supervision_terms_set');
      return set >= 0 && types(h).slice(set).includes('deadline_missed') && h;
    }, 'the supervision deadline to pass', 30_000);
    const lastMissed = missed.events.filter((e: { type: string }) => e.type === 'deadline_missed').at(-1);
    expect(lastMissed.payload.personIds).toEqual([CITY_A]);
    expect(missed.live.supervision.deadlineMissed).toBe(true);
    expect(await overdueEverywhere(id, MISSES)).toEqual(OVERDUE);
    // The hazard's review was asked for when its top rung lapsed; what followed under supervision gets a review of its own.
    const followUp = await eventually(async () => {
      const r = await http().get(`/accountability-reviews/accountability-review-hazard-${id}-supervision`).set(as(CITY_A));
      return r.status === 200 && r.body.status !== 'open' && r.body;
    }, 'the follow-up review', 30_000);
    expect(followUp).toMatchObject({ hazardId: id, reason: 'supervision_lapses' });
    expect(followUp.proposals).toEqual([expect.objectContaining({ personId: CITY_A, conducts: expect.arrayContaining(['no_action']) })]);
    expect(followUp.authorities.map((a: { personId: string }) => a.personId)).toEqual([TOP]);
    // Nothing is weighed twice: the terms set late are in one review or the other (whichever was prepared after them).
    const first = (await http().get(`/accountability-reviews/accountability-review-hazard-${id}`).set(as(CITY_A)).expect(200)).body;
    const conducts = [...first.findings, ...followUp.findings].map((f: { conduct: string }) => f.conduct);
    expect(conducts.filter((c) => c === 'lapsed_decision')).toHaveLength(1);
    expect(followUp.timeline.length).toBeGreaterThan(first.timeline.length);
    await keepHistory('supervision-missed-supervision-reviews-v8', temporal.workflow.getHandle(`hazard-${id}`));
    // The holder may still fix it; the hazard stays overdue until verified.
    await http().post(`/hazards/${id}/submit-rectification`).set(as(CITY_A)).send({ summary: 'Valve opened and sealed', evidence: ['photo.jpg'] }).expect(200);
    expect(await overdueEverywhere(id, MISSES)).toEqual(OVERDUE);
    // A campaign (专项督查) over the unit, compiled now, counts it overdue too: the unit's only hazard.
    const checklist = [{ id: 'fire-1', text: 'Sprinkler valves open', category: 'fire', severity: 'general' }];
    const campaign = (await http().post('/campaigns').set(as(CITY_A)).send({ issuerUnitId: 'city-a', unitIds: [MISSES], title: 'Sprinkler check', checklist, deadline: new Date(Date.now() + 4000).toISOString(), policyName: 'default' }).expect(201)).body;
    const compiled = await eventually(async () => {
      const r = await http().get(`/campaigns/${campaign.id}/report`).set(as(CITY_A));
      return r.status === 200 && r.body;
    }, 'the campaign report', 30_000);
    expect(compiled.units).toEqual([expect.objectContaining({ unitId: MISSES, overdueHazards: 1 })]);
  });

  it('lets a superior principal open the review of a hazard by hand, with a reason, once', async () => {
    const id = await report(MEETS, 'Emergency lights dark');
    await http().post('/accountability-reviews').set(as(`${MEETS}-principal`)).send({ hazardId: id, reason: 'audit' }).expect(403);
    const outside = await http().post('/accountability-reviews').set(as('city-b-principal')).send({ hazardId: id, reason: 'audit' }).expect(404);
    expect(outside.body.detail).toBe(`Hazard ${id} does not exist`);
    const neither = await http().post('/accountability-reviews').set(as(CITY_A)).send({ reason: 'audit' }).expect(422);
    expect(neither.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['hazardId', 'incidentId']);
    await http().post('/accountability-reviews').set(as(CITY_A)).send({ hazardId: id, incidentId: id, reason: 'audit' }).expect(422);
    const opened = await http().post('/accountability-reviews').set(as(CITY_A)).send({ hazardId: id, reason: 'Found dark on a night inspection' }).expect(201);
    expect(opened.body.id).toBe(`accountability-review-hazard-${id}`);
    expect((await http().post('/accountability-reviews').set(as(TOP)).send({ hazardId: id, reason: 'again' }).expect(200)).body.id).toBe(opened.body.id);
    const review = await eventually(async () => {
      const r = (await http().get(`/accountability-reviews/${opened.body.id}`).set(as(CITY_A)).expect(200)).body;
      return r.status !== 'open' && r.timeline.length > 0 && r;
    }, 'the review to be prepared', 30_000);
    expect(review).toMatchObject({ hazardId: id, requestedBy: CITY_A, reason: 'Found dark on a night inspection' });
  });

  it('lets the reviewer add findings with evidence: one aggravates a proposal, one concerns a new person, who gets a window of their own', async () => {
    const id = await report(APPEALS, 'Sprinkler valve closed', 'short-ladder');
    const reviewId = `accountability-review-hazard-${id}`;
    const review = await eventually(async () => {
      const r = await http().get(`/accountability-reviews/${reviewId}`).set(as(CITY_A));
      return r.status === 200 && r.body.status === 'statements' && r.body;
    }, 'the review to open', 30_000);
    const [head, officer] = [`${APPEALS}-head-security`, `${APPEALS}-safety-officer`];
    const before = review.proposals.find((p: { personId: string }) => p.personId === head);
    expect(before).toMatchObject({ proposedSanction: 'demerit' });
    // Findings come once the review's own window has closed: the newly concerned person's window starts then.
    await eventually(async () => (await http().get(`/accountability-reviews/${reviewId}`).set(as(CITY_A)).expect(200)).body.status === 'deciding', 'the review’s statement window to close', 30_000);
    const finding = { personId: officer, conduct: 'evaded', detail: 'Signed the weekly check of the valve without opening the cabinet', evidence: ['inspection-log-2026-11-30.pdf', 'cctv/cabinet-3/2026-11-30T09:00'] };
    await http().post(`/accountability-reviews/${reviewId}/findings`).set(as(head)).send(finding).expect(403);
    await http().post(`/accountability-reviews/${reviewId}/findings`).set(as(CITY_A)).send({ ...finding, evidence: [] }).expect(422);
    await http().post(`/accountability-reviews/${reviewId}/findings`).set(as(CITY_A)).send({ ...finding, personId: 'nobody-here' }).expect(422);
    await http().post(`/accountability-reviews/${reviewId}/findings`).set(as(CITY_A)).send({ ...finding, personId: CITY_A }).expect(422);
    const added = (await http().post(`/accountability-reviews/${reviewId}/findings`).set(as(CITY_A)).send(finding).expect(200)).body;
    const proposal = (who: string) => added.proposals.find((p: { personId: string }) => p.personId === who);
    expect(proposal(officer)).toMatchObject({ conducts: ['evaded'], proposedSanction: 'major_demerit', status: 'proposed' });
    expect(added.lateStatementsUntil[officer]).toBeGreaterThan(Date.parse(review.statementsUntil));
    // The review's window has closed; the newly concerned person still has theirs, and is not decided on before it ends.
    const early = await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(CITY_A)).send({ proposalId: proposal(officer).id, outcome: 'accept', reason: 'x' });
    expect({ status: early.status, detail: early.body.detail }).toEqual({ status: 409, detail: expect.stringMatching(new RegExp(`${officer} may still submit a statement`)) });
    await http().post(`/accountability-reviews/${reviewId}/statements`).set(as(officer)).send({ text: 'The cabinet key was with the contractor' }).expect(200);
    await http().post(`/accountability-reviews/${reviewId}/statements`).set(as(head)).send({ text: 'late' }).expect(409);
    // A finding that makes the head's proposal graver gives the head a window again.
    const graver = (await http().post(`/accountability-reviews/${reviewId}/findings`).set(as(CITY_A)).send({ personId: head, conduct: 'no_action', detail: 'Ignored two written reminders', evidence: ['reminders.eml'], sanction: 'demotion' }).expect(200)).body;
    expect(graver.lateStatementsUntil[head]).toBeGreaterThan(Date.parse(review.statementsUntil));
    await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(CITY_A)).send({ proposalId: proposal(head).id, outcome: 'accept', reason: 'x' }).expect(409);
    await http().post(`/accountability-reviews/${reviewId}/statements`).set(as(head)).send({ text: 'The reminders went to a mailbox nobody read' }).expect(200);
    await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(CITY_A)).send({ proposalId: proposal(officer).id, outcome: 'change', sanction: 'demerit', reason: 'The key was out of reach; a lesser sanction' }).expect(200);
    const after = (await http().get(`/accountability-reviews/${reviewId}`).set(as(CITY_A)).expect(200)).body;
    expect(after.proposals.find((p: { personId: string }) => p.personId === head)).toMatchObject({ proposedSanction: 'demotion', conducts: expect.arrayContaining(['no_action']) });
    const findings = after.findings.filter((f: { basis: string }) => f.basis === 'reviewer');
    expect(findings).toEqual([
      expect.objectContaining({ personId: officer, conduct: 'evaded', evidence: finding.evidence, addedBy: CITY_A }),
      expect.objectContaining({ personId: head, conduct: 'no_action', evidence: ['reminders.eml'], addedBy: CITY_A }),
    ]);
    expect(after.events.filter((e: { type: string }) => e.type === 'finding_added')).toHaveLength(2);
  });

  it('opens a review of an overdue hazard’s holders when an incident names it, the loss aggravating; a hazard not overdue opens none', async () => {
    const overdue = await report(LOSS, 'Wiring in the stacks overheating', 'loss-fast');
    const onTime = await report(LOSS, 'Loose cable tray', 'default');
    const elsewhere = await report(MEETS, 'Cracked window', 'default');
    await until(overdue, 'supervision_opened');
    expect(await overdueEverywhere(overdue, LOSS)).toEqual({ ...OVERDUE, stats: 1, card: 1 });
    const incident = { unitId: LOSS, severity: 'major', title: 'Fire in stack room 3', description: 'Shelves burnt; 40 boxes of files lost', occurredAt: new Date().toISOString(), policyName: 'loss-fast' };
    const wrong = await http().post('/incidents').set(as(`${LOSS}-staff-1`)).send({ ...incident, hazardIds: [overdue, elsewhere] }).expect(422);
    expect(wrong.body.errors).toEqual([{ field: 'hazardIds', reason: `hazard ${elsewhere} does not exist`, code: 'invalid' }]);
    const reported = await http().post('/incidents').set(as(`${LOSS}-staff-1`)).send({ ...incident, hazardIds: [overdue, onTime] }).expect(201);
    const incidentId: string = reported.body.id;
    const opened = await eventually(async () => {
      const i = (await http().get(`/incidents/${incidentId}`).set(as(CITY_A)).expect(200)).body;
      return i.events.find((e: { type: string }) => e.type === 'hazard_review_opened');
    }, 'the incident to open the hazard’s review', 30_000);
    expect(opened.payload).toEqual({ hazardId: overdue, reviewId: `accountability-review-hazard-${overdue}-loss-${incidentId}`, alreadyOpen: false });

    const loss = await eventually(async () => {
      const r = await http().get(`/accountability-reviews/${opened.payload.reviewId}`).set(as(CITY_A));
      return r.status === 200 && r.body.status === 'statements' && r.body;
    }, 'the loss review to open', 30_000);
    expect(loss).toMatchObject({ hazardId: overdue, lossIncidentId: incidentId, reason: 'incident_loss' });
    const head = `${LOSS}-head-security`;
    expect(loss.proposals.find((p: { personId: string }) => p.personId === head)).toMatchObject({ conducts: ['no_action'], proposedSanction: 'demotion' });
    // The hazard's own review (its top rung lapsed) weighs the same conduct without the loss.
    const own = await eventually(async () => {
      const r = await http().get(`/accountability-reviews/accountability-review-hazard-${overdue}`).set(as(CITY_A));
      return r.status === 200 && r.body.status !== 'open' && r.body;
    }, 'the hazard’s own review', 30_000);
    expect(own.proposals.find((p: { personId: string }) => p.personId === head)).toMatchObject({ proposedSanction: 'demerit' });
    const reviewed = (await http().get('/accountability-reviews').set(as(CITY_A)).expect(200)).body.items.filter((r: { hazardId: string }) => r.hazardId === onTime);
    expect(reviewed).toEqual([]);
    expect(await overdueEverywhere(onTime, LOSS)).toEqual({ ...ON_TIME, stats: 1, card: 1 });
    await keepHistory('incident-linked-hazards-incident-hazard-reviews-v3', temporal.workflow.getHandle(`incident-${incidentId}`));
  });

  it('lets the person named to act for the reviewing authority (职务代理) decide while the authority is away', async () => {
    const id = await report(APPEALS, 'Sprinkler heads painted over', 'short-ladder');
    const reviewId = `accountability-review-hazard-${id}`;
    await eventually(async () => (await http().get(`/accountability-reviews/${reviewId}`).set(as(CITY_A))).body.status === 'deciding', 'the statement window to close', 30_000);
    const review = (await http().get(`/accountability-reviews/${reviewId}`).set(as(CITY_A)).expect(200)).body;
    const [standIn, other] = ['city-a-deputy-1', 'city-a-deputy-2'];
    // The head's proposal: the appeals test below counts the head among the sanctioned of this unit anyway.
    const first = review.proposals.find((p: { personId: string }) => p.personId === `${APPEALS}-head-security`) as { id: string; personId: string };
    await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(standIn)).send({ proposalId: first.id, outcome: 'accept', reason: 'x' }).expect(403);
    const appointment = (await http().post(`/people/${CITY_A}/acting`).set(as(CITY_A)).send({ actingPersonId: standIn, from: new Date(Date.now() - 60_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString(), reason: 'Away at the provincial assessment' }).expect(201)).body;
    try {
      await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(other)).send({ proposalId: first.id, outcome: 'accept', reason: 'x' }).expect(403);
      await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(standIn)).send({ proposalId: first.id, outcome: 'accept', reason: 'Decided while the principal is away' }).expect(200);
      const after = (await http().get(`/accountability-reviews/${reviewId}`).set(as(CITY_A)).expect(200)).body;
      expect(after.events.find((e: { type: string }) => e.type === 'proposal_decided')).toMatchObject({ actorId: standIn, payload: { proposalId: first.id, actsFor: CITY_A } });
    } finally {
      await http().post(`/people/${CITY_A}/acting/${appointment.id}/end`).set(as(CITY_A)).expect(200);
    }
    // Once it has ended the stand-in is nobody to this review again: refused as not the authority.
    const late = (await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(standIn)).send({ proposalId: first.id, outcome: 'accept', reason: 'x' }).expect(403)).body;
    expect(late.detail).toMatch(/only the reviewing authority \(city-a-principal/);
  });

  it('hears appeals (申诉) once, within the window, at the authority above the decider: one upheld (revoked), one rejected', async () => {
    const id = await report(APPEALS, 'Smoke detectors unplugged', 'short-ladder');
    const reviewId = `accountability-review-hazard-${id}`;
    const review = await eventually(async () => {
      const r = await http().get(`/accountability-reviews/${reviewId}`).set(as(CITY_A));
      return r.status === 200 && r.body.status === 'statements' && r.body;
    }, 'the review to open', 30_000);
    expect(review.authorities.map((a: { personId: string }) => a.personId)).toEqual([CITY_A, TOP]);
    const of = (who: string) => review.proposals.find((p: { personId: string }) => p.personId === who) as { id: string };
    const [head, deputy] = [`${APPEALS}-head-security`, `${APPEALS}-deputy-1`];
    await eventually(async () => (await http().get(`/accountability-reviews/${reviewId}`).set(as(CITY_A))).body.status === 'deciding', 'the statement window to close', 30_000);
    // Not yet: appeals open once every proposal is decided.
    await http().post(`/accountability-reviews/${reviewId}/appeals`).set(as(deputy)).send({ proposalId: of(deputy).id, grounds: 'early' }).expect(409);
    for (const p of review.proposals) await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(CITY_A)).send({ proposalId: p.id, outcome: 'accept', reason: 'Let the hazard lapse' }).expect(200);
    await eventually(async () => (await http().get(`/accountability-reviews/${reviewId}`).set(as(CITY_A))).body.status === 'appeals', 'the appeal window to open', 30_000);

    await http().post(`/accountability-reviews/${reviewId}/appeals`).set(as(head)).send({ proposalId: of(deputy).id, grounds: 'not mine' }).expect(403);
    await http().post(`/accountability-reviews/${reviewId}/appeals`).set(as(deputy)).send({ proposalId: of(deputy).id, grounds: '' }).expect(422);
    await http().post(`/accountability-reviews/${reviewId}/appeals`).set(as(deputy)).send({ proposalId: of(deputy).id, grounds: 'I was on approved leave; the acting deputy was named' }).expect(200);
    await http().post(`/accountability-reviews/${reviewId}/appeals`).set(as(deputy)).send({ proposalId: of(deputy).id, grounds: 'again' }).expect(409);
    await http().post(`/accountability-reviews/${reviewId}/appeals`).set(as(head)).send({ proposalId: of(head).id, grounds: 'The order came late' }).expect(200);
    // Only the authority above the decider hears it, and its decision is final.
    await http().post(`/accountability-reviews/${reviewId}/appeals/decisions`).set(as(CITY_A)).send({ proposalId: of(deputy).id, outcome: 'upheld', reason: 'x' }).expect(403);
    await http().post(`/accountability-reviews/${reviewId}/appeals/decisions`).set(as(TOP)).send({ proposalId: of(deputy).id, outcome: 'changed', reason: 'x' }).expect(422);
    await http().post(`/accountability-reviews/${reviewId}/appeals/decisions`).set(as(TOP)).send({ proposalId: of(deputy).id, outcome: 'upheld', reason: 'Leave was approved in writing' }).expect(200);
    await http().post(`/accountability-reviews/${reviewId}/appeals/decisions`).set(as(TOP)).send({ proposalId: of(deputy).id, outcome: 'rejected', reason: 'second thoughts' }).expect(409);
    await http().post(`/accountability-reviews/${reviewId}/appeals/decisions`).set(as(TOP)).send({ proposalId: of(head).id, outcome: 'rejected', reason: 'The order was in time' }).expect(200);

    const closed = await eventually(async () => {
      const r = (await http().get(`/accountability-reviews/${reviewId}`).set(as(CITY_A)).expect(200)).body;
      return r.status === 'decided' && r;
    }, 'the window for appeals to close', 40_000);
    const sanction = (who: string) => closed.sanctions.find((s: { personId: string }) => s.personId === who);
    expect(sanction(deputy)).toMatchObject({ appealStatus: 'upheld', revokedAt: expect.any(String) });
    expect(sanction(head)).toMatchObject({ appealStatus: 'rejected', revokedAt: null });
    expect(closed.events.map((e: { type: string }) => e.type).filter((t: string) => t.startsWith('appeal') || t === 'sanction_appealed')).toEqual(['appeals_open', 'sanction_appealed', 'sanction_appealed', 'appeal_decided', 'appeal_decided']);
    const inForce = (await http().get(`/units/${APPEALS}/scorecard`).set(as(CITY_A)).expect(200)).body.sanctionsInForce.map((s: { personId: string }) => s.personId);
    expect(inForce).toContain(head);
    expect(inForce).not.toContain(deputy);
    expect((await http().get(`/people/${deputy}/sanctions`).set(as(deputy)).expect(200)).body).toMatchObject({ inForce: [], past: [expect.objectContaining({ appealStatus: 'upheld' })] });
    await keepFinishedHistory('accountability-review-appealed-review-appeals-v1', temporal.workflow.getHandle(reviewId));
  });

  it('refers the review of a city hazard out of the hierarchy when every principal up the tree is concerned, and the carrier enters its outcome', async () => {
    const id = await report(CITY, 'Fire doors wedged open');
    const reviewId = `accountability-review-hazard-${id}`;
    const review = await eventually(async () => {
      const r = await http().get(`/accountability-reviews/${reviewId}`).set(as(CARRIER));
      return r.status === 200 && r.body.status === 'statements' && r.body;
    }, 'the referred review', 30_000);
    const concerned = review.proposals.map((p: { personId: string }) => p.personId);
    expect(concerned).toEqual(expect.arrayContaining([`${CITY}-principal`, TOP]));
    expect(review.authorities).toEqual([{ unitId: 'prov', personId: CARRIER, referral: { body: 'discipline_inspection' } }]);
    expect(review.authorityId).toBe(CARRIER);

    // Nobody reviews their own conduct: the top principal may not decide it.
    await eventually(async () => (await http().get(`/accountability-reviews/${reviewId}`).set(as(CARRIER))).body.status === 'deciding', 'the statement window to close', 30_000);
    const first = review.proposals[0];
    const refused = await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(TOP)).send({ proposalId: first.id, outcome: 'accept', reason: 'x' }).expect(403);
    expect(refused.body.detail).toMatch(/carries its referral/);
    for (const p of review.proposals) {
      await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(CARRIER)).send({ proposalId: p.id, outcome: 'accept', reason: 'Referred: the discipline inspection body upheld the proposal' }).expect(200);
    }
    const decided = await eventually(async () => {
      const r = (await http().get(`/accountability-reviews/${reviewId}`).set(as(CARRIER))).body;
      return r.status === 'decided' && r;
    }, 'the review to close', 30_000);
    expect(decided.sanctions.map((s: { personId: string }) => s.personId).sort()).toEqual([...concerned].sort());

    // A sanction's end is recorded once, with an event and notices, by the sanction-expiry schedule's workflow.
    const head = `${CITY}-head-security`;
    const sanction = decided.sanctions.find((s: { personId: string }) => s.personId === head);
    const page = async (who: string) => (await http().get(`/people/${head}/sanctions`).set(as(who)).expect(200)).body;
    expect((await page(head)).inForce.map((s: { id: string }) => s.id)).toEqual([sanction.id]);
    await http().get(`/people/${head}/sanctions`).set(as('city-b-principal')).expect(404);
    await ds.query(`UPDATE sanctions SET ends_at = now() - interval '1 second' WHERE id = $1`, [sanction.id]);
    const run = await temporal.workflow.execute('sanctionExpiryWorkflow', { taskQueue, workflowId: `sanction-expiry-test-${id}`, args: [] });
    expect(run.recorded).toBeGreaterThanOrEqual(1);
    const again = await temporal.workflow.execute('sanctionExpiryWorkflow', { taskQueue, workflowId: `sanction-expiry-test-again-${id}`, args: [] });
    expect(again.recorded).toBe(0);
    const ended = await ds.query(`SELECT payload FROM case_events WHERE stream = $1 AND type = 'sanction_ended' AND payload->>'sanctionId' = $2`, [`unit:${CITY}`, sanction.id]);
    expect(ended).toHaveLength(1);
    const notices = await ds.query(`SELECT recipient_id FROM notifications WHERE kind = 'sanction_ended' AND payload->>'sanctionId' = $1 ORDER BY recipient_id`, [sanction.id]);
    expect(notices.map((n: { recipient_id: string }) => n.recipient_id)).toEqual([CARRIER, head].sort());
    const after = await page(CARRIER);
    expect(after.inForce).toEqual([]);
    expect(after.past).toEqual([expect.objectContaining({ id: sanction.id, endRecordedAt: expect.any(String) })]);

    // The schedule that runs it is created once per task queue, however many workers start.
    const scheduleId = await ensureSanctionExpirySchedule(temporal.connection, 'default', taskQueue);
    expect(await ensureSanctionExpirySchedule(temporal.connection, 'default', taskQueue)).toBe(scheduleId);
    const described = await temporal.schedule.getHandle(scheduleId).describe();
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'sanctionExpiryWorkflow', taskQueue });
    await temporal.schedule.getHandle(scheduleId).delete();
  });
});
