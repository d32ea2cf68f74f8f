import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, PERMISSIONS, type PermissionAction } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** Two counties of this file's own under city-b, cloned from the demo's county shape. */
const countyClone = (id: string) => demoUnitClone('city-b-county-1', 'city-b-county-1', id);
const UNIT = 'city-b-county-7';
const PEER = 'city-b-county-8';
const u = (role: string) => `${UNIT}-${role}`;

/** Everyone the matrix tries, by what they are to a `fire` hazard in UNIT. */
const ROLES = {
  holder: u('head-security'),
  otherHead: u('head-it'),
  deputyInCharge: u('deputy-1'),
  otherDeputy: u('deputy-2'),
  principal: u('principal'),
  safetyOfficer: u('safety-officer'),
  staff: u('staff-1'),
  superiorPrincipal: 'city-b-principal',
  superiorOfficer: 'city-b-safety-officer',
  superiorStaff: 'city-b-staff-1',
  topPrincipal: 'prov-principal',
  peerPrincipal: `${PEER}-principal`,
  peerHead: `${PEER}-head-security`,
  otherCityPrincipal: 'city-a-principal',
} as const;
type Role = keyof typeof ROLES;
const ALL = Object.keys(ROLES) as Role[];
const INSIDE: Role[] = ALL.filter((r) => !['peerPrincipal', 'peerHead', 'otherCityPrincipal'].includes(r));

/** Reviews, incidents, campaigns, letters and unit discipline: checked by role in accountability.e2e, campaigns.e2e and after-the-top.e2e; one's own notices in notifications.e2e; evidence files in evidence.e2e. */
const DISCIPLINE_ACTIONS = [
  'reviewList', 'openReview', 'decideReview', 'reviewStatement', 'reportIncident', 'viewIncident', 'forwardIncident',
  'startCampaign', 'viewCampaign', 'submitInspection', 'startSigning', 'listLetters', 'signLetter', 'unitDiscipline', 'personSanctions', 'appealSanction', 'decideAppeal', 'circulateCriticism', 'commendUnit', 'addFinding',
  'nameActing', 'viewActing', 'endActing', 'auditCheckpoint', 'verifyCheckpoint', 'dailyCheckpoints', 'readNotices', 'failedDeliveries',
  'manageSchedule', 'viewSchedule', 'issueWarning', 'viewWarning', 'confirmWarning', 'publishShifts', 'viewShifts', 'dutyShift', 'swapShift', 'assessRisk', 'viewRisk', 'editRiskTemplate', 'managePlans', 'revisePlan', 'viewPlans', 'viewPeople', 'viewStatistics', 'confirmStatistics', 'viewLedger',
  'attachEvidence', 'viewEvidence', 'myWork',
] as const;

/** The expected answer of every action for every role: the allowed ones; all others get 403. */
const ALLOWED: Record<Exclude<PermissionAction, 'editOrg' | 'readPolicy' | 'inbox' | 'list' | 'stats' | 'whoAmI' | 'devSignIn' | (typeof DISCIPLINE_ACTIONS)[number]>, Role[]> = {
  report: INSIDE,
  view: INSIDE,
  acknowledge: ['holder'],
  submitPlan: ['holder'],
  submitRectification: ['holder'],
  requestExtension: ['holder'],
  requestEscalation: ['holder'],
  decide: ['deputyInCharge'],
  verify: ['safetyOfficer'],
  migratePolicy: ['principal', 'superiorPrincipal'],
  listForSupervision: ['superiorPrincipal', 'superiorOfficer'],
  setSupervisionTerms: ['superiorPrincipal', 'superiorOfficer'],
  reportProgress: ['holder'],
  editPolicy: ['topPrincipal'],
};

describe('authorisation matrix: every action × every role', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const tally = { allowed: 0, denied: 0 };

  const http = () => request(app.getHttpServer());
  const by = (role: Role) => as(ROLES[role]);

  async function hazard(state: 'assigned' | 'acknowledged' | 'requested' | 'rectified' | 'listed' | 'supervised', severity: 'general' | 'major' = 'general') {
    const res = await http()
      .post('/hazards')
      .set(by('staff'))
      .send({
        unitId: UNIT, category: 'fire', severity, title: 'Matrix hazard', description: 'for the matrix', location: 'hall',
        discoveredBy: ROLES.staff, discoveredAt: new Date().toISOString(), source: 'self_inspection', policyName: 'matrix',
      })
      .expect(201);
    const id: string = res.body.id;
    await eventually(async () => (await http().get(`/hazards/${id}`).set(by('holder'))).body.status === 'assigned', 'assignment');
    let requestId: string | null = null;
    if (state !== 'assigned') await http().post(`/hazards/${id}/acknowledge`).set(by('holder')).send({}).expect(200);
    if (state === 'requested') {
      const r = await http().post(`/hazards/${id}/request-extension`).set(by('holder')).send({ newDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(), reason: 'parts' }).expect(200);
      requestId = r.body.pendingRequest.id;
    }
    if (state === 'rectified') await http().post(`/hazards/${id}/submit-rectification`).set(by('holder')).send({ summary: 'fixed', evidence: ['p.jpg'] }).expect(200);
    if (state === 'listed' || state === 'supervised') await http().post(`/hazards/${id}/supervision`).set(by('superiorPrincipal')).send({ reason: 'listed by the city' }).expect(200);
    if (state === 'supervised') await http().post(`/hazards/${id}/supervision/terms`).set(by('superiorPrincipal')).send(terms).expect(200);
    return { id, requestId };
  }

  /** Every denied role gets a 403 that says why and changes nothing; then each allowed role succeeds on its own fresh hazard. */
  async function walk(action: keyof typeof ALLOWED, setUp: () => Promise<{ id: string; requestId: string | null }>, send: (h: { id: string; requestId: string | null }, role: Role) => request.Test) {
    const denied = ALL.filter((r) => !ALLOWED[action].includes(r));
    const target = await setUp();
    const before = (await http().get(`/hazards/${target.id}`).set(by('principal'))).body.events?.length;
    for (const role of denied) {
      const res = await send(target, role);
      // A hazard outside the person's units answers as a missing one (404); reporting into such a unit is refused (403).
      const hidden = action !== 'report' && action !== 'editPolicy' && !INSIDE.includes(role);
      expect({ action, role, status: res.status }).toEqual({ action, role, status: hidden ? 404 : 403 });
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.detail).toMatch(hidden ? new RegExp(`^Hazard ${target.id} does not exist$`) : /only|outside|never|may not/i);
      tally.denied++;
    }
    if (before !== undefined) expect((await http().get(`/hazards/${target.id}`).set(by('principal'))).body.events.length).toBe(before);
    for (const role of ALLOWED[action]) {
      const res = await send(await setUp(), role);
      expect({ action, role, status: res.status }).toEqual({ action, role, status: action === 'report' ? 201 : 200 });
      tally.allowed++;
    }
  }

  beforeAll(async () => {
    ds = await openDataSource();
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units: [countyClone(UNIT), countyClone(PEER)] }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-matrix'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    const slow = { ...DEFAULT_POLICY, severities: { general: { ...DEFAULT_POLICY.severities.general }, major: { ...DEFAULT_POLICY.severities.major } } };
    await http().put('/policies/matrix').set(by('topPrincipal')).send(slow).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('covers every action in the permission table', () => {
    // The scoped reads are checked where they are used: stats, whoAmI and devSignIn in console.e2e.
    const tested = new Set([...Object.keys(ALLOWED), 'list', 'inbox', 'readPolicy', 'editOrg', 'stats', 'whoAmI', 'devSignIn', ...DISCIPLINE_ACTIONS]);
    expect(PERMISSIONS.map((p) => p.action).filter((a) => !tested.has(a))).toEqual([]);
  });

  const none = async () => ({ id: '', requestId: null });
  const terms = { deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(), supervisorId: ROLES.superiorOfficer, reportEvery: 'P7D', note: 'fix within a month' };
  const report = (role: Role) =>
    http().post('/hazards').set(by(role)).send({
      unitId: UNIT, category: 'theft', severity: 'general', title: `by ${role}`, description: 'd', location: 'l',
      discoveredBy: ROLES[role], discoveredAt: new Date().toISOString(), source: 'supervision', policyName: 'matrix',
    });

  it('report', () => walk('report', none, (_, role) => report(role)));
  it('view', () => walk('view', () => hazard('assigned'), (h, role) => http().get(`/hazards/${h.id}`).set(by(role))));
  it('acknowledge', () => walk('acknowledge', () => hazard('assigned'), (h, role) => http().post(`/hazards/${h.id}/acknowledge`).set(by(role)).send({})));
  it('submitPlan', () =>
    walk('submitPlan', () => hazard('acknowledged', 'major'), (h, role) =>
      http().post(`/hazards/${h.id}/submit-plan`).set(by(role)).send({
        plan: { responsiblePersonId: ROLES.holder, measures: 'm', funds: 'f', deadline: new Date(Date.now() + 86_400_000).toISOString(), contingencyPlan: 'c' },
      })));
  it('submitRectification', () =>
    walk('submitRectification', () => hazard('acknowledged'), (h, role) => http().post(`/hazards/${h.id}/submit-rectification`).set(by(role)).send({ summary: 's', evidence: ['e'] })));
  it('requestExtension', () =>
    walk('requestExtension', () => hazard('acknowledged'), (h, role) =>
      http().post(`/hazards/${h.id}/request-extension`).set(by(role)).send({ newDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(), reason: 'r' })));
  it('requestEscalation', () =>
    walk('requestEscalation', () => hazard('acknowledged'), (h, role) =>
      http().post(`/hazards/${h.id}/request-escalation`).set(by(role)).send({ reason: 'r', needs: ['funds'], mode: 'transfer' })));
  it('decide', () =>
    walk('decide', () => hazard('requested'), (h, role) => http().post(`/hazards/${h.id}/decide`).set(by(role)).send({ requestId: h.requestId, approve: true, comment: '' })));
  it('verify (the rectifier never verifies)', () =>
    walk('verify', () => hazard('rectified'), (h, role) => http().post(`/hazards/${h.id}/verify`).set(by(role)).send({ passed: true, comment: '' })));
  it('migratePolicy', async () => {
    await walk('migratePolicy', async () => {
      const h = await hazard('assigned');
      // A newer version must exist for an allowed migration to succeed.
      await http().put('/policies/matrix').set(by('topPrincipal')).send(DEFAULT_POLICY).expect(200);
      return h;
    }, (h, role) => http().post(`/hazards/${h.id}/policy-migration`).set(by(role)).send({ reason: 'new rules' }));
  });
  it('listForSupervision', () => walk('listForSupervision', () => hazard('assigned'), (h, role) => http().post(`/hazards/${h.id}/supervision`).set(by(role)).send({ reason: 'listed' })));
  it('setSupervisionTerms', () => walk('setSupervisionTerms', () => hazard('listed'), (h, role) => http().post(`/hazards/${h.id}/supervision/terms`).set(by(role)).send(terms)));
  it('reportProgress', () => walk('reportProgress', () => hazard('supervised'), (h, role) => http().post(`/hazards/${h.id}/supervision/progress`).set(by(role)).send({ text: 'parts ordered' })));
  it('editPolicy', () => walk('editPolicy', none, (_, role) => http().put('/policies/matrix').set(by(role)).send(DEFAULT_POLICY)));

  it('list: each person sees only their subtree', async () => {
    const { id } = await hazard('assigned');
    for (const role of ALL) {
      const res = await http().get('/hazards').query({ limit: 100 }).set(by(role)).expect(200);
      const units = new Set(res.body.items.map((h: { unitId: string }) => h.unitId));
      expect({ role, sees: res.body.items.some((h: { id: string }) => h.id === id) }).toEqual({ role, sees: INSIDE.includes(role) });
      if (role === 'peerPrincipal') expect([...units]).toEqual(units.size ? [PEER] : []);
      const asked = await http().get('/hazards').query({ unitId: UNIT }).set(by(role));
      expect({ role, status: asked.status }).toEqual({ role, status: INSIDE.includes(role) ? 200 : 403 });
    }
  });

  it('inbox: a leader sees only the requests waiting for them', async () => {
    const { requestId } = await hazard('requested');
    for (const role of ALL) {
      const res = await http().get('/approvals').query({ mine: true }).set(by(role)).expect(200);
      expect({ role, sees: res.body.items.some((r: { id: string }) => r.id === requestId) }).toEqual({ role, sees: role === 'deputyInCharge' });
    }
  });

  afterAll(() => {
    // Reported in the run's output so the note can quote it.
    console.log(`authorisation matrix: ${tally.allowed} allowed and ${tally.denied} denied cells checked`);
  });
});
