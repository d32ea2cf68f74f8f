import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { execFileSync } from 'node:child_process';
import type { DataSource } from 'typeorm';
import type { Client } from '@temporalio/client';
import { chinaDate, DEFAULT_POLICY, dutyScheduleId, holidayAhead, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { keepFinishedHistory, keepHistory } from '../support/histories.js';
import { createApp, demoUnitClone, eventually, infra, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** A city of this file's own: county 1 an archive (档案馆), county 2 a bureau (档案局). */
const CITY = 'city-s';
const ONE = 'city-s-county-1';
const TWO = 'city-s-county-2';
const OFFICER = 'city-s-safety-officer';
const PRINCIPAL = 'city-s-principal';

const policy: EscalationPolicy = {
  ...DEFAULT_POLICY,
  calendar: 'natural',
  discipline: { duties: { selfInspection: 'PT15S', backupCheck: 'PT15S', letterRound: 'PT20S' }, campaigns: { reminders: [0.5], escalateAt: 0.75 } },
};

const MONTHLY = { calendar: { dayOfMonth: 1, hour: 9, minute: 0 } };

describe('recurring duties on Temporal Schedules (real Temporal dev server and PostgreSQL)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let temporal: Client;
  const created: string[] = [];
  const http = () => request(app.getHttpServer());
  const temporalCli = (...args: string[]) => execFileSync(infra.temporalCliPath, [...args, '--address', infra.temporalAddress, '-o', 'json'], { encoding: 'utf8' });
  const create = async (who: string, body: object) => {
    const r = await http().post('/schedules').set(as(who)).send(body);
    if (r.status === 201) created.push(r.body.id);
    return r;
  };

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-b', 'city-b', CITY), demoUnitClone('city-b-county-1', 'city-b', CITY), { ...demoUnitClone('city-b-county-2', 'city-b', CITY), type: 'bureau' as const }];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-schedules'), ds);
    app = await createApp({ SCHEDULE_MIN_INTERVAL_SECONDS: '2' });
    as = await signInEveryone(app, ds);
    temporal = await temporalClient();
    await http().put('/policies/duty-fast').set(as('prov-principal')).send(policy).expect(200);
  });

  afterAll(async () => {
    // Interval schedules would go on starting runs on the shared dev server after the file.
    for (const id of created) await temporal?.schedule.getHandle(dutyScheduleId(id)).delete().catch(() => undefined);
    await temporal?.connection.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('refuses bad schedules with the field and the reason, storing nothing', async () => {
    const before = await ds.query(`SELECT count(*)::int AS n FROM duty_schedules`);
    const body = { unitId: CITY, kind: 'self_inspection', title: '月度安全自查 · Monthly self-inspection', spec: MONTHLY, policyName: 'duty-fast' };
    expect((await create(`${CITY}-staff-1`, body)).status).toBe(403);
    expect((await create(OFFICER, { ...body, kind: 'letter_round' })).status).toBe(403);
    expect((await create(`${ONE}-principal`, body)).status).toBe(403);
    const fields = async (b: object) => ((await create(OFFICER, b)).body.errors ?? []).map((e: { field: string }) => e.field).sort();
    expect(await fields({ ...body, spec: { ...MONTHLY, everySeconds: 60 } })).toEqual(['spec']);
    expect(await fields({ ...body, spec: { calendar: { month: 2, dayOfMonth: 30, hour: 9, minute: 0 } } })).toEqual(['spec.calendar.dayOfMonth']);
    expect(await fields({ ...body, spec: { everySeconds: 1 } })).toEqual(['spec.everySeconds']);
    expect(await fields({ ...body, spec: { calendar: { hour: 24, minute: 0 } } })).toEqual(['spec.calendar.hour']);
    expect(await fields({ ...body, kind: 'cleaning', overlap: 'sometimes', policyName: 'no-such-policy' })).toEqual(['kind', 'overlap']);
    expect(await fields({ ...body, policyName: 'no-such-policy' })).toEqual(['policyName']);
    expect(await fields({ ...body, unitId: 'no-such-unit' })).toEqual(['unitId']);
    // A calendar (or a spec) sent as a list is not an empty calendar (the fuzz suite found it stored without hour and minute).
    expect(await fields({ ...body, spec: { calendar: [] } })).toEqual(['spec.calendar']);
    expect(await fields({ ...body, spec: [] })).toEqual(['spec']);
    expect(await ds.query(`SELECT count(*)::int AS n FROM duty_schedules`)).toEqual(before);
    // A calendar field sent as null means every value, as one left out (the fuzz suite found it echoed as null).
    const nulls = await create(OFFICER, { ...body, spec: { calendar: { month: null, dayOfMonth: 1, dayOfWeek: null, hour: 9, minute: 0 } } });
    expect(nulls.status).toBe(201);
    expect(nulls.body.spec).toEqual(MONTHLY);
  });

  it('a monthly self-inspection: triggered through the API, one campaign per unit type, a second trigger skipped while the run is open, paused and resumed, seen in Temporal', async () => {
    const body = { unitId: CITY, kind: 'self_inspection', title: '月度安全自查 · Monthly self-inspection', spec: MONTHLY, policyName: 'duty-fast', workingDay: false };
    const made = await create(OFFICER, body);
    expect(made.status).toBe(201);
    const id = made.body.id;
    expect(made.body).toMatchObject({ unitId: CITY, kind: 'self_inspection', overlap: 'skip', paused: false, temporalScheduleId: `duty-${id}` });
    // The next times due are the 1st of the month at 09:00 Beijing time (01:00 UTC).
    expect(made.body.nextRuns.length).toBeGreaterThan(0);
    for (const t of made.body.nextRuns) expect(new Date(Date.parse(t) + 8 * 3600_000).toISOString()).toMatch(/^\d{4}-\d{2}-01T09:00:00/);

    await http().post(`/schedules/${id}/trigger`).set(as(OFFICER)).send({ note: '汛期前提前自查' }).expect(200);
    const campaigns = await eventually(async () => {
      const rows = await ds.query(`SELECT id, issuer_unit_id, checklist, duty_run, (SELECT array_agg(unit_id ORDER BY unit_id) FROM campaign_units WHERE campaign_id = c.id) AS units FROM supervision_campaigns c WHERE schedule_id = $1`, [id]);
      return rows.length === 2 && rows;
    }, 'the run to open its campaigns');
    const archive = campaigns.find((c: { units: string[] }) => c.units.includes(ONE));
    const bureau = campaigns.find((c: { units: string[] }) => c.units.includes(TWO));
    expect(archive.units).toEqual([CITY, ONE]);
    expect(bureau.units).toEqual([TWO]);
    // The archive's checklist covers its stores; the bureau's does not.
    expect(archive.checklist.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining(['fire-1', 'water-1', 'climate-1']));
    expect(bureau.checklist.map((i: { id: string }) => i.id)).not.toContain('water-1');
    expect(campaigns.every((c: { issuer_unit_id: string; duty_run: string }) => c.issuer_unit_id === CITY && c.duty_run.startsWith(`duty-run-${id}-`))).toBe(true);

    // The run is open until its campaigns end: a second trigger is skipped (overlap: skip), and Temporal counts it.
    await http().post(`/schedules/${id}/trigger`).set(as(PRINCIPAL)).send({}).expect(200);
    const described = await eventually(async () => {
      const d = (await http().get(`/schedules/${id}`).set(as(OFFICER)).expect(200)).body;
      return d.skippedRuns === 1 && d;
    }, 'the second trigger to be skipped');
    expect(described.recentRuns).toHaveLength(1);
    expect(described.runningRuns).toEqual([described.recentRuns[0].workflowId]);

    // A failed item in county 1's self-inspection opens a hazard, as a campaign's does.
    const results = archive.checklist.map((i: { id: string }) => ({ itemId: i.id, passed: i.id !== 'water-1', note: i.id === 'water-1' ? '二号库房墙角渗水' : undefined }));
    const state = await eventually(async () => {
      const r = await http().post(`/campaigns/${archive.id}/units/${ONE}/inspection`).set(as(`${ONE}-safety-officer`)).send({ results });
      return r.status === 200 && r.body;
    }, 'county 1 to submit');
    expect(state.hazards['water-1']).toMatch(/^[0-9a-f-]{36}$/);

    await http().post(`/schedules/${id}/pause`).set(as(`${CITY}-staff-1`)).send({ note: 'x' }).expect(403);
    const paused = await http().post(`/schedules/${id}/pause`).set(as(OFFICER)).send({ note: '春节期间暂停' }).expect(200);
    expect(paused.body.paused).toBe(true);
    await http().post(`/schedules/${id}/pause`).set(as(OFFICER)).send({}).expect(409);
    const listed = JSON.parse(temporalCli('schedule', 'list')) as Array<{ scheduleId: string; info?: { paused?: boolean }; state?: { paused?: boolean } }>;
    const inTemporal = listed.find((s) => s.scheduleId === `duty-${id}`);
    expect(inTemporal).toBeDefined();
    const detail = JSON.parse(temporalCli('schedule', 'describe', '--schedule-id', `duty-${id}`));
    expect(detail.schedule.state).toMatchObject({ paused: true, notes: '春节期间暂停' });
    await http().post(`/schedules/${id}/resume`).set(as(PRINCIPAL)).send({ note: '节后恢复' }).expect(200);

    // Changing it is recorded with what it was and what it became, and Temporal follows.
    const changed = await http().patch(`/schedules/${id}`).set(as(OFFICER)).send({ spec: { calendar: { dayOfMonth: 15, hour: 10, minute: 30 } } }).expect(200);
    for (const t of changed.body.nextRuns) expect(new Date(Date.parse(t) + 8 * 3600_000).toISOString()).toMatch(/^\d{4}-\d{2}-15T10:30:00/);
    await http().patch(`/schedules/${id}`).set(as(OFFICER)).send({ spec: { everySeconds: 1 } }).expect(422);

    const history = await eventually(async () => {
      const h = (await http().get(`/schedules/${id}/history`).set(as(OFFICER)).expect(200)).body.items;
      return h.some((e: { type: string }) => e.type === 'duty_run_finished') && h;
    }, 'the run to finish at its campaigns’ deadline', 40_000);
    const own = history.filter((e: { stream: string }) => e.stream === `schedule:${id}`);
    expect(own.map((e: { type: string }) => e.type)).toEqual(['schedule_created', 'schedule_triggered', 'schedule_triggered', 'schedule_paused', 'schedule_resumed', 'schedule_changed']);
    expect(own.map((e: { actorId: string }) => e.actorId)).toEqual([OFFICER, OFFICER, PRINCIPAL, OFFICER, PRINCIPAL, OFFICER]);
    expect(own[1].payload).toEqual({ note: '汛期前提前自查' });
    expect(own[5].payload.before.spec).toEqual(MONTHLY);
    expect(own[5].payload.after.spec).toEqual({ calendar: { dayOfMonth: 15, hour: 10, minute: 30 } });
    const run = history.filter((e: { stream: string }) => e.stream.startsWith('duty-run:')).map((e: { type: string }) => e.type);
    expect(run).toEqual(['duty_run_started', 'duty_run_opened', 'duty_run_finished']);
    expect(history.find((e: { type: string }) => e.type === 'duty_run_finished').payload).toMatchObject({ submitted: 1, notSubmitted: 2 });
    await keepFinishedHistory('duty-run-self-inspection-case-log-mutex-v1', temporal.workflow.getHandle(described.recentRuns[0].workflowId));

    // Outside the unit's subtree it does not exist.
    await http().get(`/schedules/${id}`).set(as('city-a-principal')).expect(404);
    await http().post(`/schedules/${id}/trigger`).set(as('city-a-principal')).send({}).expect(404);
    expect((await http().get('/schedules').set(as('city-a-principal')).expect(200)).body.items.map((s: { id: string }) => s.id)).not.toContain(id);
    expect((await http().get('/schedules').set(as(`${ONE}-principal`)).expect(200)).body.items.map((s: { id: string }) => s.id)).not.toContain(id);
    expect((await http().get('/schedules').set(as(PRINCIPAL)).expect(200)).body.items.map((s: { id: string }) => s.id)).toContain(id);
  });

  it('a backup check that Temporal starts by itself: a pass needs evidence, a failed restore opens a major backup hazard', async () => {
    const made = await create(`${ONE}-safety-officer`, { unitId: ONE, kind: 'backup_check', title: '电子档案备份核查 · Backup check', spec: { everySeconds: 4 }, policyName: 'duty-fast', workingDay: false });
    expect(made.status).toBe(201);
    const id = made.body.id;
    const [campaign] = await eventually(async () => {
      const rows = await ds.query(`SELECT id, checklist FROM supervision_campaigns WHERE schedule_id = $1`, [id]);
      return rows.length > 0 && rows;
    }, 'the schedule to start its first run');
    await http().post(`/schedules/${id}/pause`).set(as(`${ONE}-safety-officer`)).send({ note: 'one run is enough here' }).expect(200);
    const triggered = await ds.query(`SELECT count(*)::int AS n FROM case_events WHERE stream = $1 AND type = 'schedule_triggered'`, [`schedule:${id}`]);
    expect(triggered).toEqual([{ n: 0 }]);
    expect(campaign.checklist.every((i: { category: string; evidenceRequired: boolean }) => i.category === 'backup' && i.evidenceRequired)).toBe(true);

    const submit = (results: object[]) => http().post(`/campaigns/${campaign.id}/units/${ONE}/inspection`).set(as(`${ONE}-head-it`)).send({ results });
    const bare = await eventually(async () => {
      const r = await submit(campaign.checklist.map((i: { id: string }) => ({ itemId: i.id, passed: true })));
      return r.status === 422 && r;
    }, 'a pass without evidence to be refused');
    expect(bare.body.detail).toMatch(/pass only with evidence attached/);
    const results = campaign.checklist.map((i: { id: string }) =>
      i.id === 'backup-restore' ? { itemId: i.id, passed: false, note: '恢复测试失败：备份介质损坏' } : { itemId: i.id, passed: true, evidence: [`logs/${i.id}-2026-12.pdf`] });
    const state = (await submit(results).expect(200)).body;
    const [hazard] = await ds.query(`SELECT category, severity, source, unit_id FROM hazards WHERE id = $1`, [state.hazards['backup-restore']]);
    expect(hazard).toEqual({ category: 'backup', severity: 'major', source: 'self_inspection', unit_id: ONE });
  });

  it('the annual letter round: the principal alone schedules it; a run sends the year’s letters once', async () => {
    const body = { unitId: ONE, kind: 'letter_round', title: '年度安全责任书 · Responsibility letters', spec: { calendar: { month: 1, dayOfMonth: 5, hour: 9, minute: 0 } }, policyName: 'duty-fast' };
    await create(`${ONE}-safety-officer`, body).then((r) => expect(r.status).toBe(403));
    const made = await create(`${ONE}-principal`, body);
    expect(made.status).toBe(201);
    for (const t of made.body.nextRuns) expect(new Date(Date.parse(t) + 8 * 3600_000).toISOString()).toMatch(/^\d{4}-01-05T09:00:00/);
    await http().post(`/schedules/${made.body.id}/trigger`).set(as(`${ONE}-principal`)).send({}).expect(200);
    const letters = await eventually(async () => {
      const r = (await http().get(`/responsibility-letters?unitId=${ONE}`).set(as(`${ONE}-principal`)).expect(200)).body.items;
      return r.length > 0 && r;
    }, 'the round to send its letters');
    expect(letters.every((l: { year: number }) => l.year === Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)))).toBe(true);
    const signings = await ds.query(`SELECT schedule_id FROM letter_signings WHERE unit_id = $1`, [ONE]);
    expect(signings).toEqual([{ schedule_id: made.body.id }]);
  });

  it('节前安全检查: a run opens the inspection before the next long holiday from the holiday table, due by its eve, once a holiday; with no holiday within the lead it is skipped', async () => {
    // The lead reaches exactly the next Spring Festival or National Day, whatever the day the suite runs.
    const today = chinaDate(Date.now());
    const next = holidayAhead(today, 400)!;
    const days = Math.ceil((Date.parse(`${next.startsOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
    const duties = { selfInspection: 'PT15S', backupCheck: 'PT15S', letterRound: 'PT20S' };
    await http().put('/policies/duty-holiday').set(as('prov-principal')).send({ ...policy, discipline: { duties: { ...duties, preHolidayLead: `P${days}D` } } }).expect(200);
    await http().put('/policies/duty-no-holiday').set(as('prov-principal')).send({ ...policy, discipline: { duties: { ...duties, preHolidayLead: `P${days - 1}D` } } }).expect(200);
    const body = { unitId: CITY, kind: 'pre_holiday_inspection', title: '节前安全检查', spec: { calendar: { hour: 9, minute: 0 } }, overlap: 'allow_all', workingDay: false, policyName: 'duty-holiday' };
    const made = (await create(OFFICER, body)).body;
    const runEvents = async (scheduleId: string) =>
      (await ds.query(`SELECT stream, array_agg(type ORDER BY sequence) AS types FROM case_events WHERE stream LIKE 'duty-run:%' AND payload->>'scheduleId' = $1 GROUP BY stream ORDER BY min(occurred_at)`, [scheduleId])) as Array<{ stream: string; types: string[] }>;

    await http().post(`/schedules/${made.id}/trigger`).set(as(OFFICER)).send({}).expect(200);
    const campaigns = await eventually(async () => {
      const rows = await ds.query(`SELECT title, deadline, checklist FROM supervision_campaigns WHERE schedule_id = $1 ORDER BY title`, [made.id]);
      return rows.length === 2 && rows;
    }, 'the inspection to open');
    expect(campaigns[0].title).toBe(`节前安全检查（${next.startsOn.slice(0, 4)}年${next.nameZh} · ${next.nameEn}）`);
    expect(new Date(campaigns[0].deadline).toISOString()).toBe(new Date(Date.parse(`${next.startsOn}T00:00:00+08:00`)).toISOString());
    expect(campaigns[0].checklist.map((i: { id: string }) => i.id)).toContain('hol-duty');
    const [first] = await runEvents(made.id);
    const holidayEvent = await ds.query(`SELECT payload FROM case_events WHERE stream = $1 AND type = 'duty_run_holiday'`, [first!.stream]);
    expect(holidayEvent[0].payload.holiday).toEqual(next);
    await keepHistory('duty-run-pre-holiday-v1', temporal.workflow.getHandle(first!.stream.slice('duty-run:'.length)));

    // Triggered again: the holiday has its inspection already. (Temporal names a run by its second, so the next second first.)
    const firstStarted = Date.parse((await ds.query(`SELECT occurred_at FROM case_events WHERE stream = $1 AND type = 'duty_run_started'`, [first!.stream]))[0].occurred_at);
    await eventually(async () => Date.now() >= Math.floor(firstStarted / 1000) * 1000 + 1000, 'the next second');
    await http().post(`/schedules/${made.id}/trigger`).set(as(OFFICER)).send({}).expect(200);
    const second = await eventually(async () => (await runEvents(made.id)).find((r) => r.types.includes('duty_run_skipped')), 'the second run to be skipped');
    expect(second.types).toEqual(['duty_run_started', 'duty_run_skipped']);
    expect((await ds.query(`SELECT payload FROM case_events WHERE stream = $1 AND type = 'duty_run_skipped'`, [second.stream]))[0].payload).toMatchObject({ reason: 'already_done', holiday: next.key });

    // A lead that stops a day short of the holiday finds none.
    const early = (await create(OFFICER, { ...body, policyName: 'duty-no-holiday' })).body;
    await http().post(`/schedules/${early.id}/trigger`).set(as(OFFICER)).send({}).expect(200);
    const none = await eventually(async () => (await runEvents(early.id)).find((r) => r.types.includes('duty_run_skipped')), 'the early run to be skipped');
    expect((await ds.query(`SELECT payload FROM case_events WHERE stream = $1 AND type = 'duty_run_skipped'`, [none.stream]))[0].payload.reason).toBe('no_holiday_ahead');
    expect(await ds.query(`SELECT count(*)::int AS n FROM supervision_campaigns WHERE schedule_id = $1`, [early.id])).toEqual([{ n: 0 }]);
  });

  it('风险自评 on a schedule: each unit in scope is asked to assess itself by the deadline; those that do not are reported', async () => {
    await http().put('/policies/duty-risk').set(as('prov-principal')).send({ ...policy, discipline: { duties: { selfInspection: 'PT15S', backupCheck: 'PT15S', letterRound: 'PT20S', riskAssessment: 'PT8S' } } }).expect(200);
    const made = (await create(OFFICER, { unitId: CITY, kind: 'risk_assessment', title: '安全风险自评', spec: { calendar: { month: 3, dayOfMonth: 1, hour: 9, minute: 0 } }, workingDay: false, policyName: 'duty-risk' })).body;
    await http().post(`/schedules/${made.id}/trigger`).set(as(OFFICER)).send({}).expect(200);
    const due = await eventually(async () => {
      const items = (await http().get('/notifications').set(as(`${ONE}-principal`)).expect(200)).body.items;
      return items.find((n: { kind: string }) => n.kind === 'risk_assessment_due');
    }, 'county 1 to be asked');
    expect(due.about).toEqual({ type: 'unit', id: ONE, link: `/console/#/units/${ONE}` });
    expect(due.body).toMatch(/安全风险自评/);
    expect(due.body).not.toContain(ONE);

    // County 1 assesses itself in time; the city and county 2 do not.
    const template = (await http().get(`/units/${ONE}/risk-template`).set(as(`${ONE}-safety-officer`)).expect(200)).body;
    const results = template.areas.flatMap((a: { groups: Array<{ indicators: Array<{ id: string }> }> }) => a.groups.flatMap((g) => g.indicators.map((i) => ({ indicatorId: i.id, result: 'none' }))));
    await http().post(`/units/${ONE}/risk-assessments`).set(as(`${ONE}-safety-officer`)).send({ results }).expect(201);
    const stream = await eventually(async () => {
      const [row] = await ds.query(`SELECT stream, array_agg(type ORDER BY sequence) AS types FROM case_events WHERE stream LIKE 'duty-run:%' AND payload->>'scheduleId' = $1 GROUP BY stream`, [made.id]);
      return row?.types.includes('duty_run_finished') && row;
    }, 'the round to end at its deadline', 30_000);
    expect(stream.types).toEqual(['duty_run_started', 'risk_assessment_due', 'risk_assessment_due', 'risk_assessment_due', 'duty_run_opened', 'risk_assessment_missed', 'risk_assessment_missed', 'duty_run_finished']);
    const missed = await ds.query(`SELECT payload->>'unitId' AS unit FROM case_events WHERE stream = $1 AND type = 'risk_assessment_missed' ORDER BY 1`, [stream.stream]);
    expect(missed.map((m: { unit: string }) => m.unit)).toEqual([CITY, TWO]);
    const told = await ds.query(`SELECT recipient_id FROM notifications WHERE stream = $1 AND kind = 'risk_assessment_missed' AND payload->>'unitId' = $2 ORDER BY 1`, [stream.stream, TWO]);
    expect(told.map((r: { recipient_id: string }) => r.recipient_id)).toEqual([OFFICER, `${TWO}-principal`].sort());
    const finished = await ds.query(`SELECT payload FROM case_events WHERE stream = $1 AND type = 'duty_run_finished'`, [stream.stream]);
    expect(finished[0].payload).toMatchObject({ submitted: 1, notSubmitted: 2 });
    await keepFinishedHistory('duty-run-risk-assessment-v1', temporal.workflow.getHandle(stream.stream.slice('duty-run:'.length)));
  });
});
