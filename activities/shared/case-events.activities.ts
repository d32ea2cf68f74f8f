import type { CaseEventRecord } from '#domain';
import { projectCaseEvent } from '#persistence';
import type { CaseActivityDeps } from './case-deps.js';

/** Appends reviews', incidents', campaigns' and signings' events to their streams; safe to retry. */
export function createCaseEventActivities({ dataSource: ds }: CaseActivityDeps) {
  return {
    /** Appends events to their stream and applies each one's effects to the read models, once. */
    async recordCaseEvents(records: CaseEventRecord[]): Promise<void> {
      await ds.transaction(async (m) => {
        for (const r of records) {
          const inserted: unknown[] = await m.query(
            `INSERT INTO case_events (stream, sequence, type, actor_id, occurred_at, payload, correlation_id)
             VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT DO NOTHING RETURNING sequence`,
            [r.stream, r.sequence, r.type, r.actorId, r.occurredAt, r.payload, r.correlationId],
          );
          if (inserted.length === 0) continue;
          for (const n of r.notify) {
            await m.query(
              `INSERT INTO notifications (stream, sequence, recipient_id, kind, payload) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
              [r.stream, r.sequence, n.recipientId, n.kind, { type: r.type, occurredAt: r.occurredAt, ...r.payload }],
            );
          }
          await projectCaseEvent(m, r);
        }
      });
    },
  };
}

export type CaseEventActivities = ReturnType<typeof createCaseEventActivities>;
