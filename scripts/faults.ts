import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { CREDENTIAL_PATTERN, loadEnvironment } from '#config';
import { DEFAULT_POLICY, type EscalationPolicy } from '#domain';
import { APP_ROLE, createDataSource, verifyChain, type StoredChainRow } from '#persistence';
import { freePort } from './lib/infra.js';
import { tallyDutyRuns, tallyShifts } from './lib/duty-check.js';
import { tallyMail } from './lib/mail-check.js';
import { ensureMailpit, startMailpit, type RunningMailpit } from './lib/mailpit.js';
import { pollUntil } from './lib/poll.js';
import { API_ENTRY, killProcess, nodeArgs, sleep, stopProcess, uniformDeadlines, waitForHealthy, WORKER_ENTRY } from './lib/processes.js';
import { startEmbeddedPostgres } from './lib/postgres.js';
import { prepareStackDatabase, startTemporal } from './lib/stack.js';
import { startScratchTemporalCluster } from './lib/temporal-cluster.js';

/** The Temporal the suite breaks: where it answers, and the faults it takes (each a kill -9, then a restart). */
interface TemporalUnderTest {
  address: string;
  faults: Array<{ name: string; kill: () => Promise<void>; restart: () => Promise<void> }>;
  stop: () => Promise<void>;
}

async function startTemporalUnderTest(dataDir: string, cliPath: string | undefined): Promise<TemporalUnderTest> {
  if (!CLUSTER) {
    const dev = await startTemporal({ port: await freePort(), dataDir, persist: true, cliPath, log });
    if (!dev.process) throw new Error('the fault suite needs the Temporal CLI (set TEMPORAL_CLI_PATH or install Go)');
    return { address: dev.address, faults: [{ name: 'kill -9 Temporal dev server', kill: () => killProcess(dev.process!), restart: () => dev.restart() }], stop: () => dev.stop() };
  }
  const cluster = await startScratchTemporalCluster('faults', { database: `dutychain_faults_temporal_${process.pid}`, dataDir, log });
  const fault = (service: 'history' | 'matching') => ({ name: `kill -9 Temporal ${service} service`, kill: () => cluster.kill(service), restart: () => cluster.restart(service) });
  return { address: cluster.address, faults: [fault('history'), fault('matching')], stop: () => cluster.stop(true) };
}

/**
 * `npm run test:faults [-- hazards]`: a few hundred hazards mid-ladder on second-scale policies
 * while the worker, the Temporal server and the API are killed and restarted and PostgreSQL is
 * stopped for 20 s; then every hazard must end exactly as its script and deadlines imply, with
 * nothing lost or doubled. Runs its own processes: nothing is shared with `npm test`.
 * With `--temporal=cluster`, Temporal runs as production runs it (frontend, history, matching and
 * internal worker as separate processes, on the machine's PostgreSQL, not the embedded one that is
 * stopped), and its history and matching services are killed with -9 mid-ladder and restarted.
 */
const { positionals, values } = parseArgs({ allowPositionals: true, options: { temporal: { type: 'string' } } });
/** `--temporal=cluster`: the Temporal server's services as separate processes on PostgreSQL, whose history and matching services are killed instead of the dev server. */
const CLUSTER = values.temporal === 'cluster';
if (values.temporal !== undefined && !CLUSTER) throw new Error(`usage: npm run test:faults -- [hazards] [--temporal=cluster]; got --temporal=${values.temporal}`);
const HAZARDS = Number(positionals[0] ?? 200);
if (!Number.isInteger(HAZARDS) || HAZARDS < 2) throw new Error(`usage: npm run test:faults -- [hazards, a whole number from 2]; got "${positionals[0]}"`);
/** The whole run's bound: past it the suite stops everything it started and fails, saying where it was. */
const SUITE_TIMEOUT_MS = Number(process.env.FAULTS_TIMEOUT_MS ?? 20 * 60_000);
/** How long one client call keeps retrying through outages before the suite gives up on it. */
const CALL_TIMEOUT_MS = 180_000;
const DATA = join(process.cwd(), '.data', 'faults');
const log = (line: string) => console.log(`[faults] ${line}`);
let stopping = false;
/** The faults injected so far, in order (the watchdog names the last one). */
const faults: string[] = [];
/** What the watchdog stops when the suite overruns: set by main once it has started things. */
let stopEverything: () => Promise<void> = async () => undefined;
const stop = (child: ChildProcess) => stopProcess(child, 5000);

const lapse: EscalationPolicy = { ...DEFAULT_POLICY, reminders: [0.5], severities: { general: uniformDeadlines('PT4S'), major: uniformDeadlines('PT4S') } };
const steady: EscalationPolicy = { ...lapse, severities: { general: uniformDeadlines('PT1H'), major: uniformDeadlines('PT1H') } };

const COUNTIES = ['city-a-county-1', 'city-a-county-2', 'city-b-county-1', 'city-b-county-2'];
/** The unit whose recurring duty runs through the faults (no unit below it: one campaign a run). */
const DUTY_UNIT = 'city-a-county-2';
const ROSTER_SHIFTS = 8;
const OUTAGE_TITLE = 'reported while the database was down';
let outageAnswer = '';

/**
 * What the 5xx answers hid: the API's own log lines about the path and, for a hazard, its
 * workflow's pending task and last task failure as the Temporal server has them.
 */
async function whyFailed(path: string, address: string): Promise<string> {
  const lines = readFileSync(join(DATA, 'api.log'), 'utf8').split('\n').filter((l) => l.includes(path));
  const parts = [`the API logged about ${path}:\n${lines.slice(-5).join('\n').slice(-4000)}`];
  const hazardId = path.match(/\/hazards\/([0-9a-f-]{36})/)?.[1];
  if (hazardId) {
    const connection = await Connection.connect({ address }).catch(() => null);
    if (connection) {
      try {
        const handle = new Client({ connection }).workflow.getHandle(`hazard-${hazardId}`);
        const description = await handle.describe();
        parts.push(`workflow ${description.status.name}, pending workflow task: ${JSON.stringify(description.raw.pendingWorkflowTask ?? null)}`);
        const events = (await handle.fetchHistory()).events ?? [];
        const failed = events.filter((e) => e.workflowTaskFailedEventAttributes || e.workflowTaskTimedOutEventAttributes).slice(-2);
        for (const e of failed) parts.push(`event ${String(e.eventId)}: ${JSON.stringify(e.workflowTaskFailedEventAttributes?.failure?.message ?? e.workflowTaskFailedEventAttributes?.cause ?? e.workflowTaskTimedOutEventAttributes ?? null)}`);
        parts.push(`last events: ${events.slice(-6).map((e) => `${String(e.eventId)}:${String(e.eventType)}`).join(' ')}`);
      } catch (err) {
        parts.push(`could not describe the workflow: ${String(err)}`);
      } finally {
        await connection.close();
      }
    }
  }
  return parts.join('\n');
}

async function main(): Promise<number> {
  rmSync(DATA, { recursive: true, force: true });
  mkdirSync(DATA, { recursive: true });
  const env = loadEnvironment();
  const children = new Set<ChildProcess>();

  // --- infrastructure we are allowed to break
  // Its own ports, so that a fault suite can run beside another (a developer's and CI's).
  const pgPort = await freePort();
  let temporal: TemporalUnderTest | null = null;
  let pg: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  let mailpit: RunningMailpit | null = null;
  stopEverything = async () => {
    stopping = true;
    await Promise.all([...[...children].map(stop), temporal?.stop(), mailpit?.stop()]);
    await pg?.stop().catch(() => undefined);
  };
  try {
    temporal = await startTemporalUnderTest(DATA, env.TEMPORAL_CLI_PATH);
    pg = await startEmbeddedPostgres(DATA, log, pgPort);
    const url = pg.url('postgres');
    await prepareStackDatabase(url, { seed: true });
    // Every person of the demo org has an address: the worker mails every notice through it while it is killed.
    mailpit = await startMailpit({ path: ensureMailpit(process.env.MAILPIT_PATH, log), logFile: join(DATA, 'mailpit.log') });
    return await run(url, temporal, mailpit);
  } finally {
    await stopEverything();
  }

  async function run(url: string, temporal: TemporalUnderTest, mailpit: RunningMailpit): Promise<number> {
    const address = temporal.address;
    const apiPort = await freePort();
    const childEnv = {
      ...process.env,
      DATABASE_URL: url,
      TEMPORAL_ADDRESS: address,
      TEMPORAL_TASK_QUEUE: 'faults',
      AUTH_MODE: 'dev',
      AUTH_JWT_SECRET: 'fault-suite-secret-0123456789abcdef0123',
      PORT: String(apiPort),
      LOG_LEVEL: 'error',
      NOTIFY_SENDER: 'off',
      SMTP_URL: mailpit.smtpUrl,
      NOTIFY_POLL_MS: '200',
      RATE_LIMIT_PER_MINUTE: '1000000',
      SCHEDULE_MIN_INTERVAL_SECONDS: '5',
    };
    const killedByUs = new WeakSet<ChildProcess>();
    /**
     * Starts the worker or the API and keeps one running: a process that dies by itself (a worker
     * that gave up on a Temporal server being killed, say) is logged and started again, as a
     * supervisor in production would, so the suite never waits on a process that is gone.
     */
    const current = new Map<string, ChildProcess>();
    const launch = (entry: string): ChildProcess => {
      // Each process's own log goes to a file beside the data, so a failure can be explained afterwards.
      const out = openSync(join(DATA, `${entry === API_ENTRY ? 'api' : 'worker'}.log`), 'a');
      const child = spawn(process.execPath, nodeArgs(entry, env.WORKER_HEAP_MB), { env: childEnv, stdio: ['ignore', out, 'inherit'] });
      children.add(child);
      current.set(entry, child);
      child.once('exit', (code, signal) => {
        children.delete(child);
        if (killedByUs.has(child) || stopping) return;
        log(`${entry} exited by itself (code ${code}, signal ${signal}); starting another`);
        if (current.get(entry) === child) setTimeout(() => !stopping && current.get(entry) === child && launch(entry), 1000);
      });
      return child;
    };
    launch(WORKER_ENTRY);
    launch(API_ENTRY);
    const base = `http://127.0.0.1:${apiPort}`;

    /** A client that keeps trying through outages, with the same Idempotency-Key, as a real one would. */
    async function call(method: string, path: string, token: string | null, body?: unknown, key?: string): Promise<{ status: number; body: any }> {
      let last: string;
      for (const giveUpAt = Date.now() + CALL_TIMEOUT_MS; ; ) {
        try {
          const res = await fetch(`${base}${path}`, {
            method,
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(key ? { 'idempotency-key': key } : {}) },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(40_000),
          });
          if (res.status < 500 && res.status !== 429) return { status: res.status, body: await res.json().catch(() => null) };
          last = `${res.status} ${await res.text().catch(() => '')}`;
        } catch (err) {
          // connection refused while the API restarts
          last = String(err);
        }
        if (Date.now() > giveUpAt) throw new Error(`${method} ${path} kept failing for ${CALL_TIMEOUT_MS / 1000} s; last answer: ${last.slice(0, 300)}\n${await whyFailed(path, address)}`);
        await sleep(250);
      }
    }
    const tokens = new Map<string, string>();
    const token = async (personId: string) => {
      if (!tokens.has(personId)) tokens.set(personId, (await call('POST', '/auth/dev-token', null, { personId })).body.token);
      return tokens.get(personId)!;
    };

    await call('PUT', '/policies/faults-lapse', await token('prov-principal'), lapse);
    await call('PUT', '/policies/faults-steady', await token('prov-principal'), steady);

    // --- a recurring duty Temporal starts every 6 s through every fault (runs may overlap: each must be recorded once)
    await call('PUT', '/policies/faults-duty', await token('prov-principal'), {
      ...steady, calendar: 'natural', discipline: { duties: { selfInspection: 'PT8S', backupCheck: 'PT8S', letterRound: 'PT8S' }, roster: { checkInGrace: 'PT2S', escalationStep: 'PT2S', handoverGrace: 'PT2S' } },
    });
    const duty = await call('POST', '/schedules', await token(`${DUTY_UNIT}-safety-officer`), {
      unitId: DUTY_UNIT, kind: 'backup_check', title: 'fault-suite backup check', spec: { everySeconds: 6 }, overlap: 'allow_all', workingDay: false, policyName: 'faults-duty',
    }, 'fault-duty-schedule');
    if (duty.status !== 201) throw new Error(`the duty schedule answered ${duty.status}: ${JSON.stringify(duty.body)}`);

    // --- a duty roster through the faults: consecutive 4-s shifts; the person on duty checks in for every other one
    const rosterStart = Date.now() + 5000;
    const shifts = Array.from({ length: ROSTER_SHIFTS }, (_, i) => ({ personId: `${DUTY_UNIT}-staff-1`, startsAt: new Date(rosterStart + i * 4000).toISOString(), endsAt: new Date(rosterStart + (i + 1) * 4000).toISOString() }));
    const roster = await call('POST', `/units/${DUTY_UNIT}/shifts`, await token(`${DUTY_UNIT}-safety-officer`), { shifts, policyName: 'faults-duty' });
    if (roster.status !== 201) throw new Error(`the roster answered ${roster.status}: ${JSON.stringify(roster.body)}`);
    const shiftIds: string[] = roster.body.items.map((r: { id: string }) => r.id);
    const onDuty = Promise.all(shiftIds.filter((_, i) => i % 2 === 0).map(async (id, n) => {
      await sleep(Math.max(0, rosterStart + n * 8000 - Date.now()));
      // Through an outage the check-in may come after the shift's end (409): the shift then stays unchecked.
      return (await call('POST', `/shifts/${id}/check-in`, await token(`${DUTY_UNIT}-staff-1`), {}, `check-in-${id}`)).status;
    }));

    // --- hazards: half left to climb the ladder, half carried to closure by scripted actors
    log(`reporting ${HAZARDS} hazards`);
    const hazards: Array<{ id: string; unit: string; script: 'lapse' | 'close' }> = [];
    for (let i = 0; i < HAZARDS; i++) {
      const unit = COUNTIES[i % COUNTIES.length]!;
      const script = i % 2 === 0 ? 'lapse' : 'close';
      const res = await call(
        'POST',
        '/hazards',
        await token(`${unit}-staff-1`),
        { unitId: unit, category: 'fire', severity: 'general', title: `fault hazard ${i}`, description: 'd', location: 'l', discoveredBy: `${unit}-staff-1`, discoveredAt: new Date().toISOString(), source: 'report', policyName: script === 'lapse' ? 'faults-lapse' : 'faults-steady' },
        `fault-report-${i}`,
      );
      if (res.status !== 201 && res.status !== 200) throw new Error(`report ${i} answered ${res.status}: ${JSON.stringify(res.body)}`);
      hazards.push({ id: res.body.id, unit, script });
    }

    // --- faults, while the ladders climb and the actors act
    const injector = (async () => {
      // Kills whichever process is current now (a relaunched one included); safe if it already exited.
      const kill = async (name: string, child: ChildProcess) => {
        killedByUs.add(child);
        await killProcess(child);
        faults.push(name);
        log(`fault ${faults.length}: ${name}`);
      };
      const killCurrent = (name: string, entry: string) => kill(name, current.get(entry)!);
      await sleep(2000);
      await killCurrent('kill -9 worker', WORKER_ENTRY);
      await sleep(1500);
      launch(WORKER_ENTRY);
      await sleep(4000);
      const [first, ...others] = temporal.faults;
      const temporalFault = async (f: TemporalUnderTest['faults'][number]) => {
        await f.kill();
        faults.push(f.name);
        log(`fault ${faults.length}: ${f.name}`);
        await sleep(2000);
        await f.restart();
        await sleep(2000);
      };
      await temporalFault(first!);
      await killCurrent('kill -9 API', API_ENTRY);
      launch(API_ENTRY);
      await waitForHealthy(`${base}/health`, 60_000);
      for (const f of others) await temporalFault(f);
      await pg!.stop();
      faults.push('PostgreSQL stopped for 20 s');
      log(`fault ${faults.length}: PostgreSQL stopped for 20 s`);
      await sleep(5000);
      // A report while the database is down must get a clear 503 and leave nothing behind.
      const during = await fetch(`${base}/hazards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token('city-a-county-1-staff-1')}` },
        body: JSON.stringify({ unitId: 'city-a-county-1', category: 'fire', severity: 'general', title: OUTAGE_TITLE, description: 'd', location: 'l', discoveredBy: 'city-a-county-1-staff-1', discoveredAt: new Date().toISOString(), source: 'report' }),
        signal: AbortSignal.timeout(30_000),
      }).catch((err: unknown) => ({ status: 0, headers: new Headers(), text: async () => String(err) }));
      outageAnswer = `${during.status} ${during.headers.get('content-type') ?? ''} ${(await during.text()).slice(0, 500)}`;
      log(`a report during the outage was answered: ${outageAnswer}`);
      // An API that starts while the database is down must wait for it, not exit.
      await killCurrent('kill -9 API during the outage', API_ENTRY);
      launch(API_ENTRY);
      await sleep(15_000);
      pg = await startEmbeddedPostgres(DATA, () => undefined, pgPort);
      await sleep(3000);
      await killCurrent('kill -9 worker', WORKER_ENTRY);
      await sleep(1000);
      launch(WORKER_ENTRY);
      await sleep(3000);
      await killCurrent('kill -9 worker', WORKER_ENTRY);
      launch(WORKER_ENTRY);
    })();

    const actors = Promise.all(
      hazards
        .filter((h) => h.script === 'close')
        .map(async (h) => {
          const head = await token(`${h.unit}-head-security`);
          const officer = await token(`${h.unit}-safety-officer`);
          const ok = (r: { status: number; body: unknown }, what: string) => {
            if (r.status !== 200) throw new Error(`${what} on ${h.id} answered ${r.status}: ${JSON.stringify(r.body)}`);
          };
          // Wait for the assignment before acting (the workflow may be mid-restart).
          await pollUntil(`hazard ${h.id} to be assigned`, async () => (await call('GET', `/hazards/${h.id}`, head)).body?.status === 'assigned', { timeoutMs: CALL_TIMEOUT_MS, intervalMs: 500 });
          ok(await call('POST', `/hazards/${h.id}/acknowledge`, head, {}, `ack-${h.id}`), 'acknowledge');
          ok(await call('POST', `/hazards/${h.id}/submit-rectification`, head, { summary: 'fixed', evidence: ['photo.jpg'] }, `rect-${h.id}`), 'rectify');
          ok(await call('POST', `/hazards/${h.id}/verify`, officer, { passed: true, comment: 'ok' }, `verify-${h.id}`), 'verify');
        }),
    );
    await Promise.all([injector, actors]);
    const checkIns = await onDuty;
    const paused = await call('POST', `/schedules/${duty.body.id}/pause`, await token(`${DUTY_UNIT}-safety-officer`), { note: 'fault suite done' });
    if (paused.status !== 200) throw new Error(`pausing the duty answered ${paused.status}: ${JSON.stringify(paused.body)}`);

    // --- wait for every ladder to reach its end, then check
    log('waiting for every hazard to settle');
    const reader = createDataSource({ url, poolSize: 2, role: APP_ROLE });
    await reader.initialize();
    let open = -1;
    await pollUntil(() => `every hazard to reach its end state (${open} not yet)`, async () => {
      [{ open }] = await reader.query(
        `SELECT count(*)::int AS open FROM hazards h WHERE h.id = ANY($1) AND NOT (
           (h.policy_name = 'faults-steady' AND h.status = 'closed') OR
           (h.policy_name = 'faults-lapse' AND EXISTS (SELECT 1 FROM hazard_events e WHERE e.hazard_id = h.id AND e.type = 'accountability_review_started')
                                            -- the review is a child workflow that records itself a moment later
                                            AND EXISTS (SELECT 1 FROM accountability_reviews r WHERE r.hazard_id = h.id)))`,
        [hazards.map((h) => h.id)],
      );
      return open === 0;
    }, { timeoutMs: 240_000, intervalMs: 1000 });

    const problems: string[] = [];
    let lost = 0;
    let duplicated = 0;
    for (const h of hazards) {
      const rows: Array<StoredChainRow & { type: string; payload: any }> = (
        await reader.query(
          `SELECT hazard_id AS "hazardId", sequence, type, actor_id AS "actorId", occurred_at AS "occurredAt", payload, correlation_id AS "correlationId", prev_hash AS "prevHash", hash
             FROM hazard_events WHERE hazard_id = $1 ORDER BY sequence`,
          [h.id],
        )
      );
      const types = rows.map((r) => r.type);
      const chain = verifyChain(rows);
      if (!chain.valid) problems.push(`${h.id}: audit chain broken at ${JSON.stringify(chain.firstBrokenLink)}`);
      const count = (t: string) => types.filter((x) => x === t).length;
      if (h.script === 'close') {
        const expected = ['reported', 'assigned', 'acknowledged', 'rectification_submitted', 'verification_passed', 'closed'];
        if (JSON.stringify(types) !== JSON.stringify(expected)) {
          problems.push(`${h.id}: events ${types.join(',')}`);
          if (types.length < expected.length) lost++;
          else duplicated++;
        }
      } else {
        const levels = rows.filter((r) => r.type === 'escalated').map((r) => r.payload.to.level).join(',');
        const ok = levels === 'deputy,principal,superior_unit' && count('deadline_missed') === 4 && count('supervision_listed') === 1 && count('accountability_review_requested') === 1 && count('accountability_review_started') === 1;
        if (!ok) {
          problems.push(`${h.id}: escalations ${levels}, missed ${count('deadline_missed')}, reviews ${count('accountability_review_started')}; events ${types.join(',')}`);
          if (count('escalated') > 3 || count('accountability_review_started') > 1 || count('deadline_missed') > 4) duplicated++;
          else lost++;
        }
      }
    }
    const [{ reviews }] = await reader.query(`SELECT count(*)::int AS reviews FROM accountability_reviews WHERE hazard_id = ANY($1)`, [hazards.map((h) => h.id)]);
    const lapsers = hazards.filter((h) => h.script === 'lapse').length;
    if (reviews !== lapsers) problems.push(`accountability reviews: ${reviews}, expected ${lapsers}`);
    if (!/^503 application\/problem\+json.*nothing was changed/.test(outageAnswer)) problems.push(`a report during the database outage was answered "${outageAnswer}", not a problem+json 503`);
  const [{ ghost }] = await reader.query(`SELECT count(*)::int AS ghost FROM hazards WHERE title = $1`, [OUTAGE_TITLE]);
  if (ghost !== 0) problems.push(`the report refused during the outage left ${ghost} hazard(s) behind`);
  const [{ dup }] = await reader.query(
      // Per hazard, or per review or campaign stream (a campaign's reminders are told apart by their number).
      `SELECT count(*)::int AS dup FROM (SELECT hazard_id, stream, recipient_id, kind, payload->>'deadline' AS d, payload->>'reminder' AS r, count(*) FROM notifications WHERE kind <> 'deadline_approaching'
         GROUP BY 1, 2, 3, 4, 5, 6 HAVING count(*) > 1) x`,
    );
    if (dup > 0) {
      problems.push(`${dup} notifications exist twice`);
      duplicated += dup;
    }

    const runs = await tallyDutyRuns(reader, address, duty.body.id);
    problems.push(...runs.problems);
    lost += runs.lost;
    duplicated += runs.doubled;
    console.log(`faults: duty runs ${runs.taken} started by the schedule, ${runs.recorded} recorded with their campaign, lost ${runs.lost}, doubled ${runs.doubled}`);

    const shiftTally = await tallyShifts(reader, shiftIds);
    problems.push(...shiftTally.problems);
    lost += shiftTally.lost;
    duplicated += shiftTally.doubled;
    console.log(`faults: shifts ${shiftIds.length} (check-ins answered ${checkIns.join(',')}), ${shiftTally.complete} ran to their end, lost ${shiftTally.lost}, doubled ${shiftTally.doubled}`);

    const mail = await tallyMail(reader, mailpit.httpUrl);
    if (mail.lost) problems.push(`${mail.lost} of ${mail.deliveries} emails never arrived`);
    if (mail.doubled) problems.push(`${mail.doubled} emails arrived under a Message-ID no delivery has`);
    lost += mail.lost;
    duplicated += mail.doubled;
    console.log(`faults: email ${mail.deliveries} deliveries, ${mail.deliveries - mail.lost} arrived under their own Message-ID; ${mail.resent} resent after a kill between sending and marking (same Message-ID), lost ${mail.lost}, doubled ${mail.doubled}`);

    for (const name of ['api.log', 'worker.log']) {
      const leaks = readFileSync(join(DATA, name), 'utf8').split('\n').filter((l) => CREDENTIAL_PATTERN.test(l)).length;
      if (leaks) problems.push(`${name}: ${leaks} lines carry a credential`);
    }

    for (const p of problems.slice(0, 20)) log(`PROBLEM ${p}`);
    console.log(`faults: hazards ${hazards.length}, faults injected ${faults.length}, lost ${lost}, duplicated ${duplicated}`);
    if (problems.length) console.log(`faults: ${problems.length} problems (first ones above)`);

    await reader.destroy();
    return problems.length === 0 ? 0 : 1;
  }
}

const watchdog = setTimeout(() => {
  console.error(`[faults] the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s (last fault: ${faults.at(-1) ?? 'none'}); stopping (see ${DATA}/*.log)`);
  void Promise.race([stopEverything(), sleep(20_000)]).finally(() => process.exit(1));
}, SUITE_TIMEOUT_MS);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
