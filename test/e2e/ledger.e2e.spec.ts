import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { binaryBody as binary, readWorkbook, sheetRows } from '../support/xlsx.js';
import { createApp, demoUnitClone, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** A city of this file's own with two counties. */
const CITY = 'city-l';
const ONE = 'city-l-county-1';
const TWO = 'city-l-county-2';


describe('the hazard ledger (台账): search, filters and the export to Excel and CSV (real PostgreSQL)', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-b', 'city-b', CITY), demoUnitClone('city-b-county-1', 'city-b', CITY), demoUnitClone('city-b-county-2', 'city-b', CITY)];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-ledger'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
    const report = (unitId: string, category: string, severity: string, title: string, location: string) =>
      http().post('/hazards').set(as(`${unitId}-staff-1`)).send({ unitId, category, severity, title, description: `${title}，需尽快处理`, location, discoveredBy: `${unitId}-staff-1`, discoveredAt: new Date().toISOString(), source: 'report' }).expect(201);
    await report(ONE, 'water', 'major', '二号库房墙角渗水', '二号库房');
    await report(ONE, 'fire', 'general', '灭火器过期', '一楼走廊');
    await report(TWO, 'theft', 'general', '后门门禁失灵', '后门');
    await report(TWO, 'water', 'general', '屋顶排水不畅', '屋顶 50%_x');
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('searches Chinese text and filters over the units one may see; the wrong hands and filters are refused', async () => {
    const ledger = (who: string, query = '') => http().get(`/ledger${query}`).set(as(who));
    await ledger(`${ONE}-staff-1`).expect(403);
    await ledger(`${ONE}-safety-officer`, `?unitId=${TWO}`).expect(403);
    const bad = (await ledger(`${CITY}-safety-officer`, '?category=lava&pageSize=500&discoveredFrom=yesterday').expect(422)).body.errors.map((e: { field: string }) => e.field).sort();
    expect([...new Set(bad)]).toEqual(['category', 'discoveredFrom', 'pageSize']);

    const county = (await ledger(`${ONE}-safety-officer`).expect(200)).body;
    expect(county.total).toBe(2);
    expect(county.items.every((r: { unitId: string }) => r.unitId === ONE)).toBe(true);
    const city = (await ledger(`${CITY}-principal`, `?unitId=${CITY}&sort=unit&order=asc&pageSize=3`).expect(200)).body;
    expect(city).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(city.items).toHaveLength(3);
    expect(city.items[0]).toMatchObject({ unitName: expect.any(String), discoveredByName: expect.any(String) });
    expect((await ledger(`${CITY}-principal`, `?unitId=${CITY}&sort=unit&order=asc&pageSize=3&page=2`).expect(200)).body.items).toHaveLength(1);

    const titles = async (query: string) => (await ledger(`${CITY}-safety-officer`, query).expect(200)).body.items.map((r: { title: string }) => r.title).sort();
    expect(await titles(`?q=${encodeURIComponent('渗水')}`)).toEqual(['二号库房墙角渗水']);
    expect(await titles(`?q=${encodeURIComponent('走廊')}`)).toEqual(['灭火器过期']);
    expect(await titles(`?q=${encodeURIComponent('50%_')}`)).toEqual(['屋顶排水不畅']);
    expect(await titles('?category=water')).toEqual(['二号库房墙角渗水', '屋顶排水不畅']);
    expect(await titles(`?category=water&unitId=${TWO}`)).toEqual(['屋顶排水不畅']);
    expect(await titles('?severity=major')).toEqual(['二号库房墙角渗水']);
    expect(await titles('?overdue=true')).toEqual([]);
    expect(await titles(`?discoveredTo=${encodeURIComponent(new Date(Date.now() - 86_400_000).toISOString())}`)).toEqual([]);
  });

  it('exports the filtered ledger as .xlsx with Chinese headers and names, and as CSV, streamed with the right headers', async () => {
    const res = await http().get(`/ledger/export?format=xlsx&unitId=${CITY}&sort=severity`).set(as(`${CITY}-safety-officer`)).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="hazard-ledger\.xlsx"; filename\*=UTF-8''%E9%9A%90%E6%82%A3%E5%8F%B0%E8%B4%A6-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = sheetRows(await readWorkbook(res.body as Buffer), '隐患台账');
    expect(rows[0]).toEqual(['隐患名称', '单位', '类别', '等级', '状态', '来源', '位置', '描述', '发现时间', '发现人', '责任人', '当前期限', '是否逾期', '挂牌督办']);
    expect(rows).toHaveLength(5);
    const water = rows.find((r) => r[0] === '二号库房墙角渗水')!;
    expect(water.slice(2, 4)).toEqual(['防汛/水患', '重大隐患']);
    expect(JSON.stringify(rows)).not.toMatch(new RegExp(`${ONE}|${TWO}|[0-9a-f]{8}-[0-9a-f]{4}-`));
    // Sorted by severity, the major one first.
    expect(rows[1]![0]).toBe('二号库房墙角渗水');

    const csv = await http().get(`/ledger/export?format=csv&category=water`).set(as(`${CITY}-principal`)).buffer(true).parse(binary).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF隐患名称,单位,类别')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(3);
    await http().get('/ledger/export?format=pdf').set(as(`${CITY}-principal`)).expect(422);
    await http().get('/ledger/export?format=csv').set(as(`${ONE}-staff-1`)).expect(403);
  });
});
