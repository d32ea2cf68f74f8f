import type { NoticeKind } from '#domain';
import type { DataSource } from 'typeorm';
import { actingPersonNow } from '../org/acting.repository.js';

/** Where a notice comes from: an event of a hazard's chain, or of a case stream (review, incident, campaign, unit). */
export type NoticeSource = { hazardId: string; stream?: never } | { stream: string; hazardId?: never };

/**
 * Writes one notice, once (a retried write changes nothing), for the recipient and for whoever acts
 * for them now (职务代理), whose copy says for whom; each is a row of its reader's feed, and one
 * delivery per channel the reader has (an email address; the group robots of their unit), in the
 * same transaction. Every notice goes through here.
 */
export async function insertNotice(m: Pick<DataSource, 'query'>, source: NoticeSource, sequence: number, recipientId: string, kind: NoticeKind, payload: Record<string, unknown>): Promise<void> {
  const [column, key] = source.hazardId !== undefined ? ['hazard_id', source.hazardId] : ['stream', source.stream];
  const acting = await actingPersonNow(m, recipientId);
  for (const [to, extra] of [[recipientId, {}], ...(acting ? [[acting, { actingFor: recipientId }] as const] : [])] as const) {
    // Through a CTE: the driver answers a bare INSERT … RETURNING as [rows, count]; a repeat inserts nothing and so sends nothing.
    await m.query(
      `WITH notice AS (
         INSERT INTO notifications (${column}, sequence, recipient_id, kind, payload) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING RETURNING id
       )
       INSERT INTO notice_deliveries (notification_id, channel, address)
       SELECT notice.id, 'email', p.email FROM notice JOIN people p ON p.id = $3 WHERE p.email IS NOT NULL
       UNION ALL
       SELECT notice.id, r.channel, r.webhook_env FROM notice JOIN people p ON p.id = $3 JOIN unit_robots r ON r.unit_id = p.unit_id`,
      [key, sequence, to, kind, { ...payload, ...extra }],
    );
  }
}
