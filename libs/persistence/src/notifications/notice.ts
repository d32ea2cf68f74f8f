import { defaultChannels, REMINDER_KINDS, reminderSendAt, type NoticeKind } from '#domain';
import type { DataSource } from 'typeorm';
import { actingPersonNow } from '../org/acting.repository.js';

/** Where a notice comes from: an event of a hazard's chain, or of a case stream (review, incident, campaign, unit). */
export type NoticeSource = { hazardId: string; stream?: never } | { stream: string; hazardId?: never };

type Reader = { email: string | null; channels: string[] | null; quiet_hours: string | null; robots: Array<{ channel: string; env: string }> };

/**
 * Writes one notice, once (a retried write changes nothing), for the recipient and for whoever acts
 * for them now (职务代理), whose copy says for whom; each is a row of its reader's feed, and one
 * delivery per channel the kind goes to and the reader has and wants (an email address; the group
 * robots of their unit), in the same transaction. A reminder that falls in the reader's quiet
 * hours waits for their end, unless its deadline comes first. Every notice goes through here.
 */
export async function insertNotice(m: Pick<DataSource, 'query'>, source: NoticeSource, sequence: number, recipientId: string, kind: NoticeKind, payload: Record<string, unknown>): Promise<void> {
  const [column, key] = source.hazardId !== undefined ? ['hazard_id', source.hazardId] : ['stream', source.stream];
  const acting = await actingPersonNow(m, recipientId);
  for (const [to, extra] of [[recipientId, {}], ...(acting ? [[acting, { actingFor: recipientId }] as const] : [])] as const) {
    // Through a CTE: the driver answers a bare INSERT … RETURNING as [rows, count]; a repeat inserts nothing and so sends nothing.
    const [notice]: Array<{ id: string }> = await m.query(
      `WITH notice AS (INSERT INTO notifications (${column}, sequence, recipient_id, kind, payload) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING RETURNING id) SELECT id::text AS id FROM notice`,
      [key, sequence, to, kind, { ...payload, ...extra }],
    );
    if (!notice) continue;
    const [reader]: Reader[] = await m.query(
      `SELECT p.email, p.channels, p.quiet_hours,
              coalesce((SELECT json_agg(json_build_object('channel', r.channel, 'env', r.webhook_env)) FROM unit_robots r WHERE r.unit_id = p.unit_id), '[]') AS robots
         FROM people p WHERE p.id = $1`,
      [to],
    );
    if (!reader) continue;
    const wanted = defaultChannels(kind).filter((c) => !reader.channels || reader.channels.includes(c));
    const targets = [...(reader.email ? [{ channel: 'email', address: reader.email }] : []), ...reader.robots.map((r) => ({ channel: r.channel, address: r.env }))].filter((t) =>
      (wanted as readonly string[]).includes(t.channel),
    );
    if (!targets.length) continue;
    const deadline = typeof payload.deadline === 'string' ? Date.parse(payload.deadline) : NaN;
    // Null: at once, by the database's clock (the one the dispatchers compare with).
    const now = Date.now();
    const held = REMINDER_KINDS.includes(kind) ? reminderSendAt(now, reader.quiet_hours, Number.isNaN(deadline) ? null : deadline) : now;
    const sendAt = held > now ? held : null;
    await m.query(
      `INSERT INTO notice_deliveries (notification_id, channel, address, next_attempt_at)
       SELECT $1, t.channel, t.address, coalesce(to_timestamp($3::double precision / 1000), now()) FROM json_to_recordset($2::json) AS t(channel text, address text)`,
      [notice.id, JSON.stringify(targets), sendAt],
    );
  }
}
