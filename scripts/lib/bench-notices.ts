import { insertNotice, type createDataSource } from '#persistence';
import { percentile } from './bench-stats.js';
import { pollUntil } from './poll.js';

type Sample = (key: string, label: string, unit: string, value: number) => void;


/**
 * Notice delivery by email through a real SMTP server (Mailpit): the delay from a notice being
 * written (in its event's transaction) to its email being accepted, over every notice the runs
 * before it sent; and the send throughput of one worker on a burst of `burst` notices written
 * while no worker ran.
 */
export async function measureNotices(o: {
  owner: ReturnType<typeof createDataSource>;
  runs: number;
  burst: number;
  setWorkers: (n: number) => Promise<void>;
  sample: Sample;
  /** Whether the lifecycle runs came first: the delay is measured over their notices, not over a handful. */
  afterLifecycles: boolean;
}): Promise<void> {
  const { owner, sample } = o;
  const delays: number[] = (
    await owner.query(
      `SELECT extract(epoch FROM d.sent_at - n.created_at) * 1000 AS ms FROM notice_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE d.channel = 'email' AND d.status = 'sent' AND n.sequence < 1000000`,
    )
  ).map((r: { ms: string }) => Number(r.ms)).sort((a: number, b: number) => a - b);
  if (o.afterLifecycles && delays.length) {
    sample('notice-delay-p50', `Notice written → email accepted by SMTP, over ${delays.length} notices, p50`, 'ms', percentile(delays, 50));
    sample('notice-delay-p99', `Notice written → email accepted by SMTP, over ${delays.length} notices, p99`, 'ms', percentile(delays, 99));
  }
  // The burst's notices are about a unit (a case stream), so no hazard need exist.
  const stream = 'unit:prov';
  const people: string[] = (await owner.query(`SELECT id FROM people WHERE email IS NOT NULL ORDER BY id LIMIT 50`)).map((r: { id: string }) => r.id);
  for (let r = 0; r < o.runs; r++) {
    await o.setWorkers(0);
    const first = 1_000_000 + r * o.burst;
    await owner.transaction(async (m) => {
      for (let i = 0; i < o.burst; i++) {
        await insertNotice(m, { stream }, first + i, people[i % people.length]!, 'yellow_card', { type: 'yellow_card', occurredAt: new Date().toISOString(), deadline: new Date(Date.now() + 3600_000).toISOString() });
      }
    });
    await o.setWorkers(1);
    const done = async () => {
      const [{ open }] = await owner.query(
        `SELECT count(*)::int AS open FROM notice_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.stream = $1 AND n.sequence >= $2 AND n.sequence < $3 AND d.status <> 'sent'`,
        [stream, first, first + o.burst],
      );
      return open === 0;
    };
    await pollUntil(`${o.burst} notices mailed`, done, { timeoutMs: 600_000, intervalMs: 250 });
    const [{ span }] = await owner.query(
      `SELECT extract(epoch FROM max(d.sent_at) - min(d.sent_at)) AS span FROM notice_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.stream = $1 AND n.sequence >= $2 AND n.sequence < $3`,
      [stream, first, first + o.burst],
    );
    sample('notices-per-s', `Email sent by one worker on a burst of ${o.burst} notices (SMTP to Mailpit)`, 'notices/s', o.burst / Math.max(Number(span), 0.001));
  }
}
