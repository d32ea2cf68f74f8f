import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import type { Client } from '@temporalio/client';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';
import { keepFinishedHistory } from '../support/histories.js';

const UNIT = 'city-a-county-6';
const CARD_UNIT = 'city-a-county-8';
const p = (role: string) => `${UNIT}-${role}`;
const HEAD = p('head-security');
const DEPUTY = p('deputy-1');
const PRINCIPAL = p('principal');
const CITY = 'city-a-principal';
const TOP = 'prov-principal';
const YEAR = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

/** Second-scale times: a request lapses in 1 s, each rung has 3 s, statements 6 s, decisions 4 s, forwarding 5 s. */
const fast: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [0.5],
  severities: {
    general: { acknowledge: 'PT60S', plan: 'PT60S', rectify: 'PT5S', verify: 'PT60S', decision: 'PT1S', escalationStep: 'PT3S' },
    major: { acknowledge: 'PT60S', plan: 'PT60S', rectify: 'PT60S', verify: 'PT60S', decision: 'PT1S', escalationStep: 'PT3S' },
  },
  discipline: {
    accountability: { statementWindow: 'PT6S', decision: 'PT4S', rules: [
      { conduct: 'late', severity: 'general', sanction: 'warning' },
      { conduct: 'late', severity: 'major', sanction: 'demerit' },
      { conduct: 'no_action', sanction: 'demerit' },
      { conduct: 'lapsed_decision', sanction: 'warning' },
      { conduct: 'evaded', sanction: 'major_demerit' },
    ] },
    incidents: { unitReport: 'PT1H', forwardPerLevel: 'PT5S', reviewWhenLate: true },
    appeals: { window: 'PT2S', decision: 'PT4S' },
    letters: { reminders: [0.5], escalationStep: 'PT3S' },
    yellowCard: { window: 'P365D', overdueMajorHazards: 100, lapsedEscalations: 100, validity: 'P365D' },
  },
};
/** One overdue major hazard is enough for a yellow card. */
const strict: EscalationPolicy = {
  ...fast,
  severities: { ...fast.severities, major: { ...fast.severities.major, acknowledge: 'PT2S' } },
  discipline: { ...fast.discipline, yellowCard: { window: 'P365D', overdueMajorHazards: 1, lapsedEscalations: 100, validity: 'P365D' } },
};

describe('accountability, letters, incidents and unit discipline through the API (real PostgreSQL and Temporal)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let temporal: Client;
  const http = () => request(app.getHttpServer());
  /** Keeps a finished workflow's history as a replay fixture (test/workflows/replay). */
  const keep = (name: string, workflowId: string) => keepFinishedHistory(name, temporal.workflow.getHandle(workflowId));

  async function review(id: string, who = TOP) {
    return (await http().get(`/accountability-reviews/${id}`).set(as(who)).expect(200)).body;
  }

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-a-county-1', 'city-a-county-1', UNIT), demoUnitClone('city-a-county-1', 'city-a-county-1', CARD_UNIT)];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-accountability'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    temporal = await temporalClient();
    await http().put('/policies/disc-fast').set(as(TOP)).send(fast).expect(200);
    await http().put('/policies/disc-strict').set(as(TOP)).send(strict).expect(200);
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('refuses a policy whose discipline section is wrong, naming each field', async () => {
    const bad = { ...fast, discipline: { accountability: { statementWindow: 'soon', decision: 'PT1S', rules: [{ conduct: 'acted_in_time', sanction: 'fine' }] }, colour: {} } };
    const res = await http().put('/policies/disc-bad').set(as(TOP)).send(bad).expect(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'document.discipline.accountability.rules[0].conduct',
      'document.discipline.accountability.rules[0].sanction',
      'document.discipline.accountability.statementWindow',
      'document.discipline.colour',
    ]);
  });

  it('sends the year’s letters level by level, chases and escalates the unsigned, and marks them at the close', async () => {
    const deadline = new Date(Date.now() + 8000).toISOString();
    await http().post('/responsibility-letters/signings').set(as(HEAD)).send({ unitId: UNIT, year: YEAR, deadline, policyName: 'disc-fast' }).expect(403);
    await http().post('/responsibility-letters/signings').set(as(PRINCIPAL)).send({ unitId: UNIT, year: 'this', deadline: 'soon' }).expect(422);
    const signing = await http().post('/responsibility-letters/signings').set(as(PRINCIPAL)).send({ unitId: UNIT, year: YEAR, deadline, policyName: 'disc-fast' }).expect(201);
    await http().post('/responsibility-letters/signings').set(as(PRINCIPAL)).send({ unitId: UNIT, year: YEAR, deadline, policyName: 'disc-fast' }).expect(409);

    await eventually(async () => (await ds.query(`SELECT 1 FROM case_events WHERE stream = $1 AND type = 'signing_started'`, [`signing:${signing.body.id}`])).length > 0, 'the letters to be sent');
    const letters = await eventually(async () => {
      const items = (await http().get(`/responsibility-letters?unitId=${UNIT}&year=${YEAR}`).set(as(PRINCIPAL)).expect(200)).body.items;
      return items.length > 0 && items;
    }, 'letters');
    const of = (signer: string) => letters.find((l: { signerId: string }) => l.signerId === signer);
    // 主要负责人 with the superior unit, deputies with the principal, heads with their deputy.
    expect(of(PRINCIPAL)).toMatchObject({ level: 'principal', counterpartyId: CITY });
    expect(of(DEPUTY)).toMatchObject({ level: 'deputy', counterpartyId: PRINCIPAL });
    expect(of(HEAD)).toMatchObject({ level: 'department_head', counterpartyId: DEPUTY, categories: expect.arrayContaining(['fire', 'theft']) });
    expect(letters).toHaveLength(1 + 2 + 4);

    await http().post(`/responsibility-letters/${of(HEAD).id}/sign`).set(as(DEPUTY)).expect(403);
    // Someone in another city cannot tell the letter exists.
    expect((await http().post(`/responsibility-letters/${of(HEAD).id}/sign`).set(as('city-b-principal')).expect(404)).body.detail).toBe(`Responsibility letter ${of(HEAD).id} does not exist`);
    for (const signer of [HEAD, DEPUTY, PRINCIPAL]) {
      const signed = await http().post(`/responsibility-letters/${of(signer).id}/sign`).set(as(signer)).expect(200);
      expect(signed.body.status).toBe('signed');
    }
    await http().post(`/responsibility-letters/${of(HEAD).id}/sign`).set(as(HEAD)).expect(409);

    await eventually(async () => {
      const row = await ds.query(`SELECT status FROM letter_signings WHERE id = $1`, [signing.body.id]);
      return row[0]?.status === 'closed';
    }, 'the signing to close', 30_000);
    const after = (await http().get(`/responsibility-letters?unitId=${UNIT}&year=${YEAR}`).set(as(PRINCIPAL)).expect(200)).body.items;
    expect(after.filter((l: { status: string }) => l.status === 'signed').map((l: { signerId: string }) => l.signerId).sort()).toEqual([DEPUTY, HEAD, PRINCIPAL].sort());
    expect(after.filter((l: { status: string }) => l.status === 'unsigned')).toHaveLength(4);
    const events = (await ds.query(`SELECT type FROM case_events WHERE stream = $1 ORDER BY sequence`, [`signing:${signing.body.id}`])).map((e: { type: string }) => e.type);
    // The signatures race the first reminder on a loaded machine; everything else comes in this order.
    expect(events.filter((t: string) => t !== 'letter_signed')).toEqual(['signing_started', 'letters_reminded', 'letters_overdue', 'letters_unsigned', 'signing_closed']);
    expect(events.filter((t: string) => t === 'letter_signed')).toHaveLength(3);
    expect(events.indexOf('letters_overdue')).toBeGreaterThan(events.lastIndexOf('letter_signed'));
    const escalated = await ds.query(`SELECT recipient_id FROM notifications WHERE stream = $1 AND kind = 'letter_overdue_escalated' ORDER BY recipient_id`, [`signing:${signing.body.id}`]);
    expect(escalated.map((n: { recipient_id: string }) => n.recipient_id)).toContain(PRINCIPAL);
    const late = await http().post(`/responsibility-letters/${after.find((l: { status: string }) => l.status === 'unsigned').id}/sign`).set(as(after.find((l: { status: string }) => l.status === 'unsigned').signerId));
    expect(late.status).toBe(409);
    await keep('letter-signing', `letter-signing-${signing.body.id}`);
    await keep('letter-signing-case-log-mutex-v1', `letter-signing-${signing.body.id}`);
  });

  it('reviews a hazard that lapsed to the top: sanctions for the leaders who let it lapse, none for the head who escalated in time', async () => {
    const reported = await http().post('/hazards').set(as(p('staff-1'))).send({
      unitId: UNIT, category: 'fire', severity: 'general', title: 'Fire doors wedged open', description: 'Archive store 2', location: 'Store 2',
      discoveredBy: p('staff-1'), discoveredAt: new Date().toISOString(), source: 'self_inspection', policyName: 'disc-fast',
    }).expect(201);
    const id = reported.body.id;
    await eventually(async () => (await http().get(`/hazards/${id}`).set(as(HEAD))).body.status === 'assigned', 'assignment');
    await http().post(`/hazards/${id}/acknowledge`).set(as(HEAD)).send({}).expect(200);
    await http().post(`/hazards/${id}/request-escalation`).set(as(HEAD)).send({ reason: 'The doors need replacing: funds', needs: ['funds'], mode: 'transfer' }).expect(200);

    const reviewId = `accountability-review-hazard-${id}`;
    const opened = await eventually(async () => {
      const r = await http().get(`/accountability-reviews/${reviewId}`).set(as(TOP));
      return r.status === 200 && r.body.status === 'statements' && r.body;
    }, 'the review to open', 60_000);

    // Who answered, by the letters signed above.
    const held = opened.timeline.filter((t: { type: string }) => t.type === 'escalated').map((t: { holder: { personId: string; basis: string } }) => t.holder);
    expect(held).toEqual([
      expect.objectContaining({ personId: DEPUTY, basis: 'letter' }),
      expect.objectContaining({ personId: PRINCIPAL, basis: 'letter' }),
      expect.objectContaining({ personId: CITY, basis: 'org_chart' }),
    ]);
    const conduct = (person: string) => opened.findings.filter((f: { personId: string }) => f.personId === person).map((f: { conduct: string }) => f.conduct).sort();
    expect(conduct(HEAD)).toEqual(['escalated_properly']);
    expect(conduct(DEPUTY)).toEqual(['lapsed_decision', 'no_action']);
    expect(conduct(PRINCIPAL)).toEqual(['lapsed_decision', 'no_action']);
    expect(conduct(CITY)).toEqual(['lapsed_decision', 'no_action']);
    const proposals = Object.fromEntries(opened.proposals.map((x: { personId: string; proposedSanction: string; conducts: string[] }) => [x.personId, x]));
    expect(Object.keys(proposals).sort()).toEqual([CITY, DEPUTY, PRINCIPAL].sort());
    expect(proposals[DEPUTY]).toMatchObject({ proposedSanction: 'demerit', status: 'proposed' });
    expect(proposals[DEPUTY].conducts).toContain('lapsed_decision');
    // The city's principal is among those concerned, so the province reviews.
    expect(opened.authorityId).toBe(TOP);

    await http().post(`/accountability-reviews/${reviewId}/statements`).set(as(HEAD)).send({ text: 'I asked for funds in time' }).expect(403);
    await http().post(`/accountability-reviews/${reviewId}/statements`).set(as(DEPUTY)).send({ text: '' }).expect(422);
    await http().post(`/accountability-reviews/${reviewId}/statements`).set(as(DEPUTY)).send({ text: 'I was on leave that week' }).expect(200);
    await http().post(`/accountability-reviews/${reviewId}/statements`).set(as(DEPUTY)).send({ text: 'again' }).expect(409);
    const early = await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(TOP)).send({ proposalId: proposals[PRINCIPAL].id, outcome: 'accept', reason: 'clear' }).expect(409);
    expect(early.body.detail).toMatch(/may still submit a statement/);
    await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(CITY)).send({ proposalId: proposals[DEPUTY].id, outcome: 'dismiss', reason: 'mine' }).expect(403);
    const noSanction = await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(TOP)).send({ proposalId: proposals[DEPUTY].id, outcome: 'change', reason: 'lighter' }).expect(422);
    expect(noSanction.body.detail).toMatch(/sanction is required/);
    // The deputy has stated their case, so their proposal may be decided at once.
    await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(TOP)).send({ proposalId: proposals[DEPUTY].id, outcome: 'accept', reason: 'Leave does not excuse an undelegated duty' }).expect(200);

    await eventually(async () => (await review(reviewId)).status === 'deciding', 'the statement window to close', 20_000);
    await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(TOP)).send({ proposalId: proposals[PRINCIPAL].id, outcome: 'change', sanction: 'warning', reason: 'First lapse in ten years' }).expect(200);
    await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(TOP)).send({ proposalId: proposals[CITY].id, outcome: 'dismiss', reason: 'The city was never asked in time' }).expect(200);
    await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(TOP)).send({ proposalId: proposals[CITY].id, outcome: 'accept', reason: 'again' }).expect(409);

    const decided = await eventually(async () => {
      const r = await review(reviewId);
      return r.status === 'decided' && r;
    }, 'the review to close');
    const sanctions = Object.fromEntries(decided.sanctions.map((s: { personId: string }) => [s.personId, s]));
    expect(Object.keys(sanctions).sort()).toEqual([DEPUTY, PRINCIPAL].sort());
    const months = (s: { startsAt: string; endsAt: string }) => Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / (30.44 * 86_400_000));
    expect(sanctions[DEPUTY]).toMatchObject({ kind: 'demerit' });
    expect(months(sanctions[DEPUTY])).toBe(12);
    expect(sanctions[PRINCIPAL]).toMatchObject({ kind: 'warning' });
    expect(months(sanctions[PRINCIPAL])).toBe(6);
    expect(decided.statements).toEqual([expect.objectContaining({ personId: DEPUTY, text: 'I was on leave that week' })]);
    expect(decided.events.map((e: { type: string }) => e.type)).toEqual([
      'review_opened', 'statement_submitted', 'proposal_decided', 'decisions_open', 'proposal_decided', 'proposal_decided', 'appeals_open', 'review_closed',
    ]);
    await keep('accountability-review-decided', reviewId);
    await keep('accountability-review-decided-case-log-mutex-v1', reviewId);

    const listed = (await http().get('/accountability-reviews').set(as(DEPUTY)).expect(200)).body.items.map((r: { id: string }) => r.id);
    expect(listed).toContain(reviewId);
    await http().get(`/accountability-reviews/${reviewId}`).set(as('city-b-principal')).expect(404);

    const card = (await http().get(`/units/${UNIT}/scorecard`).set(as(CITY)).expect(200)).body;
    expect(card.sanctionsInForce.map((s: { personId: string; kind: string }) => `${s.personId}:${s.kind}`).sort()).toEqual([`${DEPUTY}:demerit`, `${PRINCIPAL}:warning`].sort());
    expect(card.escalations).toBeGreaterThanOrEqual(3);
    expect(card.lapsedDecisions).toBe(3);
    // Sanctions over a general hazard do not veto the assessment.
    const assessment = (await http().get(`/units/${UNIT}/assessment?year=${YEAR}`).set(as(CITY)).expect(200)).body;
    expect(assessment).toMatchObject({ result: 'pass', vetoes: [] });
  });

  it('flags an incident reported late (迟报), reviews it, passes a lapsed decision up, and the sanction vetoes the assessment', async () => {
    const occurredAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    const body = { unitId: UNIT, severity: 'major', title: 'Water in basement store', description: 'A pipe burst; 40 boxes wet', occurredAt, policyName: 'disc-fast' };
    await http().post('/incidents').set(as('city-b-principal')).send(body).expect(403);
    const bad = await http().post('/incidents').set(as(p('staff-1'))).send({ ...body, severity: 'awful', occurredAt: 'yesterday' }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['occurredAt', 'severity']);
    const created = await http().post('/incidents').set(as(p('staff-1'))).send(body).expect(201);
    const id = created.body.id;

    // The city forwards in time; the province, at the top, receives it.
    const waiting = await eventually(async () => {
      const r = (await http().get(`/incidents/${id}`).set(as(CITY)).expect(200)).body;
      return r.live?.current === 1 && r.events.some((e: { type: string }) => e.type === 'report_late') && r;
    }, 'the report to reach the city');
    expect(waiting.late).toBe(true);
    await http().post(`/incidents/${id}/forward`).set(as(PRINCIPAL)).send({}).expect(403);
    await http().post(`/incidents/${id}/forward`).set(as(CITY)).send({ note: 'forwarded to the province' }).expect(200);
    const complete = await eventually(async () => {
      const r = (await http().get(`/incidents/${id}`).set(as(CITY)).expect(200)).body;
      return r.status === 'complete' && r;
    }, 'the report to reach the top');
    expect(complete.levels.map((l: { unitId: string; outcome: string }) => `${l.unitId}:${l.outcome}`)).toEqual([`${UNIT}:reported`, 'city-a:forwarded', 'prov:received']);
    expect(complete.events.map((e: { type: string }) => e.type)).toEqual(['incident_reported', 'report_late', 'incident_forwarded', 'incident_report_complete']);
    await keep('incident-reported-late', `incident-${id}`);
    await keep('incident-reported-late-incident-events-v2', `incident-${id}`);

    const reviewId = `accountability-review-incident-${id}`;
    const opened = await eventually(async () => {
      const r = await http().get(`/accountability-reviews/${reviewId}`).set(as(TOP));
      return r.status === 200 && r.body.status === 'statements' && r.body;
    }, 'the incident review');
    // Opening it by hand finds the same review; only a principal above the unit may try.
    await http().post('/accountability-reviews').set(as(PRINCIPAL)).send({ incidentId: id, reason: 'by hand' }).expect(403);
    const again = await http().post('/accountability-reviews').set(as(TOP)).send({ incidentId: id, reason: 'by hand' }).expect(200);
    expect(again.body.id).toBe(reviewId);
    expect(opened.proposals.map((x: { personId: string; proposedSanction: string; conducts: string[] }) => [x.personId, x.proposedSanction, x.conducts])).toEqual([[PRINCIPAL, 'demerit', ['late']]]);
    expect(opened.authorities.map((a: { personId: string }) => a.personId)).toEqual([CITY, TOP]);

    // The city lets its decision lapse: it passes to the province.
    const lapsed = await eventually(async () => {
      const r = await review(reviewId);
      return r.authorityId === TOP && r;
    }, 'the decision to lapse to the province', 30_000);
    expect(lapsed.events.map((e: { type: string }) => e.type)).toEqual(['review_opened', 'decisions_open', 'review_decision_lapsed']);
    await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(CITY)).send({ proposalId: opened.proposals[0].id, outcome: 'accept', reason: 'late' }).expect(403);
    await http().post(`/accountability-reviews/${reviewId}/decisions`).set(as(TOP)).send({ proposalId: opened.proposals[0].id, outcome: 'accept', reason: 'Reported two hours late' }).expect(200);

    const assessment = await eventually(async () => {
      const a = (await http().get(`/units/${UNIT}/assessment?year=${YEAR}`).set(as(CITY)).expect(200)).body;
      return a.result === 'fail' && a;
    }, 'the veto');
    expect(assessment.vetoes).toEqual([expect.objectContaining({ kind: 'sanction_for_major' })]);
    await http().get(`/units/${UNIT}/assessment?year=soon`).set(as(CITY)).expect(422);
    await http().get(`/units/${UNIT}/assessment?year=${YEAR}`).set(as('city-b-principal')).expect(403);
  });

  it('passes an unforwarded report up at the deadline, flagging the level that sat on it', async () => {
    const created = await http().post('/incidents').set(as(p('safety-officer'))).send({
      unitId: UNIT, severity: 'general', title: 'Smoke alarm fault', description: 'Alarm in reading room silent', occurredAt: new Date().toISOString(), policyName: 'disc-fast',
    }).expect(201);
    const done = await eventually(async () => {
      const r = (await http().get(`/incidents/${created.body.id}`).set(as(CITY)).expect(200)).body;
      return r.status === 'complete' && r;
    }, 'the report to pass up without the city', 30_000);
    expect(done.events.map((e: { type: string }) => e.type)).toEqual(['incident_reported', 'report_late', 'forward_missed', 'incident_report_complete']);
    expect(done.levels[1]).toMatchObject({ unitId: 'city-a', outcome: 'missed' });
    expect(done.late).toBe(true);
  });

  it('issues a yellow card when the unit reaches its rule, once, and the card vetoes the assessment (一票否决)', async () => {
    const report = (title: string) =>
      http().post('/hazards').set(as(`${CARD_UNIT}-staff-1`)).send({
        unitId: CARD_UNIT, category: 'network', severity: 'major', title, description: 'Exposed port', location: 'Server room',
        discoveredBy: `${CARD_UNIT}-staff-1`, discoveredAt: new Date().toISOString(), source: 'sensor', policyName: 'disc-strict',
      }).expect(201);
    await report('Unpatched firewall');
    const card = await eventually(async () => {
      const s = (await http().get(`/units/${CARD_UNIT}/scorecard`).set(as(`${CARD_UNIT}-principal`)).expect(200)).body;
      return s.yellowCards.length > 0 && s;
    }, 'the yellow card', 30_000);
    expect(card.yellowCards[0]).toMatchObject({ inForce: true, reasons: [expect.stringMatching(/1 major hazards overdue \(rule: 1\)/)] });
    expect(card.hazards.find((h: { severity: string }) => h.severity === 'major')).toMatchObject({ open: 1 });
    const notified = await ds.query(`SELECT recipient_id FROM notifications WHERE stream = $1 AND kind = 'yellow_card' ORDER BY recipient_id`, [`unit:${CARD_UNIT}`]);
    expect(notified.map((n: { recipient_id: string }) => n.recipient_id)).toEqual([`${CARD_UNIT}-principal`, CITY].sort());

    // A second lapse while the card is in force issues no second card.
    await report('Open admin console');
    await eventually(async () => {
      const [{ n }] = await ds.query(`SELECT count(DISTINCT e.hazard_id)::int AS n FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id WHERE h.unit_id = $1 AND e.type = 'deadline_missed'`, [CARD_UNIT]);
      return n === 2;
    }, 'the second hazard to lapse', 30_000);
    expect(await ds.query(`SELECT id FROM yellow_cards WHERE unit_id = $1`, [CARD_UNIT])).toHaveLength(1);

    const assessment = (await http().get(`/units/${CARD_UNIT}/assessment?year=${YEAR}`).set(as(TOP)).expect(200)).body;
    expect(assessment).toMatchObject({ result: 'fail', vetoes: [expect.objectContaining({ kind: 'yellow_card' })] });
    expect((await http().get(`/units/${CARD_UNIT}/assessment?year=${YEAR - 1}`).set(as(TOP)).expect(200)).body.result).toBe('pass');
  });
});
