import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Client } from '@temporalio/client';
import { DEFAULT_POLICY, previousQuarter, statisticsWorkflowId, type EscalationPolicy } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { keepFinishedHistory } from '../support/histories.js';
import { binaryBody, readWorkbook, sheetRows } from '../support/xlsx.js';
import { pdfText } from '../support/pdf.js';
import { createApp, demoUnitClone, eventually, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** A city of this file's own with two counties. */
const CITY = 'city-q';
const ONE = 'city-q-county-1';
const TWO = 'city-q-county-2';
const duties = { selfInspection: 'PT15S', backupCheck: 'PT15S', letterRound: 'PT20S', statisticsPerLevel: 'PT5S' };
const policy: EscalationPolicy = { ...DEFAULT_POLICY, discipline: { duties } };

describe('quarterly statistics report (季度统计报告) sent up level by level (real Temporal Schedules and PostgreSQL)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  let temporal: Client;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-b', 'city-b', CITY), demoUnitClone('city-b-county-1', 'city-b', CITY), demoUnitClone('city-b-county-2', 'city-b', CITY)];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-statistics'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    temporal = await temporalClient();
    await http().put('/policies/statistics-fast').set(as('prov-principal')).send(policy).expect(200);
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('each county confirms its quarter or is flagged late; the city confirms with what came up; the report is complete once a quarter', async () => {
    // A theft hazard county 1 discovered last quarter.
    const quarter = previousQuarter(Date.now());
    const discoveredAt = new Date((Date.parse(quarter.from) + Date.parse(quarter.to)) / 2).toISOString();
    await http().post('/hazards').set(as(`${ONE}-staff-1`)).send({ unitId: ONE, category: 'theft', severity: 'general', title: '侧门锁损坏', description: '侧门无法锁闭', location: '侧门', discoveredBy: `${ONE}-staff-1`, discoveredAt, source: 'report' }).expect(201);

    const made = (await http().post('/schedules').set(as(`${CITY}-safety-officer`)).send({ unitId: CITY, kind: 'statistics_report', title: '安全隐患季度统计', spec: { calendar: { dayOfMonth: 5, hour: 9, minute: 0 } }, workingDay: false, policyName: 'statistics-fast' }).expect(201)).body;
    // With no month named, it runs in the first month of each quarter.
    for (const t of made.nextRuns) expect([1, 4, 7, 10]).toContain(new Date(Date.parse(t) + 8 * 3600_000).getUTCMonth() + 1);
    await http().post(`/schedules/${made.id}/trigger`).set(as(`${CITY}-safety-officer`)).send({}).expect(200);

    const listed = await eventually(async () => (await http().get('/statistics-reports').set(as(`${ONE}-principal`)).expect(200)).body.items[0], 'the report to open');
    expect(listed).toMatchObject({ rootUnitId: CITY, year: quarter.year, quarter: quarter.quarter, status: 'collecting', title: `安全隐患季度统计（${quarter.year}年第${quarter.quarter}季度 · Q${quarter.quarter} ${quarter.year}）` });
    const id = listed.id;
    const mine = (await http().get(`/statistics-reports/${id}`).set(as(`${ONE}-principal`)).expect(200)).body;
    expect(mine.units.map((u: { unitId: string }) => u.unitId)).toEqual([ONE]);
    expect(mine.units[0]).toMatchObject({ depth: 1, status: 'pending', mayConfirm: true });
    const due = await eventually(async () => (await http().get('/notifications').set(as(`${TWO}-principal`)).expect(200)).body.items.find((n: { kind: string }) => n.kind === 'statistics_due'), 'county 2 to be asked');
    expect(due.about).toEqual({ type: 'statistics', id, link: `/console/#/statistics/${id}` });
    expect(due.body).toMatch(/请于 .*前核对并确认/);

    // Wrong hands and wrong order change nothing.
    const confirm = (who: string, unitId: string, note: unknown = '') => http().post(`/statistics-reports/${id}/units/${unitId}/confirm`).set(as(who)).send({ note });
    await confirm(`${ONE}-staff-1`, ONE).expect(403);
    await confirm(`${ONE}-principal`, TWO).expect(404);
    await confirm('city-a-principal', ONE).expect(404);
    expect([...new Set((await confirm(`${ONE}-principal`, ONE, 42).expect(422)).body.errors.map((e: { field: string }) => e.field))]).toEqual(['note']);
    expect((await confirm(`${CITY}-principal`, CITY).expect(409)).body.detail).toMatch(/below have not reported/);

    const one = (await confirm(`${ONE}-safety-officer`, ONE, '本季度发现1处隐患').expect(200)).body;
    expect(one.units.find((u: { unitId: string }) => u.unitId === ONE).status).toBe('confirmed');
    await confirm(`${ONE}-principal`, ONE).expect(409);

    // County 2 says nothing: at its level's deadline it is flagged late, and it and the city are told.
    const late = await eventually(async () => {
      const r = (await http().get(`/statistics-reports/${id}`).set(as(`${CITY}-principal`)).expect(200)).body;
      return r.units.find((u: { unitId: string; status: string }) => u.unitId === TWO && u.status === 'late') && r;
    }, 'county 2 to be flagged late', 30_000);
    expect(late.units.find((u: { unitId: string }) => u.unitId === CITY).mayConfirm).toBe(true);
    const toldLate = await ds.query(`SELECT recipient_id FROM notifications WHERE stream = $1 AND kind = 'statistics_late' ORDER BY 1`, [`statistics:${id}`]);
    expect(toldLate.map((r: { recipient_id: string }) => r.recipient_id)).toEqual([`${CITY}-principal`, `${CITY}-safety-officer`, `${TWO}-principal`, `${TWO}-safety-officer`].sort());

    await confirm(`${CITY}-principal`, CITY, '县二未按期报送').expect(200);
    const done = await eventually(async () => {
      const r = (await http().get(`/statistics-reports/${id}`).set(as(`${CITY}-principal`)).expect(200)).body;
      return r.status === 'complete' && r;
    }, 'the report to be complete');
    expect(done.total).toMatchObject({ found: 1, open: 1, byCategory: { theft: 1 } });
    const city = done.units.find((u: { unitId: string }) => u.unitId === CITY);
    expect(city.own).toMatchObject({ found: 0 });
    expect(city.total).toMatchObject({ found: 1 });
    expect(done.units.find((u: { unitId: string }) => u.unitId === ONE).own).toMatchObject({ found: 1, byCategory: { theft: 1 } });
    const events = (await ds.query(`SELECT type FROM case_events WHERE stream = $1 ORDER BY sequence`, [`statistics:${id}`])).map((e: { type: string }) => e.type);
    expect(events).toEqual(['statistics_report_opened', 'statistics_requested', 'statistics_requested', 'statistics_requested', 'statistics_confirmed', 'statistics_late', 'statistics_confirmed', 'statistics_report_complete']);
    // As .xlsx for the principal to sign and send up: Chinese headers, each unit's status and totals, names not ids.
    const xlsx = await http().get(`/statistics-reports/${id}/export`).set(as(`${CITY}-principal`)).buffer(true).parse(binaryBody).expect(200);
    expect(xlsx.headers['content-disposition']).toContain(`filename="statistics-${quarter.year}-q${quarter.quarter}.xlsx"`);
    const book = await readWorkbook(xlsx.body as Buffer);
    const rows = sheetRows(book, '季度统计');
    expect(rows[1]!.slice(0, 5)).toEqual(['单位', '层级', '报送状态', '确认人', '发现隐患']);
    // The city first (its total carries county 1's hazard), then the counties; county 2, late, sent nothing up (an empty cell).
    expect(rows.slice(2).map((r) => r[4])).toEqual([1, ...(rows[3]![2] === '迟报' ? ['', 1] : [1, ''])]);
    expect(rows.slice(2).map((r) => r[2]).filter((x) => x === '迟报')).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(new RegExp(`${CITY}|[0-9a-f]{8}-[0-9a-f]{4}-`));
    expect(book.getWorksheet('按类别')!.getRow(1).values).toContain('防盗');
    // As a PDF in Chinese, with a place for the principal's signature.
    const pdf = await http().get(`/statistics-reports/${id}/export?format=pdf`).set(as(`${CITY}-principal`)).buffer(true).parse(binaryBody).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`季度统计-${quarter.year}年第${quarter.quarter}季度.pdf`)}`);
    const text = pdfText(pdf.body as Buffer);
    for (const words of ['填报单位', '报送状态', '发现隐患', '迟报', '按类别统计的发现隐患', '防盗', '单位主要负责人（签字）']) expect(text).toContain(words);
    expect(text).not.toMatch(new RegExp(`${CITY}|[0-9a-f]{8}-[0-9a-f]{4}-`));
    await http().get(`/statistics-reports/${id}/export?format=docx`).set(as(`${CITY}-principal`)).expect(422);
    await keepFinishedHistory('statistics-report-v1', temporal.workflow.getHandle(statisticsWorkflowId(id)));

    // The duty run ends with it; a second run in the quarter finds it done.
    const run = await eventually(async () => {
      const [r] = await ds.query(`SELECT stream, array_agg(type ORDER BY sequence) AS types FROM case_events WHERE stream LIKE 'duty-run:%' AND payload->>'scheduleId' = $1 GROUP BY stream`, [made.id]);
      return r?.types.includes('duty_run_finished') && r;
    }, 'the run to finish');
    expect((await ds.query(`SELECT payload FROM case_events WHERE stream = $1 AND type = 'duty_run_finished'`, [run.stream]))[0].payload).toMatchObject({ submitted: 2, notSubmitted: 1 });
    await http().post(`/schedules/${made.id}/trigger`).set(as(`${CITY}-safety-officer`)).send({}).expect(200);
    const skipped = await eventually(async () => (await ds.query(`SELECT payload FROM case_events WHERE type = 'duty_run_skipped' AND payload->>'scheduleId' = $1`, [made.id]))[0], 'the second run to be skipped');
    expect(skipped.payload).toMatchObject({ reason: 'already_done', holiday: `${quarter.year}-Q${quarter.quarter}` });
    await http().get(`/statistics-reports/${id}`).set(as('city-a-principal')).expect(404);
  });
});
