import { request } from 'node:http';
import autocannon from 'autocannon';
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
export async function measureLedger(o: { owner: ReturnType<typeof createDataSource>; url: string; base: string; token: string; apiPid: number; runs: number; total: number; sample: Sample }): Promise<void> {
  const { owner, sample } = o;
  const units: string[] = (await owner.query(`SELECT id FROM units`)).map((u: { id: string }) => u.id);
  const filter: LedgerFilter = { units, q: TERM };
  // A pool the size of the API's (10), so that both sides queue alike.
  const bareDs = await createDataSource({ url: o.url, poolSize: 10 }).initialize();
  const ledger = new LedgerRepository(bareDs);
  try {
    for (let r = 0; r < o.runs; r++) {
      const api = await autocannon({ url: `${o.base}/ledger?q=${encodeURIComponent(TERM)}&pageSize=20`, connections: 10, overallRate: RATE, duration: SECONDS, headers: { authorization: `Bearer ${o.token}` } });
      if (api.non2xx || api.errors) throw new Error(`GET /ledger: ${api.non2xx} non-2xx answers, ${api.errors} errors`);
      // The same two statements (page and count) on the same pool size, at the same rate, with no HTTP, Nest or auth around them.
      const latencies: number[] = [];
      const pending: Array<Promise<void>> = [];
      const started = Date.now();
      for (let i = 0; i < RATE * SECONDS; i++) {
        const due = started + (i * 1000) / RATE;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
        pending.push((async () => {
          const t = performance.now();
          await ledger.page(filter, 'discoveredAt', 'desc', 0, 20);
          latencies.push(performance.now() - t);
        })());
      }
      await Promise.all(pending);
      latencies.sort((a, b) => a - b);
      const bare = percentile(latencies, 99);
      sample('ledger-search-api-p99', `GET /ledger?q=… at ${RATE}/s on ${o.total} hazards, p99`, 'ms', api.latency.p99);
      sample('ledger-search-sql-p99', `the same SQL straight on PostgreSQL at ${RATE}/s, p99`, 'ms', bare);
      sample('ledger-search-p99-ratio', 'ledger search p99 ÷ the same SQL’s p99', 'x', api.latency.p99 / bare, { op: '<=', value: 2 });

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
    await bareDs.destroy();
  }
}
