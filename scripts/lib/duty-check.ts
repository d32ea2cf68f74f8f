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

/**
 * After the faults: every shift's workflow ran to its end exactly once: one shift_published, no
 * event twice, and its last word said (a missing handover log after a check-in, the escalation of
 * a missing one). Waits for the last shifts' graces first.
 */
export async function tallyShifts(db: DataSource, shiftIds: string[]): Promise<{ complete: number; lost: number; doubled: number; problems: string[] }> {
  const read = async () =>
    (await db.query(`SELECT stream, array_agg(type ORDER BY sequence) AS types FROM case_events WHERE stream = ANY($1) GROUP BY stream`, [shiftIds.map((id) => `shift:${id}`)])) as Array<{ stream: string; types: string[] }>;
  const ended = (types: string[]) => types.includes('shift_handover_missing') || (!types.includes('shift_checked_in') && types.includes('shift_check_in_escalated'));
  let open = -1;
  await pollUntil(() => `every shift to reach its end (${open} not yet)`, async () => {
    const rows = await read();
    open = shiftIds.length - rows.filter((r) => ended(r.types)).length;
    return open === 0;
  }, { timeoutMs: 120_000, intervalMs: 1000 }).catch(() => undefined);
  const rows = await read();
  const problems: string[] = [];
  let doubled = 0;
  for (const r of rows) {
    const twice = r.types.filter((t, i) => r.types.indexOf(t) !== i);
    if (twice.length) {
      problems.push(`${r.stream}: ${[...new Set(twice)].join(', ')} recorded twice`);
      doubled++;
    }
  }
  const complete = rows.filter((r) => ended(r.types)).length;
  const lost = shiftIds.length - complete;
  if (lost) problems.push(`${lost} of ${shiftIds.length} shifts never reached their end: ${rows.filter((r) => !ended(r.types)).map((r) => `${r.stream} ${r.types.join(',')}`).join('; ')}`);
  return { complete, lost, doubled, problems };
}
