import type { DataSource } from 'typeorm';
import { pollUntil } from './poll.js';

export interface MailTally {
  deliveries: number;
  /** Deliveries whose Message-ID never arrived. */
  lost: number;
  /** Notices that arrived under two different Message-IDs (none may). */
  doubled: number;
  /** Repeats of a Message-ID already received: resends after a crash between sending and marking, recognisable by their id. */
  resent: number;
}

/**
 * Waits until every email delivery is sent, then holds Mailpit's inbox to the outbox: every
 * delivery arrived under its notice's Message-ID, and no notice under another.
 */
export async function tallyMail(db: Pick<DataSource, 'query'>, mailpitUrl: string, timeoutMs = 120_000): Promise<MailTally> {
  await pollUntil('every email delivery sent', async () => {
    const [{ open }] = await db.query(`SELECT count(*)::int AS open FROM notice_deliveries WHERE channel = 'email' AND status <> 'sent'`);
    return open === 0;
  }, { timeoutMs, intervalMs: 1000 });
  const rows: Array<{ id: string; address: string }> = await db.query(`SELECT notification_id::text AS id, address FROM notice_deliveries WHERE channel = 'email'`);
  const expected = new Set(rows.map((r) => `notice-${r.id}@dutychain`));
  const copies = await inbox(mailpitUrl);
  return {
    deliveries: rows.length,
    lost: [...expected].filter((id) => !copies.has(id)).length,
    doubled: [...copies.keys()].filter((id) => !expected.has(id)).length,
    resent: [...copies.values()].reduce((sum, n) => sum + n - 1, 0),
  };
}

/** Every message in Mailpit, counted by Message-ID. */
async function inbox(mailpitUrl: string): Promise<Map<string, number>> {
  const received: Array<{ MessageID: string }> = [];
  for (let start = 0; ; start += 500) {
    const page = (await (await fetch(`${mailpitUrl}/api/v1/messages?start=${start}&limit=500`)).json()) as { messages: typeof received; total: number };
    received.push(...page.messages);
    if (received.length >= page.total || page.messages.length === 0) break;
  }
  const copies = new Map<string, number>();
  for (const m of received) copies.set(m.MessageID, (copies.get(m.MessageID) ?? 0) + 1);
  return copies;
}
