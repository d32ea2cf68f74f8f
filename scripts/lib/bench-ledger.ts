import { Agent, request } from 'node:http';
import { createDataSource, LedgerRepository, type LedgerFilter } from '#persistence';
import { percentile, rssMiB } from './bench-stats.js';

type Sample = (key: string, label: string, unit: string, value: number, target?: { op: '>=' | '<='; value: number }) => void;

const RATE = 50;
const SECONDS = 10;
const TERM = 'bulk row 12';

/**
 * The ledger (台账) on the bench's rows: search p99 through the API at 50/s against the same SQL
 * run straight on PostgreSQL at the same rate (the ratio is the figure), and the export of every
 * row to .xlsx, the API's resident memory sampled while it streams (its growth is the figure).
 */
export async function measureLedger(o: { owner: ReturnType<typeof createDataSource>; url: string; base: string; apiMetrics: string; token: string; apiPid: number; runs: number; total: number; sample: Sample }): Promise<void> {
  const { owner, sample } = o;
  const units: string[] = (await owner.query(`SELECT id FROM units`)).map((u: { id: string }) => u.id);
  const filter: LedgerFilter = { units, q: TERM };
  // A pool the size of the API's (10), so that both sides queue alike.
  const bareDs = await createDataSource({ url: o.url, poolSize: 10 }).initialize();
  const ledger = new LedgerRepository(bareDs);
  // One load generator for both sides: a request every 1/RATE s, open loop (autocannon's overallRate
  // sends each second's requests in a burst over its connections, which the bare side never sees).
  const agent = new Agent({ keepAlive: true, maxSockets: 10 });
  const apiSearch = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(`${o.base}/ledger?q=${encodeURIComponent(TERM)}&pageSize=20`, { agent, headers: { authorization: `Bearer ${o.token}` } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`GET /ledger answered ${res.statusCode}`))));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  const bareSearch = async () => void (await ledger.page(filter, 'discoveredAt', 'desc', 0, 20));
  try {
    // Both sides warm up first (connections opened, code compiled, plans cached): cold starts are not what the ratio is about.
    await paced(apiSearch, 2 * RATE);
    await paced(bareSearch, 2 * RATE);
    // Every search run before any export: an export reads 100,000 rows through both processes, and
    // the spell after it (collections, caches refilled) must not land on one side of a search run.
    for (let r = 0; r < o.runs; r++) {
      // API and bare SQL in turn over the same seconds' schedule, which goes first alternating by run.
      // (Both at once, interleaved, was tried: the machine then carries twice the load, and the side
      // with more work per request, the API, queues the more for it: docs/benchmarks.md.)
      const measureApi = async () => {
        const gcBefore = await apiGc(o.apiMetrics);
        const latencies = await paced(apiSearch, RATE * SECONDS);
        const loop = await apiLoop(o.apiMetrics);
        const gcAfter = await apiGc(o.apiMetrics);
        return { latencies, loop, gcMinor: gcAfter.minor - gcBefore.minor, gcMajor: gcAfter.major - gcBefore.major };
      };
      const bareFirst = r % 2 === 1;
      const bareEarly = bareFirst ? await paced(bareSearch, RATE * SECONDS) : null;
      const measured = await measureApi();
      const bare = bareEarly ?? (await paced(bareSearch, RATE * SECONDS));
      const api = measured.latencies;
      sample('ledger-search-api-p50', `GET /ledger?q=… at ${RATE}/s on ${o.total} hazards, median`, 'ms', percentile(api, 50));
      sample('ledger-search-sql-p50', `the same SQL straight on PostgreSQL at ${RATE}/s, median`, 'ms', percentile(bare, 50));
      sample('ledger-search-api-p99', `GET /ledger?q=… at ${RATE}/s on ${o.total} hazards, p99`, 'ms', percentile(api, 99));
      sample('ledger-search-sql-p99', `the same SQL straight on PostgreSQL at ${RATE}/s, p99`, 'ms', percentile(bare, 99));
      sample('ledger-search-p99-ratio', 'ledger search p99 ÷ the same SQL’s p99', 'x', percentile(api, 99) / percentile(bare, 99), { op: '<=', value: 2 });
      sample('ledger-api-loop-delay-max', "the API's longest event-loop delay during its search run", 'ms', measured.loop.max * 1000);
      sample('ledger-api-loop-delay-p99', "the API's event-loop delay p99 during its search run", 'ms', measured.loop.p99 * 1000);
      sample('ledger-api-gc-minor', "the API's minor collections during its search run, total pause", 'ms', measured.gcMinor * 1000);
      sample('ledger-api-gc-major', "the API's major collections during its search run, total pause", 'ms', measured.gcMajor * 1000);
    }
    for (let r = 0; r < o.runs; r++) {
      const before = rssMiB(o.apiPid);
      let peak = before;
      const watch = setInterval(() => (peak = Math.max(peak, rssMiB(o.apiPid))), 100);
      const t0 = Date.now();
      const bytes = await new Promise<number>((resolve, reject) => {
        const req = request(`${o.base}/ledger/export?format=xlsx`, { headers: { authorization: `Bearer ${o.token}` } }, (res) => {
          if (res.statusCode !== 200) reject(new Error(`GET /ledger/export answered ${res.statusCode}`));
          let n = 0;
          res.on('data', (c: Buffer) => (n += c.length));
          res.on('end', () => resolve(n));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
      });
      clearInterval(watch);
      sample('ledger-export-rss-growth', `API resident memory growth while exporting all ${o.total} hazards to .xlsx`, 'MiB', peak - before, { op: '<=', value: 100 });
      sample('ledger-export-seconds', `time to export all ${o.total} hazards to .xlsx (${(bytes / 2 ** 20).toFixed(1)} MiB)`, 's', (Date.now() - t0) / 1000);
    }
  } finally {
    agent.destroy();
    await bareDs.destroy();
  }
}

async function scrape(url: string): Promise<string> {
  return (await fetch(url)).text();
}
const value = (text: string, re: RegExp) => Number(re.exec(text)?.[1] ?? 0);

/** The API's event-loop delay since the previous scrape (prom-client resets its histogram at each), in s. */
async function apiLoop(url: string): Promise<{ max: number; p99: number }> {
  const text = await scrape(url);
  return { max: value(text, /^dutychain_nodejs_eventloop_lag_max_seconds\{[^}]*\} (\S+)$/m), p99: value(text, /^dutychain_nodejs_eventloop_lag_p99_seconds\{[^}]*\} (\S+)$/m) };
}

/** The API's total collection pauses so far, in s. */
async function apiGc(url: string): Promise<{ major: number; minor: number }> {
  const text = await scrape(url);
  return { major: value(text, /^dutychain_nodejs_gc_duration_seconds_sum\{[^}]*kind="major"[^}]*\} (\S+)$/m), minor: value(text, /^dutychain_nodejs_gc_duration_seconds_sum\{[^}]*kind="minor"[^}]*\} (\S+)$/m) };
}

/** `n` calls of `call`, one every 1/RATE s whatever the others are doing (open loop); their latencies in ms, sorted. */
async function paced(call: () => Promise<void>, n: number): Promise<number[]> {
  const latencies: number[] = [];
  const pending: Array<Promise<void>> = [];
  const started = Date.now();
  for (let i = 0; i < n; i++) {
    const due = started + (i * 1000) / RATE;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
    pending.push((async () => {
      const t = performance.now();
      await call();
      latencies.push(performance.now() - t);
    })());
  }
  await Promise.all(pending);
  return latencies.sort((a, b) => a - b);
}
