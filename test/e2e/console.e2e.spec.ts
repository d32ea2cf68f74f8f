import type { INestApplication } from '@nestjs/common';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, DEFAULT_SANCTION_RULES } from '#domain';
import { parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { readWorkbook, sheetRows } from '../support/xlsx.js';
import { jpegWithLocation } from '../support/evidence-files.js';
import { pdfFirstPagePng, pdfText } from '../support/pdf.js';
import { englishChrome, requestTracker, RAW_ID, seriousA11yViolations } from '../support/page-checks.js';
import { createApp, demoUnitClone, eventually, infra, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type RunningWorker } from '../support/harness.js';

const UNIT = 'city-a-county-5';
const UNIT_NAME = '东县第五档案馆';
const u = (role: string) => `${UNIT}-${role}`;
/** A Beijing wall-clock time as antd's pickers take it (YYYY-MM-DD HH:mm). */
const beijingInput = (ms: number) => new Date(ms).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
const SHOTS = 'test-results/console';
// Debian's Chromium, headless, with nothing of its own running in the background.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];


describe('leaders’ console in a real browser', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let base: string;
  const profiles: string[] = [];
  const contexts: BrowserContext[] = [];

  async function browser(locale: string, viewport = { width: 1280, height: 900 }, bypassCSP = false): Promise<Page> {
    const dir = mkdtempSync(join(tmpdir(), 'dutychain-chromium-'));
    profiles.push(dir);
    const context = await chromium.launchPersistentContext(dir, { executablePath: infra.chromiumPath, headless: true, args: CHROMIUM_ARGS, locale, timezoneId: 'UTC', viewport, bypassCSP });
    contexts.push(context);
    return context.pages()[0] ?? context.newPage();
  }

  async function signIn(page: Page, personId: string, label = 'Person', button = 'Sign in'): Promise<void> {
    await page.goto(`${base}/console/`);
    // The picker shows names; a person's sign-in id, typed in full, finds them too.
    const who = page.getByLabel(label);
    await who.click();
    await who.fill(personId);
    await page.locator('.ant-select-item-option-active').waitFor();
    await who.press('Enter');
    await page.getByRole('button', { name: button }).click();
    await page.locator(`header .who[data-person="${personId}"]`).waitFor();
  }

  /** A person's name, as the pages show it. */
  const nameOf = async (personId: string): Promise<string> => (await ds.query(`SELECT name FROM people WHERE id = $1`, [personId]))[0].name;

  /** A photo's thumbnail shown on the page: fetched with the token (a blob: URL) and decoded by the browser. */
  async function photoShown(page: Page, fileName: string): Promise<void> {
    const img = page.locator(`[data-evidence="${fileName}"] img[src^="blob:"]`);
    await img.waitFor();
    // Decoded: complete, with a width (a broken image has none).
    await eventually(async () => img.evaluate((i) => { const el = i as unknown as { complete: boolean; naturalWidth: number }; return el.complete && el.naturalWidth > 0; }), `${fileName} decoded`);
  }

  /** Picks an option of an antd Select by its label. */
  /** The main menu, opened first on a phone (where it lives in a drawer behind the header's menu button). */
  async function mainMenu(page: Page): Promise<ReturnType<Page['locator']>> {
    const toggle = page.locator('header [data-nav-toggle]');
    if (await toggle.isVisible()) await toggle.click();
    const menu = page.locator('nav[data-nav]');
    await menu.waitFor();
    return menu;
  }

  async function navTo(page: Page, name: string): Promise<void> {
    await (await mainMenu(page)).getByRole('link', { name, exact: true }).click();
    // On a phone the drawer closes on the way: wait until its mask no longer covers the page.
    await page.locator('.ant-drawer-mask').first().waitFor({ state: 'hidden' });
  }

  /** An antd DatePicker with time: typed as "YYYY-MM-DD HH:mm" and confirmed. */
  async function pickTime(input: ReturnType<Page['locator']>, value: string): Promise<void> {
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  /** An antd Select's option by its text; `search` types it first, for a long list that renders only the options in view. */
  async function pick(page: Page, select: ReturnType<Page['locator']>, option: string, search = false): Promise<void> {
    await select.click();
    if (search) await select.pressSequentially(option);
    await page.locator('.ant-select-item-option', { hasText: option }).first().click();
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ds = await openDataSource();
    // A name of its own, so that pickers over the city's units (other suites' clones among them) tell it apart.
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units: [{ ...demoUnitClone('city-a-county-1', 'city-a-county-1', UNIT), name: UNIT_NAME }] }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-console'), ds);
    app = await createApp();
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  // Each test's browsers close when it ends: left open, their pages keep polling the API (and the
  // CPU the other suites share) for the rest of the file.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    for (const dir of profiles.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  afterAll(async () => {
    // Requests the pages still had in flight finish before the app's database goes (Nest closes it before the server).
    await new Promise((resolve) => app?.getHttpServer().close(resolve));
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  it('a staff member reports a leak with a photo on a phone; the head acknowledges and asks for more time; the deputy approves it in My work', async () => {
    const as = await signInEveryone(app, ds);
    const http = () => request(app.getHttpServer());
    const [headName, deputyName] = await Promise.all([nameOf(u('head-security')), nameOf(u('deputy-1'))]);

    // The staff member, on a phone, in Chinese: the report form with a photo from the camera.
    const staff = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(staff, u('staff-1'), '人员', '登录');
    await navTo(staff, '上报隐患');
    const form = staff.getByRole('form', { name: '上报隐患' });
    await pick(staff, form.getByLabel('隐患类别'), '防盗');
    await form.getByLabel('隐患名称').fill('四号库房门锁损坏');
    await form.getByLabel('具体位置').fill('四号库房');
    await form.getByLabel('隐患情况').fill('门锁无法锁闭');
    await form.locator('input[type="file"]').setInputFiles({ name: 'lock.jpg', mimeType: 'image/jpeg', buffer: await jpegWithLocation(800, 600, '#6d4c41') });
    await form.getByText('lock.jpg').waitFor();
    await staff.screenshot({ path: `${SHOTS}/1-report-phone-zh.png`, fullPage: true });
    await form.getByRole('button', { name: '上报' }).click();
    await staff.getByRole('heading', { name: '四号库房门锁损坏' }).waitFor();
    const id = /#\/hazards\/([0-9a-f-]{36})/.exec(staff.url())![1]!;
    await photoShown(staff, 'lock.jpg');
    await eventually(async () => (await http().get(`/hazards/${id}`).set(as(u('principal')))).body.status === 'assigned', 'assignment');
    expect((await http().get(`/hazards/${id}/attachments`).set(as(u('principal')))).body.items).toEqual([expect.objectContaining({ fileName: 'lock.jpg', locationStripped: true })]);

    // The department head, in English, from My work: acknowledge, then ask for more time.
    const head = await browser('en-US');
    await signIn(head, u('head-security'));
    const card = head.locator('[data-work="acknowledge"]', { hasText: '四号库房门锁损坏' });
    await expectText(card.locator('.next-step'), new RegExp(`^Next step：Acknowledge the hazard · by .* · goes up to ${deputyName} if late$`));
    await card.getByRole('link', { name: '四号库房门锁损坏' }).click();
    await head.locator('[data-status="assigned"]').waitFor();
    await head.getByRole('button', { name: 'Acknowledge' }).click();
    await head.locator('[data-status="acknowledged"]').waitFor();
    const extension = head.getByRole('form', { name: 'Request extension' });
    const before = Date.parse((await http().get(`/hazards/${id}`).set(as(u('head-security')))).body.stage.deadline);
    // The form starts a day after the current deadline; without a reason it is not sent.
    await extension.getByRole('button', { name: 'Request extension' }).click();
    await expectText(extension.locator('.ant-form-item-explain-error'), /Why more time is needed/);
    await head.screenshot({ path: `${SHOTS}/2-extension-validation.png`, fullPage: true });
    await extension.getByLabel('Why more time is needed').fill('a new lock must be ordered from the supplier');
    await extension.getByRole('button', { name: 'Request extension' }).click();
    await head.getByRole('status').getByText('Request extension: Done.').waitFor();
    await head.locator('[data-request="pending"]').waitFor();

    // The deputy in charge, in Chinese: the decision waits in My work with the hazard, the next step and the time left.
    const deputy = await browser('zh-CN');
    await signIn(deputy, u('deputy-1'), '人员', '登录');
    await deputy.getByRole('heading', { name: '我的工作' }).waitFor();
    const decision = deputy.locator('[data-work="decide"]', { hasText: '四号库房门锁损坏' });
    await decision.getByText('a new lock must be ordered from the supplier').waitFor();
    await expectText(decision.locator('.next-step'), new RegExp(`^下一步：审批延期申请 · .* 前 · 申请人：${headName}$`));
    await expectText(decision.locator('time.countdown'), /^剩余 \d+(天\d+小时|小时\d+分|分\d+秒)$/);
    await deputy.screenshot({ path: `${SHOTS}/3-deputy-work-zh.png`, fullPage: true });
    await decision.getByLabel('审批意见').fill('同意，本周内采购');
    await decision.getByRole('button', { name: '批准' }).click();
    await deputy.locator('.ant-popconfirm').getByRole('button', { name: '批准' }).click();
    await deputy.getByRole('status').getByText('已记录审批意见：四号库房门锁损坏').waitFor();
    await pick(deputy, deputy.getByLabel('语言'), 'English');
    await deputy.getByRole('heading', { name: 'My work' }).waitFor();

    const hazard = await eventually(async () => {
      const h = (await http().get(`/hazards/${id}`).set(as(u('deputy-1')))).body;
      return h.events.some((e: { type: string }) => e.type === 'deadline_extended') ? h : null;
    }, 'the extension recorded');
    expect(Date.parse(hazard.stage.deadline)).toBe(Math.floor((before + 86_400_000) / 1000) * 1000);
    expect(hazard.requests).toEqual([expect.objectContaining({ status: 'approved', decidedBy: u('deputy-1'), comment: '同意，本周内采购' })]);

    // The hazard page on a phone: the new deadline in Beijing time, the event, a verified chain, the ladder by name.
    const phone = await browser('en-US', { width: 390, height: 844 });
    await signIn(phone, u('deputy-1'));
    await phone.goto(`${base}/console/#/hazards/${id}`);
    await phone.locator('[data-event="deadline_extended"]').first().waitFor();
    const shown = new Date(hazard.stage.deadline).toLocaleString('en-GB', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });
    await expectText(phone.getByTestId('deadline'), new RegExp(shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expectText(phone.getByTestId('chain-status'), /Audit chain verified/);
    expect(await phone.locator('.ladder [aria-current="step"]').textContent()).toContain(headName);
    await phone.screenshot({ path: `${SHOTS}/4-hazard-page-phone.png`, fullPage: true });

    await navTo(phone, 'Unit overview');
    await expectText(phone.locator('tbody tr td[data-risk="none"]'), /^Not assessed yet$/);
    await expectText(phone.locator('td[data-counts="general"]').first(), /^1 \/ 0 \/ 0$/);
    await phone.screenshot({ path: `${SHOTS}/5-overview-phone.png`, fullPage: true });
    // A count opens the ledger with its filters: the unit's closed general hazards.
    await phone.locator('td[data-counts="general"]').first().locator('a').last().click();
    await phone.waitForURL(/#\/ledger\?unitId=.*&severity=general&status=closed$/);
    // The unit has one open hazard and none closed: the filter is applied.
    await phone.getByText('0 hazards').waitFor();
  });

  it('the head reports the rectification with a photo; the safety officer sees both photos and verifies it, confirming first', async () => {
    const as = await signInEveryone(app, ds);
    const http = () => request(app.getHttpServer());
    const id = (await http().get(`/hazards?unitId=${UNIT}`).set(as(u('principal')))).body.items.find((h: { title: string }) => h.title === '四号库房门锁损坏').id;

    const head = await browser('en-US', { width: 390, height: 844 });
    await signIn(head, u('head-security'));
    await head.goto(`${base}/console/#/hazards/${id}`);
    const rect = head.getByRole('form', { name: 'Submit rectification' });
    await rect.getByLabel('Summary').fill('New lock fitted and tested');
    await rect.locator('input[type="file"]').setInputFiles({ name: 'new-lock.jpg', mimeType: 'image/jpeg', buffer: await jpegWithLocation(640, 480, '#2e7d32') });
    await rect.getByText('new-lock.jpg').waitFor();
    await rect.getByRole('button', { name: 'Submit rectification' }).click();
    await head.locator('[data-status="rectified"]').waitFor();

    const officer = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(officer, u('safety-officer'), '人员', '登录');
    const card = officer.locator('[data-work="verify"]', { hasText: '四号库房门锁损坏' });
    await card.getByRole('link', { name: '查看隐患' }).click();
    await photoShown(officer, 'lock.jpg');
    await photoShown(officer, 'new-lock.jpg');
    await officer.locator('[data-event="rectification_submitted"]', { hasText: 'New lock fitted and tested' }).waitFor();
    await officer.screenshot({ path: `${SHOTS}/6-verifier-sees-photos-zh.png`, fullPage: true });
    const verify = officer.getByRole('form', { name: '验收' });
    await verify.getByLabel('验收意见').fill('现场查看，门锁正常');
    await verify.getByRole('button', { name: '验收' }).click();
    await officer.locator('.ant-popconfirm').getByRole('button', { name: '验收' }).click();
    await officer.locator('[data-status="closed"]').waitFor();
  });

  it('the bell counts a new notice live (Server-Sent Events), and the notice opens its hazard', async () => {
    const as = await signInEveryone(app, ds);
    const http = () => request(app.getHttpServer());
    const head = await browser('zh-CN');
    await signIn(head, u('head-security'), '人员', '登录');
    const bell = head.locator('header .bell');
    await head.locator('header .bell[data-unread]:not([data-unread=""])').waitFor();
    const before = Number(await bell.getAttribute('data-unread'));
    const reported = await http()
      .post('/hazards')
      .set(as(u('staff-1')))
      .send({ unitId: UNIT, category: 'fire', severity: 'general', title: '消防通道被杂物堵塞', description: '二号库房外通道', location: '二号库房', discoveredBy: u('staff-1'), discoveredAt: new Date().toISOString(), source: 'report' })
      .expect(201);
    // No reload, no polling by the page: the stream brings the new count.
    await head.locator(`header .bell[data-unread="${before + 1}"]`).waitFor({ timeout: 20_000 });
    await head.screenshot({ path: `${SHOTS}/bell-zh.png` });
    await head.locator('header .bell').click();
    const item = head.locator('ul.notices li[data-read="false"]', { hasText: '消防通道被杂物堵塞' });
    await item.getByText('【隐患交办】').waitFor();
    await head.screenshot({ path: `${SHOTS}/notices-zh.png` });
    await item.locator('button.notice').click();
    await head.waitForURL(`**/console/#/hazards/${reported.body.id}`);
    await head.getByRole('heading', { name: '消防通道被杂物堵塞' }).waitFor();
    await head.locator(`header .bell[data-unread="${before}"]`).waitFor({ timeout: 20_000 });
  });

  it('an incident goes up in the console: staff report it on a phone; the city, holding it, opens it from a notice and passes it on', async () => {
    const cityName: string = (await ds.query(`SELECT name FROM units WHERE id = 'city-a'`))[0].name;
    // A staff member reports it on a phone, from the incidents page.
    const staff = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(staff, u('staff-1'), '人员', '登录');
    await navTo(staff, '安全事件');
    const report = staff.getByRole('form', { name: '报告安全事件' });
    await report.getByLabel('事件名称').fill('阅览室烟感报警失灵');
    await report.getByLabel('事件经过').fill('三楼阅览室');
    await report.getByRole('button', { name: '报告' }).click();
    await staff.waitForURL(/#\/incidents\/[0-9a-f-]{36}$/);
    const incidentId = /#\/incidents\/([0-9a-f-]{36})$/.exec(staff.url())![1]!;
    await staff.getByRole('heading', { name: '阅览室烟感报警失灵' }).waitFor();
    // The county reported it; the city holds it now. Staff may not pass it on: no form is offered.
    await staff.locator('[data-outcome="reported"]').waitFor();
    await staff.getByText(`待${cityName}转报`).waitFor();
    expect(await staff.getByRole('form', { name: '转报上一级' }).count()).toBe(0);
    await staff.screenshot({ path: `${SHOTS}/incident-phone-zh.png`, fullPage: true });

    // The city's principal opens it from the notice and passes it on, confirming first.
    const city = await browser('zh-CN');
    await signIn(city, 'city-a-principal', '人员', '登录');
    await city.locator('header .bell').click();
    await city.locator('ul.notices li', { hasText: '阅览室烟感报警失灵' }).locator('button.notice').first().click();
    await city.waitForURL(`**/console/#/incidents/${incidentId}`);
    await city.getByRole('heading', { name: '阅览室烟感报警失灵' }).waitFor();
    const forward = city.getByRole('form', { name: '转报上一级' });
    await forward.getByLabel('给上级的说明（可不填）').fill('已启用备用烟感');
    await forward.getByRole('button', { name: '转报' }).click();
    await city.locator('.ant-popconfirm').getByRole('button', { name: '转报' }).click();
    await city.getByRole('status').getByText('已转报。').waitFor();
    await city.locator('[data-outcome="forwarded"]').waitFor();
    expect(await city.getByRole('form', { name: '转报上一级' }).count()).toBe(0);
    await city.screenshot({ path: `${SHOTS}/incident-forwarded-zh.png`, fullPage: true });
    const events: Array<{ type: string; actorId: string | null }> = await ds.query(`SELECT type, actor_id AS "actorId" FROM case_events WHERE stream = $1 ORDER BY sequence`, [`incident:${incidentId}`]);
    expect(events.filter((e) => e.type === 'incident_forwarded')).toEqual([expect.objectContaining({ actorId: 'city-a-principal' })]);
  });

  it('the city starts a campaign in the console; the county fills in its checklist on a phone; the report comes at the deadline', async () => {
    const city = await browser('zh-CN');
    await signIn(city, 'city-a-principal', '人员', '登录');
    await navTo(city, '专项督查');
    const start = city.getByRole('form', { name: '发起专项督查' });
    await start.getByLabel('督查名称').fill('汛期安全专项检查');
    // Due in about two minutes (the picker takes minutes), so that the report is compiled during the test.
    await pickTime(start.getByLabel('截止时间（北京时间）'), beijingInput(Date.now() + 150_000));
    await start.locator('[data-item="1"]').getByLabel('检查内容').fill('排水泵可用');
    await start.getByRole('button', { name: '添加检查项目' }).click();
    await start.locator('[data-item="2"]').getByLabel('检查内容').fill('档案库房无渗漏');
    await start.locator('[data-item="2"]').getByText('重大隐患').click();
    await pick(city, start.getByLabel('开展自查的单位'), UNIT_NAME, true);
    await city.keyboard.press('Escape');
    await city.screenshot({ path: `${SHOTS}/campaign-start-zh.png`, fullPage: true });
    await start.getByRole('button', { name: '发起' }).click();
    await city.waitForURL(/#\/campaigns\/[0-9a-f-]{36}$/);
    const campaignId = /#\/campaigns\/([0-9a-f-]{36})$/.exec(city.url())![1]!;
    await city.getByRole('heading', { name: '汛期安全专项检查' }).waitFor();
    await city.locator('tr[data-status="pending"]', { hasText: UNIT_NAME }).getByText('待报送').waitFor();
    const stored = (await ds.query(`SELECT checklist, created_by AS "createdBy" FROM supervision_campaigns WHERE id = $1`, [campaignId]))[0];
    expect(stored).toEqual({ createdBy: 'city-a-principal', checklist: [
      { id: 'item-1', text: '排水泵可用', category: 'fire', severity: 'general' },
      { id: 'item-2', text: '档案库房无渗漏', category: 'fire', severity: 'major' },
    ] });
    expect(await ds.query(`SELECT unit_id FROM campaign_units WHERE campaign_id = $1`, [campaignId])).toEqual([{ unit_id: UNIT }]);

    // The county's safety officer fills in the checklist on a phone, item by item; a failed item opens a hazard.
    const officer = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(officer, u('safety-officer'), '人员', '登录');
    await navTo(officer, '专项督查');
    await officer.getByRole('link', { name: '汛期安全专项检查' }).click();
    const checklist = officer.getByRole('form', { name: /自查$/ });
    const item = checklist.locator('[data-item="item-1"]');
    await item.getByText('不合格（生成隐患）').click();
    await item.getByLabel('说明').fill('二号泵无法启动');
    await officer.screenshot({ path: `${SHOTS}/campaign-checklist-phone-zh.png`, fullPage: true });
    await checklist.getByRole('button', { name: '报送自查结果' }).click();
    await officer.locator('tr[data-status="submitted"]').getByText(/已报送/).waitFor();
    // The hazard the failed item opened, by the item's words (the page refreshes itself).
    await officer.locator('tr[data-status="submitted"] a', { hasText: '排水泵可用' }).waitFor();

    // At the deadline the campaign compiles its report; the city's page shows it (it refreshes itself).
    const report = city.getByTestId('campaign-report');
    await report.locator('tr', { hasText: UNIT_NAME }).getByText('排水泵可用').waitFor({ timeout: 240_000 });
    await report.getByText('合计').waitFor();
    await city.screenshot({ path: `${SHOTS}/campaign-report-zh.png`, fullPage: true });
    const [download] = await Promise.all([city.waitForEvent('download'), report.getByRole('button', { name: '下载（CSV）' }).click()]);
    expect(download.suggestedFilename()).toBe('汛期安全专项检查.csv');
    // The API sends a byte-order mark (campaigns.e2e checks it); the saved file is read with or without one.
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('单位,是否报送,报送时间（北京时间）,提醒次数,逾期告知上级,检查项数,不合格项,一般隐患,重大隐患,逾期隐患,未报告的隐患');
    expect(csv[1]).toMatch(new RegExp(`^${UNIT_NAME},是,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},0,否,2,排水泵可用,1,0,0,$`));
  }, 360_000);

  it('a safety officer sets up a monthly self-inspection on a phone, pauses, resumes and runs it; the history reads in Chinese; staff get no controls', async () => {
    const phone = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(phone, u('safety-officer'), '人员', '登录');
    await navTo(phone, '定期工作');
    await phone.getByText('本单位尚未设置定期工作。').waitFor();
    // A safety officer is offered no letter round (the principal's duty).
    await phone.getByLabel('工作类型').click();
    await phone.locator('.ant-select-item-option', { hasText: '月度安全自查' }).waitFor();
    expect(await phone.locator('.ant-select-item-option', { hasText: '年度安全责任书签订' }).count()).toBe(0);
    await phone.getByLabel('工作类型').press('Escape');
    // 30 February passes the form's own checks; the API names the field and the form shows it there.
    await pick(phone, phone.getByLabel('月份'), '2');
    await phone.getByLabel('日', { exact: true }).fill('30');
    await phone.getByRole('button', { name: '设置', exact: true }).click();
    // The API's code and parameters, worded in Chinese.
    await expectText(phone.locator('.ant-form-item:has(#new-schedule_dayOfMonth) .ant-form-item-explain-error'), /^2 月没有 30 日$/);
    await pick(phone, phone.getByLabel('月份'), '每月');
    await phone.getByLabel('日', { exact: true }).fill('1');
    await phone.getByRole('button', { name: '设置', exact: true }).click();
    const card = phone.locator('li[data-schedule]', { hasText: '月度安全自查' });
    await card.getByText('每月1日 09:00').waitFor();
    const id = await card.getAttribute('data-schedule');
    try {
      await card.getByRole('button', { name: '暂停' }).click();
      await card.getByText('已暂停').waitFor();
      await card.getByRole('button', { name: '恢复' }).click();
      await card.getByRole('button', { name: '暂停' }).waitFor();
      await card.getByRole('button', { name: '立即执行' }).click();
      await card.getByText('已要求立即执行。').waitFor();
      await phone.screenshot({ path: `${SHOTS}/schedules-phone-zh.png`, fullPage: true });
      await card.getByRole('link', { name: /月度安全自查/ }).click();
      await phone.waitForURL(`**/console/#/schedules/${id}`);
      for (const step of ['设置', '暂停', '恢复', '要求立即执行']) await phone.locator('ol li', { hasText: ` · ${step} · ` }).first().waitFor();
      await eventually(async () => {
        await phone.reload();
        // Count once the history has loaded again, not while the page still says 加载中.
        await phone.locator('ol li', { hasText: ' · 设置 · ' }).first().waitFor();
        return (await phone.locator('ol li', { hasText: '检查表已下发各单位' }).count()) > 0;
      }, 'the run to send its checklists');
      expect(await phone.locator('main').innerText()).not.toMatch(/schedule_|duty_run_|[0-9a-f]{8}-[0-9a-f]{4}-/);
      await phone.screenshot({ path: `${SHOTS}/schedule-history-zh.png`, fullPage: true });

      const staff = await browser('zh-CN');
      await signIn(staff, u('staff-1'), '人员', '登录');
      await staff.goto(`${base}/console/#/schedules`);
      await staff.locator('li[data-schedule]', { hasText: '月度安全自查' }).waitFor();
      expect(await staff.getByRole('button', { name: '暂停' }).count()).toBe(0);
      expect(await staff.getByRole('heading', { name: '设置定期工作' }).count()).toBe(0);
    } finally {
      const temporal = await temporalClient();
      await temporal.schedule.getHandle(`duty-${id}`).delete().catch(() => undefined);
      await temporal.connection.close();
    }
  });

  it('a county confirms a red warning’s measures on a phone, and the city lifts it; all in Chinese', async () => {
    const as = await signInEveryone(app, ds);
    const issued = await request(app.getHttpServer()).post('/warnings').set(as('city-a-safety-officer'))
      .send({ issuerUnitId: 'city-a', unitIds: [UNIT], level: 'red', title: '暴雨红色预警', measures: [{ id: 'm1', text: '检查库房有无渗漏' }, { id: 'm2', text: '做好档案转移准备' }] })
      .expect(201);
    const phone = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(phone, u('safety-officer'), '人员', '登录');
    await navTo(phone, '预警');
    const item = phone.locator(`li[data-warning="${issued.body.id}"]`);
    await item.getByText('红色', { exact: true }).waitFor();
    // A county has no unit below it: it is offered no form to issue warnings.
    expect(await phone.getByRole('heading', { name: '发布预警' }).count()).toBe(0);
    await item.getByRole('link', { name: '暴雨红色预警' }).click();
    const form = phone.getByRole('form', { name: /确认.*的防范措施/ });
    await form.getByLabel('做好档案转移准备').uncheck();
    await form.getByLabel('说明').nth(1).fill('转移车辆明早到位');
    await form.getByRole('button', { name: '确认' }).click();
    await phone.locator('tr[data-status="confirmed"]').getByText('已确认').waitFor();
    expect(await phone.getByRole('form', { name: /确认.*的防范措施/ }).count()).toBe(0);
    await phone.screenshot({ path: `${SHOTS}/warning-confirmed-phone-zh.png`, fullPage: true });
    const [confirmed] = await ds.query(`SELECT results FROM warning_units WHERE warning_id = $1`, [issued.body.id]);
    expect(confirmed.results).toEqual([{ measureId: 'm1', done: true }, { measureId: 'm2', done: false, note: '转移车辆明早到位' }]);

    const city = await browser('zh-CN');
    await signIn(city, 'city-a-safety-officer', '人员', '登录');
    await city.goto(`${base}/console/#/warnings/${issued.body.id}`);
    await city.getByLabel('解除原因').fill('雨情结束');
    await city.getByRole('button', { name: '解除预警' }).click();
    await city.locator('.ant-popconfirm').getByRole('button', { name: '解除预警' }).click();
    await city.getByText('已解除').waitFor();
    await city.locator('tr[data-status="confirmed"]').getByText('做好档案转移准备').waitFor();
    expect(await city.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|confirmed|escalated|red\b/);
    await city.screenshot({ path: `${SHOTS}/warning-lifted-zh.png`, fullPage: true });
  });

  it('the person on duty checks in and hands over on a phone; the principal sees today’s duty', async () => {
    const as = await signInEveryone(app, ds);
    const shift = { personId: u('staff-1'), leaderId: u('deputy-1'), startsAt: new Date(Date.now() + 60_000).toISOString(), endsAt: new Date(Date.now() + 30 * 60_000).toISOString() };
    const [published] = (await request(app.getHttpServer()).post(`/units/${UNIT}/shifts`).set(as(u('safety-officer'))).send({ shifts: [shift] }).expect(201)).body.items;
    const phone = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(phone, u('staff-1'), '人员', '登录');
    await navTo(phone, '值班');
    const card = phone.locator(`li[data-shift="${published.id}"]`);
    await card.getByText('未开始').waitFor();
    await card.getByRole('button', { name: '到岗签到' }).click();
    await card.getByText('在岗').waitFor();
    await card.getByLabel('交接班记录').fill('巡查库房两次，温湿度正常');
    await card.getByRole('button', { name: '提交交接班记录' }).click();
    await phone.locator(`li[data-shift="${published.id}"][data-status="handed_over"]`).getByText('已交班').waitFor();
    await phone.screenshot({ path: `${SHOTS}/duty-phone-zh.png`, fullPage: true });

    const principal = await browser('zh-CN');
    await signIn(principal, u('principal'), '人员', '登录');
    await principal.goto(`${base}/console/#/duty`);
    const seen = principal.locator(`li[data-shift="${published.id}"]`);
    await seen.getByText('交接班记录：巡查库房两次，温湿度正常').waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
    expect(await seen.innerText()).toMatch(/带班领导：/);
    expect(await principal.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|city-a-county-5|handed_over/);
  });

  it('换班 on a phone: the person on duty asks a colleague, who accepts; the safety officer approves and the colleague is on duty', async () => {
    const as = await signInEveryone(app, ds);
    const tomorrow = Date.now() + 26 * 3_600_000;
    const [shift] = (await request(app.getHttpServer()).post(`/units/${UNIT}/shifts`).set(as(u('safety-officer'))).send({ shifts: [{ personId: u('staff-1'), startsAt: new Date(tomorrow).toISOString(), endsAt: new Date(tomorrow + 3_600_000).toISOString() }] }).expect(201)).body.items;
    const colleague = (await request(app.getHttpServer()).get(`/units/${UNIT}/people`).set(as(u('staff-1'))).expect(200)).body.items.find((p: { id: string }) => p.id === u('staff-2')).name;
    const phone = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(phone, u('staff-1'), '人员', '登录');
    await phone.goto(`${base}/console/#/duty`);
    const card = phone.locator(`li[data-coming-shift="${shift.id}"]`);
    await pick(phone, card.getByLabel('由谁替班'), colleague);
    await card.getByLabel('换班原因').fill('家中有事');
    await card.getByRole('button', { name: '申请换班' }).click();
    await card.getByText(`已请${colleague}替班，待其确认`).waitFor();

    const other = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(other, u('staff-2'), '人员', '登录');
    await other.goto(`${base}/console/#/duty`);
    await other.locator(`li[data-coming-shift="${shift.id}"]`).getByRole('button', { name: '同意替班' }).click();
    await other.locator(`li[data-coming-shift="${shift.id}"]`).getByText(`${colleague}已同意替班，待安全员审批`).waitFor();

    const officer = await browser('zh-CN');
    await signIn(officer, u('safety-officer'), '人员', '登录');
    await officer.goto(`${base}/console/#/duty`);
    const seen = officer.locator(`li[data-coming-shift="${shift.id}"]`);
    await seen.getByLabel('意见').fill('同意');
    await seen.getByRole('button', { name: '批准换班' }).click();
    await seen.getByText(`值班人员：${colleague}`).waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
    await officer.screenshot({ path: `${SHOTS}/duty-swap-zh.png`, fullPage: true });
    expect(await officer.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|city-a-county-5|requested|accepted/);
  });

  it('a principal confirms the unit’s quarterly statistics on a phone, in Chinese', async () => {
    const as = await signInEveryone(app, ds);
    const made = (await request(app.getHttpServer()).post('/schedules').set(as(u('safety-officer'))).send({ unitId: UNIT, kind: 'statistics_report', title: '安全隐患季度统计', spec: { calendar: { dayOfMonth: 5, hour: 9, minute: 0 } }, workingDay: false }).expect(201)).body;
    await request(app.getHttpServer()).post(`/schedules/${made.id}/trigger`).set(as(u('safety-officer'))).send({}).expect(200);
    const phone = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(phone, u('principal'), '人员', '登录');
    await navTo(phone, '统计报告');
    await eventually(async () => {
      await phone.reload();
      return phone.getByRole('link', { name: /安全隐患季度统计（\d{4}年第\d季度/ }).waitFor({ timeout: 2000 }).then(() => true, () => false);
    }, 'the report to be listed');
    await phone.getByRole('link', { name: /安全隐患季度统计/ }).click();
    const form = phone.getByRole('form', { name: /确认.*的统计数据/ });
    await form.getByLabel('说明').fill('本季度无新增隐患');
    await form.getByRole('button', { name: '确认并报送' }).click();
    await phone.locator(`tr[data-statistics-unit="${UNIT}"]`).getByText(/已确认/).waitFor();
    await phone.screenshot({ path: `${SHOTS}/statistics-phone-zh.png`, fullPage: true });
    // The PDF to sign and send up, from the page: Chinese text, a place to sign.
    const [pdf] = await Promise.all([phone.waitForEvent('download'), phone.getByRole('button', { name: /导出 PDF/ }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^季度统计-\d{4}年第\d季度\.pdf$/);
    const bytes = readFileSync((await pdf.path())!);
    expect(pdfText(bytes)).toMatch(/安全隐患季度统计[\s\S]*报送状态[\s\S]*单位主要负责人（签字）/);
    pdfFirstPagePng(bytes, `${SHOTS}/statistics-pdf`);
    expect(await phone.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|city-a-county-5|confirmed|collecting/);
  });

  it('a safety officer searches the ledger (台账) on Ant Design, in Chinese, and exports what the filters select to Excel', async () => {
    const as = await signInEveryone(app, ds);
    const all = (await request(app.getHttpServer()).get('/ledger?category=theft').set(as(u('safety-officer'))).expect(200)).body;
    expect(all.total).toBeGreaterThan(0);
    const page = await browser('zh-CN');
    await signIn(page, u('safety-officer'), '人员', '登录');
    await navTo(page, '隐患台账');
    await page.locator('.ant-table-row').first().waitFor();
    const search = page.getByRole('form', { name: '查询' });
    await search.getByLabel('关键词').fill('门锁');
    await search.getByLabel('类别').click();
    await page.locator('.ant-select-item-option', { hasText: '防盗' }).click();
    await search.getByRole('button', { name: '查询' }).click();
    await page.getByText(`共 ${all.items.filter((r: { title: string }) => /门锁/.test(r.title)).length} 条`).waitFor();
    const row = page.locator('.ant-table-row', { hasText: '四号库房门锁损坏' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/防盗/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^隐患台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = sheetRows(await readWorkbook((await download.path())!), '隐患台账');
    expect(rows[0]!.slice(0, 3)).toEqual(['隐患名称', '单位', '类别']);
    expect(rows.slice(1).map((r) => r[0])).toContain('四号库房门锁损坏');
    expect(rows.slice(1).every((r) => r[2] === '防盗')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/ledger-zh.png`, fullPage: true });
    // Staff keep no ledger: no link, and the API says why.
    const staff = await browser('zh-CN');
    await signIn(staff, u('staff-1'), '人员', '登录');
    expect(await (await mainMenu(staff)).getByRole('link', { name: '隐患台账' }).count()).toBe(0);
  });

  it('serves what the console reads: who I am, whom dev sign-in offers, and counts over my units only', async () => {
    const as = await signInEveryone(app, ds);
    const http = () => request(app.getHttpServer());
    const me = (await http().get('/me').set(as(u('deputy-1'))).expect(200)).body;
    expect(me).toMatchObject({ id: u('deputy-1'), unitId: UNIT, posts: [expect.objectContaining({ unitId: UNIT, kind: 'deputy' })], visibleUnits: [expect.objectContaining({ id: UNIT, parentId: 'city-a' })] });
    await http().get('/me').expect(401);
    const people = (await http().get('/auth/dev-people').expect(200)).body as Array<{ id: string; posts: unknown[] }>;
    expect(people.find((p) => p.id === u('head-security'))).toMatchObject({ unitId: UNIT, posts: [expect.objectContaining({ kind: 'department_head' })] });
    const county = (await http().get('/hazards/stats').set(as(u('deputy-1'))).expect(200)).body.units as Array<{ unitId: string; severity: string; open: number }>;
    expect(new Set(county.map((r) => r.unitId))).toEqual(new Set([UNIT]));
    expect(county.map((r) => r.severity).sort()).toEqual(['general', 'major']);
    const city = (await http().get('/hazards/stats').set(as('city-a-principal')).expect(200)).body.units as Array<{ unitId: string }>;
    // Other test files seed counties under city-a too; what matters is the subtree, and nothing beyond it.
    const cityUnits = new Set(city.map((r) => r.unitId));
    for (const unit of ['city-a', 'city-a-county-1', 'city-a-county-2', UNIT]) expect(cityUnits).toContain(unit);
    expect([...cityUnits].filter((u) => !u.startsWith('city-a'))).toEqual([]);
    // The console's page itself is public; its data is not.
    const page = await http().get('/console/').expect(200);
    expect(page.text).toContain('<div id="root">');
  });

  it('a head states their case in an accountability review, the city’s principal changes the sanction, and the unit page shows it', async () => {
    const as = await signInEveryone(app, ds);
    const http = () => request(app.getHttpServer());
    // One failed verification is already one too many under this policy: the review opens at once.
    const policy = { ...DEFAULT_POLICY, maxVerificationFailures: 0, discipline: { accountability: { statementWindow: 'PT10M', decision: 'PT10M', rules: DEFAULT_SANCTION_RULES } } };
    await http().put('/policies/console-review').set(as('prov-principal')).send(policy).expect(200);
    const reported = await http().post('/hazards').set(as(u('staff-1'))).send({
      unitId: UNIT, category: 'fire', severity: 'general', title: 'Extinguisher expired', description: 'Reading room extinguisher two years past its date', location: 'Reading room',
      discoveredBy: u('staff-1'), discoveredAt: new Date().toISOString(), source: 'report', policyName: 'console-review',
    }).expect(201);
    const id: string = reported.body.id;
    await eventually(async () => (await http().get(`/hazards/${id}`).set(as(u('principal')))).body.status === 'assigned', 'assignment');
    await http().post(`/hazards/${id}/submit-rectification`).set(as(u('head-security'))).send({ summary: 'replaced', evidence: ['tag.jpg'] }).expect(200);
    await http().post(`/hazards/${id}/verify`).set(as(u('safety-officer'))).send({ passed: false, comment: 'the new one is also expired' }).expect(200);
    const reviewId = `accountability-review-hazard-${id}`;
    await eventually(async () => (await http().get(`/accountability-reviews/${reviewId}`).set(as('city-a-principal'))).body.status === 'statements', 'the review');

    const head = await browser('en-US');
    await signIn(head, u('head-security'));
    await navTo(head, 'Accountability reviews');
    await head.locator(`a[href="#/reviews/${reviewId}"]`).click();
    await head.locator('[data-conduct="evaded"]').waitFor();
    const statement = head.getByRole('form', { name: 'My statement (陈述申辩)' });
    await statement.getByRole('button', { name: 'Submit statement' }).click();
    await expectText(statement.locator('.ant-form-item-explain-error'), /Please fill this in/);
    await statement.getByLabel('My statement (陈述申辩)').fill('The supplier delivered an old extinguisher; I have the invoice.');
    await statement.getByRole('button', { name: 'Submit statement' }).click();
    await head.getByText('The supplier delivered an old extinguisher; I have the invoice.').waitFor();
    await head.screenshot({ path: `${SHOTS}/6-review-statement.png`, fullPage: true });

    const leader = await browser('zh-CN');
    await signIn(leader, 'city-a-principal', '人员', '登录');
    await leader.goto(`${base}/console/#/reviews/${reviewId}`);
    const form = leader.getByRole('form', { name: `决定 ${await nameOf(u('head-security'))}` });
    await form.getByText('变更', { exact: true }).click();
    await pick(leader, form.getByLabel('改为'), '警告');
    await form.getByLabel('决定理由').fill('供应商责任，从轻处理');
    await form.getByRole('button', { name: '决定' }).click();
    await leader.locator('.ant-popconfirm').getByRole('button', { name: '决定' }).click();
    await leader.locator('[data-proposal="changed"]').waitFor();
    await leader.screenshot({ path: `${SHOTS}/7-review-decided-zh.png`, fullPage: true });

    await leader.goto(`${base}/console/#/units/${UNIT}`);
    await expectText(leader.getByTestId('sanctions'), new RegExp(`${await nameOf(u('head-security'))}.*警告`));
    await leader.locator('[data-assessment="pass"]').waitFor();
    await leader.screenshot({ path: `${SHOTS}/8-unit-scorecard-zh.png`, fullPage: true });
    const sanctions = (await http().get(`/accountability-reviews/${reviewId}`).set(as('city-a-principal')).expect(200)).body.sanctions;
    expect(sanctions).toEqual([expect.objectContaining({ personId: u('head-security'), kind: 'warning' })]);
  });

  it('the principal sends the year’s responsibility letters; a head signs theirs on a phone, confirming first; the principal sees who has not signed', async () => {
    const as = await signInEveryone(app, ds);
    const year = new Date().getUTCFullYear() + 1;
    await request(app.getHttpServer()).post('/responsibility-letters/signings').set(as(u('principal'))).send({ unitId: UNIT, year, deadline: new Date(Date.now() + 7 * 86_400_000).toISOString() }).expect(201);
    await eventually(async () => ((await request(app.getHttpServer()).get(`/responsibility-letters?year=${year}`).set(as(u('principal')))).body.items ?? []).length > 1, 'the letters prepared');

    const head = await browser('zh-CN', { width: 390, height: 844 });
    await signIn(head, u('head-security'), '人员', '登录');
    await navTo(head, '安全责任状');
    const mine = head.locator('[data-letter="pending"]').first();
    await mine.getByRole('button', { name: '签订' }).click();
    await head.locator('.ant-popconfirm').getByRole('button', { name: '签订' }).click();
    await head.getByRole('status').getByText('已签订。').waitFor();
    await head.screenshot({ path: `${SHOTS}/letters-signed-phone-zh.png`, fullPage: true });
    const signed = (await request(app.getHttpServer()).get(`/responsibility-letters?year=${year}`).set(as(u('principal')))).body.items.filter((l: { signerId: string; status: string }) => l.signerId === u('head-security'));
    expect(signed.map((l: { status: string }) => l.status)).toEqual(['signed']);

    const principal = await browser('zh-CN');
    await signIn(principal, u('principal'), '人员', '登录');
    await principal.goto(`${base}/console/#/letters`);
    await principal.getByRole('switch', { name: '只看未签订' }).click();
    const rows = principal.locator('tr[data-letter-row]');
    await rows.first().waitFor();
    expect(await principal.locator('tr[data-letter-row="signed"]').count()).toBe(0);
    expect(await rows.allInnerTexts()).not.toContainEqual(expect.stringContaining(await nameOf(u('head-security'))));
    expect(await principal.locator('main').innerText()).not.toMatch(/city-a|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('every page, walked by a principal on a desktop and by staff on a phone, in Chinese: no serious accessibility violation, no raw id, no English of its own', async () => {
    const findings: string[] = [];
    const dataNames: string[] = (await ds.query(`SELECT name FROM (SELECT name FROM units UNION SELECT name FROM people) n ORDER BY length(name) DESC`)).map((r: { name: string }) => r.name);
    const trackers = new Map<Page, ReturnType<typeof requestTracker>>();
    const check = async (page: Page, where: string) => {
      await page.locator('main').first().waitFor();
      // A page that keeps asking (a poll faster than half a second, a request that never ends) is a finding of its own.
      if (!(await trackers.get(page)!.quiet())) findings.push(`${where}: the page kept asking the API`);
      await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
      for (const v of await seriousA11yViolations(page)) findings.push(`${where}: axe ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(' | ')}`);
      const text = await page.locator('body').innerText();
      const raw = RAW_ID.exec(text);
      if (raw) findings.push(`${where}: raw id "${raw[0]}" in “${text.slice(Math.max(0, raw.index - 40), raw.index + 40).replace(/\s+/g, ' ')}”`);
      for (const t of await englishChrome(page, dataNames)) findings.push(`${where}: English “${t.slice(0, 80)}”`);
    };
    const walk = async (page: Page, who: string) => {
      const links = await page.locator('header nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const link of links) {
        await page.goto(`${base}/console/${link}`);
        await check(page, `${who} ${link}`);
        // The first record a list page links to, of its own kind.
        const kind = link.replace('#/', '').split('/')[0];
        const detail = await page.locator(`main a[href^="#/${kind === 'inbox' || kind === 'work' ? 'hazards' : kind}/"]`).first().getAttribute('href', { timeout: 1000 }).catch(() => null);
        if (detail) {
          await page.goto(`${base}/console/${detail}`);
          await check(page, `${who} ${detail}`);
        }
      }
      for (const extra of [`#/units/${UNIT}`, '#/notices', '#/no-such-page', '#/hazards/00000000-0000-4000-8000-000000000000']) {
        await page.goto(`${base}/console/${extra}`);
        await check(page, `${who} ${extra}`);
      }
    };
    // axe is injected as a script, which the console's CSP (rightly) refuses: these two browsers bypass it.
    const principal = await browser('zh-CN', undefined, true);
    trackers.set(principal, requestTracker(principal));
    await signIn(principal, u('principal'), '人员', '登录');
    await walk(principal, 'principal');
    const staff = await browser('zh-CN', { width: 390, height: 844 }, true);
    trackers.set(staff, requestTracker(staff));
    await signIn(staff, u('staff-1'), '人员', '登录');
    await walk(staff, 'staff');
    await principal.goto(`${base}/console/#/no-such-page`);
    await principal.getByText('未找到').waitFor();
    await principal.screenshot({ path: `${SHOTS}/404-zh.png` });
    expect(findings).toEqual([]);
    // About 40 pages, axe on each: minutes on a loaded 2-core CI machine, not Jest's default minute.
  }, 300_000);

  async function expectText(locator: ReturnType<Page['locator']>, pattern: RegExp): Promise<void> {
    await eventually(async () => pattern.test((await locator.first().textContent()) ?? ''), `text ${pattern}`, 10_000);
  }
  // Last in the file: it opens a hazard in the unit, which the counts above must not see.
  it('a safety officer assesses the unit’s risks on its page; the 危险 item opens a hazard and the level shows', async () => {
    const page = await browser('zh-CN');
    await signIn(page, u('safety-officer'), '人员', '登录');
    await page.goto(`${base}/console/#/units/${UNIT}`);
    const section = page.locator('section[aria-labelledby="risk-heading"]');
    await section.getByText('尚未评估').waitFor();
    await section.locator('.ant-form-item', { hasText: '库房温湿度达标' }).getByText('危险', { exact: true }).click();
    await section.getByRole('button', { name: '提交评估结果' }).click();
    await section.getByText('已记录：高危、危险项已生成隐患。').waitFor();
    await page.locator('section[data-risk-level="medium"]').getByText('中风险').first().waitFor();
    await eventually(async () => {
      await page.reload();
      return page.locator('section[aria-labelledby="risk-heading"] a', { hasText: '风险评估' }).first().waitFor({ timeout: 2000 }).then(() => true, () => false);
    }, 'the hazard the assessment opened to be listed');
    await page.screenshot({ path: `${SHOTS}/risk-zh.png`, fullPage: true });
    // The overview shows each unit's risk level beside its counts.
    await page.goto(`${base}/console/#/overview`);
    await page.locator('td[data-risk="medium"]').getByText('中风险').waitFor();

    const staff = await browser('zh-CN');
    await signIn(staff, u('staff-1'), '人员', '登录');
    await staff.goto(`${base}/console/#/units/${UNIT}`);
    await staff.locator('section[data-risk-level="medium"]').waitFor();
    expect(await staff.getByRole('button', { name: '提交评估结果' }).count()).toBe(0);
  });
  it('a safety officer registers a plan on the unit’s page, plans a drill and records it with participants and a finding that opens a hazard', async () => {
    const page = await browser('zh-CN');
    await signIn(page, u('safety-officer'), '人员', '登录');
    await page.goto(`${base}/console/#/units/${UNIT}`);
    const form = page.getByRole('form', { name: '登记应急预案' });
    await pick(page, form.getByLabel('类型'), '消防');
    await form.getByLabel('名称').fill('消防应急预案');
    await pick(page, form.getByLabel('责任人'), await nameOf(u('head-custody')));
    await form.getByLabel('版本').fill('2026 第1版');
    await form.getByRole('button', { name: '登记应急预案' }).click();
    await form.locator('.ant-form-item', { hasText: '修订期限' }).locator('.ant-form-item-explain-error').waitFor();
    // Due in 90 days, picked in Beijing time (the browser here runs in UTC).
    const due = beijingInput(Date.now() + 90 * 86_400_000);
    await pickTime(form.getByLabel('修订期限（北京时间）'), due);
    await form.getByRole('button', { name: '登记应急预案' }).click();
    const row = page.locator('section[aria-labelledby="plans-heading"] tr[data-plan-review="current"]');
    await row.getByText('在有效期内').waitFor();
    expect(await row.textContent()).toMatch(/消防.*消防应急预案.*应演练 \d+ 次，已演练 0 次/);
    expect(await row.textContent()).not.toContain(u('head-custody'));
    const [stored] = await ds.query(`SELECT review_by FROM contingency_plans WHERE unit_id = $1 AND title = '消防应急预案'`, [UNIT]);
    expect(beijingInput((stored.review_by as Date).getTime())).toBe(due);
    await row.getByRole('link', { name: '消防应急预案' }).click();

    // Both drill times are picked in Beijing time too, whatever the browser's zone.
    const plan = page.getByRole('form', { name: '安排演练' });
    const plannedAt = beijingInput(Date.now() + 7 * 86_400_000);
    await pickTime(plan.getByLabel('计划时间（北京时间）'), plannedAt);
    await plan.getByLabel('演练情景').fill('库房电气火灾，疏散与转移');
    await plan.getByRole('button', { name: '安排演练' }).click();
    await page.locator('[data-drill-status="planned"]').getByText('库房电气火灾，疏散与转移').waitFor();
    const [drill] = await ds.query(`SELECT d.planned_at FROM plan_drills d JOIN contingency_plans p ON p.id = d.plan_id WHERE p.unit_id = $1 AND d.scenario = '库房电气火灾，疏散与转移'`, [UNIT]);
    expect(beijingInput((drill.planned_at as Date).getTime())).toBe(plannedAt);

    const record = page.getByRole('form', { name: '记录演练' });
    await pick(page, record.getByLabel('对应演练'), '库房电气火灾，疏散与转移 · 已计划');
    await pickTime(record.getByLabel('演练时间（北京时间）'), beijingInput(Date.now() - 3_600_000));
    await record.getByLabel('演练情景').fill('库房电气火灾，疏散与转移');
    const people = record.locator('.ant-checkbox-group label');
    const names = await people.allTextContents();
    expect(names.length).toBeGreaterThan(2);
    await people.nth(0).click();
    await people.nth(1).click();
    await record.getByRole('button', { name: '增加一条问题' }).click();
    await record.getByLabel('问题 1').fill('灭火器压力不足');
    await record.getByText('作为隐患登记').click();
    await record.getByRole('button', { name: '记录演练' }).click();
    const held = page.locator('[data-drill-status="held"]');
    await held.getByText('灭火器压力不足 · 一般').waitFor();
    expect(await held.textContent()).toContain(`参演人员：${names[0]!.trim()}、${names[1]!.trim()}`);
    await eventually(async () => {
      await page.reload();
      return page.locator('[data-drill-status="held"] a', { hasText: '灭火器压力不足' }).first().waitFor({ timeout: 2000 }).then(() => true, () => false);
    }, 'the hazard the finding opened to be listed');
    await page.screenshot({ path: `${SHOTS}/plan-zh.png`, fullPage: true });

    const staff = await browser('zh-CN');
    await signIn(staff, u('staff-1'), '人员', '登录');
    await staff.goto(page.url());
    await staff.locator('[data-drill-status="held"]').waitFor();
    expect(await staff.getByRole('form').count()).toBe(0);
  });
});
