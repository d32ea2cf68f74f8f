import type { DataSource } from 'typeorm';
import type { NoticeKind, NoticeRecord, NoticeSubjectType } from '#domain';

export type FeedNotice = NoticeRecord;

export interface FeedQuery {
  recipientId: string;
  unreadOnly?: boolean;
  kinds?: string[];
  /** Rows after this one in feed order (unread first, then newest first). */
  after?: { unread: boolean; id: string } | null;
  limit: number;
}

type Row = {
  id: string; kind: NoticeKind; payload: Record<string, unknown>; created_at: Date; read_at: Date | null; hazard_id: string | null; stream: string | null;
  title: string | null; unit_name: string | null; year: number | null; undelivered: string[];
};

/**
 * Each notice's row in its recipient's feed, with what the text needs (the subject's title and
 * unit name, never ids). Streams are named `<type>:<id>` (review, incident, campaign, signing, unit, warning).
 */
const FEED_SELECT = `
  SELECT n.id::text AS id, n.kind, n.payload, n.created_at, n.read_at, n.hazard_id, n.stream,
         coalesce(h.title, i.title, c.title, rh.title, ri.title, w.title, pl.title, ds.title, st.title) AS title,
         coalesce(hu.name, iu.name, cu.name, ru.name, su.name, uu.name, wu.name, shu.name, plu.name, dsu.name, stu.name) AS unit_name,
         s.year,
         ARRAY(SELECT d.channel FROM notice_deliveries d WHERE d.notification_id = n.id AND d.status = 'failed' ORDER BY d.channel) AS undelivered
    FROM notifications n
    LEFT JOIN hazards h ON h.id = n.hazard_id
    LEFT JOIN units hu ON hu.id = h.unit_id
    LEFT JOIN incidents i ON n.stream LIKE 'incident:%' AND i.id::text = substr(n.stream, 10)
    LEFT JOIN units iu ON iu.id = i.unit_id
    LEFT JOIN supervision_campaigns c ON n.stream LIKE 'campaign:%' AND c.id::text = substr(n.stream, 10)
    LEFT JOIN units cu ON cu.id = c.issuer_unit_id
    LEFT JOIN accountability_reviews r ON n.stream LIKE 'review:%' AND r.id = substr(n.stream, 8)
    LEFT JOIN hazards rh ON rh.id = r.hazard_id
    LEFT JOIN incidents ri ON ri.id = r.incident_id
    LEFT JOIN units ru ON ru.id = r.unit_id
    LEFT JOIN letter_signings s ON n.stream LIKE 'signing:%' AND s.id::text = substr(n.stream, 9)
    LEFT JOIN units su ON su.id = s.unit_id
    LEFT JOIN units uu ON n.stream LIKE 'unit:%' AND uu.id = substr(n.stream, 6)
    LEFT JOIN early_warnings w ON n.stream LIKE 'warning:%' AND w.id::text = substr(n.stream, 9)
    LEFT JOIN units wu ON wu.id = w.issuer_unit_id
    LEFT JOIN duty_shifts sh ON n.stream LIKE 'shift:%' AND sh.id::text = substr(n.stream, 7)
    LEFT JOIN units shu ON shu.id = sh.unit_id
    LEFT JOIN contingency_plans pl ON n.stream LIKE 'plan:%' AND pl.id::text = substr(n.stream, 6)
    LEFT JOIN units plu ON plu.id = pl.unit_id
    LEFT JOIN duty_schedules ds ON n.stream LIKE 'duty-run:%' AND ds.id::text = n.payload->>'scheduleId'
    LEFT JOIN units dsu ON n.stream LIKE 'duty-run:%' AND dsu.id = n.payload->>'unitId'
    LEFT JOIN statistics_reports st ON n.stream LIKE 'statistics:%' AND st.id::text = substr(n.stream, 12)
    LEFT JOIN units stu ON stu.id = st.root_unit_id`;

function toNotice(r: Row): FeedNotice {
  // A duty run's notice is about the unit it asks (its page has what to do), not the run.
  const dutyRun = r.stream?.startsWith('duty-run:') && typeof r.payload.unitId === 'string';
  const [type, id] = r.hazard_id ? ['hazard', r.hazard_id] : dutyRun ? ['unit', r.payload.unitId as string] : [r.stream!.slice(0, r.stream!.indexOf(':')), r.stream!.slice(r.stream!.indexOf(':') + 1)];
  return {
    id: r.id,
    kind: r.kind,
    payload: r.payload,
    createdAt: r.created_at,
    readAt: r.read_at,
    undelivered: r.undelivered,
    subject: { type: type as NoticeSubjectType, id: id!, title: r.title, unitName: r.unit_name, year: r.year },
  };
}

export class FeedRepository {
  constructor(private readonly ds: DataSource) {}

  async page(q: FeedQuery): Promise<FeedNotice[]> {
    const params: unknown[] = [q.recipientId, q.limit];
    const where = ['n.recipient_id = $1'];
    if (q.unreadOnly) where.push('n.read_at IS NULL');
    if (q.kinds?.length) where.push(`n.kind = ANY($${params.push(q.kinds)})`);
    if (q.after) {
      // Feed order: unread (true) before read (false), then newest id first.
      const unread = `$${params.push(q.after.unread)}`;
      const id = `$${params.push(q.after.id)}::bigint`;
      where.push(`((n.read_at IS NULL) < ${unread} OR ((n.read_at IS NULL) = ${unread} AND n.id < ${id}))`);
    }
    const rows: Row[] = await this.ds.query(`${FEED_SELECT} WHERE ${where.join(' AND ')} ORDER BY (n.read_at IS NULL) DESC, n.id DESC LIMIT $2`, params);
    return rows.map(toNotice);
  }

  /** Notices newer than `afterId`, oldest first: what a live stream has not sent yet. */
  async newSince(recipientId: string, afterId: string, limit = 50): Promise<FeedNotice[]> {
    const rows: Row[] = await this.ds.query(`${FEED_SELECT} WHERE n.recipient_id = $1 AND n.id > $2::bigint ORDER BY n.id LIMIT $3`, [recipientId, afterId, limit]);
    return rows.map(toNotice);
  }

  /** These notices, whoever they are for (the senders render them). */
  async byIds(ids: string[]): Promise<FeedNotice[]> {
    const rows: Row[] = ids.length ? await this.ds.query(`${FEED_SELECT} WHERE n.id = ANY($1::bigint[]) ORDER BY n.id`, [ids]) : [];
    return rows.map(toNotice);
  }

  async unreadCount(recipientId: string): Promise<number> {
    const [row] = await this.ds.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [recipientId]);
    return row.n;
  }

  async latestId(recipientId: string): Promise<string> {
    const [row] = await this.ds.query(`SELECT coalesce(max(id), 0)::text AS id FROM notifications WHERE recipient_id = $1`, [recipientId]);
    return row.id;
  }

  /** Of these ids, those that are not this person's notices (someone else's, or none at all). */
  async notOwned(recipientId: string, ids: string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.ds.query(`SELECT id::text AS id FROM notifications WHERE id = ANY($1::bigint[]) AND recipient_id = $2`, [ids, recipientId]);
    const owned = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !owned.has(id));
  }

  /** Marks the given notices (or all) read; a notice already read keeps its first reading. Returns how many changed. */
  async markRead(recipientId: string, ids: string[] | 'all'): Promise<number> {
    // Through a CTE: the driver answers a bare UPDATE … RETURNING as [rows, count].
    const rows: unknown[] = await this.ds.query(
      `WITH marked AS (UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[])) RETURNING id) SELECT id FROM marked`,
      [recipientId, ids === 'all' ? null : ids],
    );
    return rows.length;
  }
}
