import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { dutyRunStream, dutyScheduleId } from '#domain';
import { pollUntil } from './poll.js';

/**
 * After the faults: every run the schedule started (Temporal's own count of actions taken) must
 * be recorded once in its stream (started, opened, finished) with exactly one campaign.
 * Waits for the runs still open (their campaigns' deadlines) first.
 */
export async function tallyDutyRuns(db: DataSource, temporalAddress: string, scheduleId: string): Promise<{ taken: number; recorded: number; lost: number; doubled: number; problems: string[] }> {
  const connection = await Connection.connect({ address: temporalAddress });
  try {
    const client = new Client({ connection });
    const described = await client.schedule.getHandle(dutyScheduleId(scheduleId)).describe();
    const taken = described.info.numActionsTaken;
    const streams = async () =>
      (await db.query(
        `SELECT stream, array_agg(type ORDER BY sequence) AS types FROM case_events WHERE stream LIKE 'duty-run:%' AND payload->>'scheduleId' = $1 GROUP BY stream`,
        [scheduleId],
      )) as Array<{ stream: string; types: string[] }>;
    let open = -1;
    await pollUntil(() => `every duty run to finish (${open} still open)`, async () => {
      const s = await streams();
      open = taken - s.filter((r) => r.types.includes('duty_run_finished')).length;
      return open <= 0;
    }, { timeoutMs: 120_000, intervalMs: 1000 });
    const problems: string[] = [];
    const found = await streams();
    const campaigns: Array<{ duty_run: string; n: number }> = await db.query(`SELECT duty_run, count(*)::int AS n FROM supervision_campaigns WHERE schedule_id = $1 GROUP BY duty_run`, [scheduleId]);
    let doubled = 0;
    for (const r of found) {
      if (r.types.join(',') !== 'duty_run_started,duty_run_opened,duty_run_finished') {
        problems.push(`${r.stream}: events ${r.types.join(',')}`);
        doubled++;
      }
    }
    for (const c of campaigns) {
      if (c.n !== 1) {
        problems.push(`${dutyRunStream(c.duty_run)}: ${c.n} campaigns`);
        doubled++;
      }
    }
    const recorded = found.filter((r) => campaigns.some((c) => dutyRunStream(c.duty_run) === r.stream)).length;
    const lost = Math.max(0, taken - recorded);
    if (lost) problems.push(`${lost} of the ${taken} duty runs Temporal started left no record`);
    if (found.length > taken) {
      problems.push(`${found.length} duty runs recorded, Temporal started ${taken}`);
      doubled += found.length - taken;
    }
    if (taken < 3) problems.push(`the schedule started only ${taken} runs during the faults`);
    return { taken, recorded, lost, doubled, problems };
  } finally {
    await connection.close();
  }
}
