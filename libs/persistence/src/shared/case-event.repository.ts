import type { DataSource } from 'typeorm';
import type { CaseEventRecord } from '#domain';
import { projectCaseEvent } from './case-projections.repository.js';
import { insertNotice } from '../notifications/notice.js';

/** The event streams of reviews, incidents, campaigns, signings and units. */
export class CaseEventRepository {
  constructor(private readonly ds: DataSource) {}

  /** Appends events to their stream and applies each one's effects to the read models, once, whatever the retries. */
  async append(records: CaseEventRecord[]): Promise<void> {
    await this.ds.transaction(async (m) => {
      for (const r of records) {
        const inserted: unknown[] = await m.query(
          `INSERT INTO case_events (stream, sequence, type, actor_id, occurred_at, payload, correlation_id)
           VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT DO NOTHING RETURNING sequence`,
          [r.stream, r.sequence, r.type, r.actorId, r.occurredAt, r.payload, r.correlationId],
        );
        if (inserted.length === 0) continue;
        for (const n of r.notify) {
          await insertNotice(m, { stream: r.stream }, r.sequence, n.recipientId, n.kind, { type: r.type, occurredAt: r.occurredAt, ...r.payload });
        }
        await projectCaseEvent(m, r);
      }
    });
  }

  /** One stream's events in order, as the API shows them. */
  stream(stream: string): Promise<Array<{ sequence: number; type: string; actorId: string | null; occurredAt: Date; payload: unknown }>> {
    return this.ds.query(`SELECT sequence, type, actor_id AS "actorId", occurred_at AS "occurredAt", payload FROM case_events WHERE stream = $1 ORDER BY sequence`, [stream]);
  }
}
