import type { DataSource, EntityManager } from 'typeorm';
import type { ChainHead, HazardEventRecord, HazardIntake } from '#domain';
import { eventHash, type CheckpointHead, type StoredChainRow } from '../audit-chain.js';
import { evaluateYellowCard } from '../discipline/yellow-card.repository.js';
import { projectApprovalRequest } from './approval-projection.repository.js';
import { insertHazardIntake } from './hazard-intake.repository.js';
import { insertNotice } from '../notifications/notice.js';
import { projectEvidence } from './attachment.repository.js';

/** PostgreSQL's SQLSTATE for a row that names a missing unit, person or other parent row. */
const FOREIGN_KEY_VIOLATION = '23503';

/** A write that names a unit, person or other row that does not exist: no retry can fix it. */
export class MissingReferenceError extends Error {
  constructor(readonly detail: string) {
    super(`the report names a unit or person that does not exist (${detail})`);
    this.name = 'MissingReferenceError';
  }
}

const PATCH_COLUMNS: Record<keyof HazardEventRecord['patch'], string> = {
  status: 'status',
  intakeFailure: 'intake_failure',
  responsiblePersonId: 'responsible_person_id',
  currentRung: 'current_rung',
  chain: 'chain',
  stageAction: 'stage_action',
  stageDeadline: 'stage_deadline',
  supervised: 'supervised',
  verificationFailures: 'verification_failures',
  policyName: 'policy_name',
  policyVersion: 'policy_version',
  reviewWorkflowId: 'review_workflow_id',
};

/**
 * The hazard workflow's writes: the intake, then its events in order. Each event is appended to the
 * hash chain once, applied to the read model, queued for its recipients in the outbox and
 * projected into the approval inbox, in one transaction, however often it is retried.
 */
export class HazardEventRepository {
  constructor(private readonly ds: DataSource) {}

  /** Stores the hazard and its `reported` event; a second call changes nothing. */
  async recordIntake(intake: HazardIntake): Promise<void> {
    try {
      await this.ds.transaction((m) => insertHazardIntake(m, intake));
    } catch (err) {
      if ((err as { code?: string }).code === FOREIGN_KEY_VIOLATION) throw new MissingReferenceError((err as { detail?: string }).detail ?? 'foreign key');
      throw err;
    }
  }

  /** The head (last event) of every hazard's chain in these units (null: in every unit), by hazard id. */
  heads(unitIds: string[] | null): Promise<CheckpointHead[]> {
    return this.ds.query(
      `SELECT DISTINCT ON (e.hazard_id) e.hazard_id AS "hazardId", e.sequence, e.hash
         FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id
        WHERE $1::text[] IS NULL OR h.unit_id = ANY($1) ORDER BY e.hazard_id, e.sequence DESC`,
      [unitIds],
    );
  }

  /** A hazard's chain up to a sequence, as verifyChain reads it, with the hazard's unit; empty when there is no such hazard. */
  async chainTo(hazardId: string, sequence: number): Promise<{ unitId: string | null; rows: StoredChainRow[] }> {
    const [h] = await this.ds.query(`SELECT unit_id FROM hazards WHERE id = $1`, [hazardId]);
    const rows: StoredChainRow[] = await this.ds.query(
      `SELECT hazard_id AS "hazardId", sequence, type, actor_id AS "actorId", occurred_at AS "occurredAt", payload, correlation_id AS "correlationId", prev_hash AS "prevHash", hash
         FROM hazard_events WHERE hazard_id = $1 AND sequence <= $2 ORDER BY sequence`,
      [hazardId, sequence],
    );
    return { unitId: h?.unit_id ?? null, rows };
  }

  async exists(hazardId: string): Promise<boolean> {
    const [stored] = await this.ds.query(`SELECT 1 FROM hazards WHERE id = $1`, [hazardId]);
    return !!stored;
  }

  /** Appends the events in order, then weighs the unit's yellow card once for the batch; answers the chain's head after the last. */
  async append(events: HazardEventRecord[]): Promise<ChainHead | null> {
    const last = events[events.length - 1];
    return this.ds.transaction(async (m) => {
      for (const event of events) await appendOne(m, event);
      if (events[0]) await evaluateYellowCard(m, events[0].hazardId, events.map((e) => e.type));
      if (!last) return null;
      // A retried write finds its rows already there: the head is what was stored then.
      const [head]: ChainHead[] = await m.query(`SELECT sequence, hash FROM hazard_events WHERE hazard_id = $1 AND sequence = $2`, [last.hazardId, last.sequence]);
      return head ?? null;
    });
  }
}

async function appendOne(m: EntityManager, event: HazardEventRecord): Promise<void> {
  const [prev]: Array<{ hash: string }> = await m.query(`SELECT hash FROM hazard_events WHERE hazard_id = $1 AND sequence = $2`, [
    event.hazardId,
    event.sequence - 1,
  ]);
  // The workflow numbers events without gaps; a missing predecessor means its write has not landed yet.
  if (!prev) throw new Error(`event ${event.sequence - 1} of hazard ${event.hazardId} is not recorded yet`);
  const correlationId = event.correlationId ?? null;
  const hash = eventHash(prev.hash, { ...event, correlationId });
  const inserted: unknown[] = await m.query(
    `INSERT INTO hazard_events (hazard_id, sequence, type, actor_id, occurred_at, payload, correlation_id, prev_hash, hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT DO NOTHING RETURNING sequence`,
    [event.hazardId, event.sequence, event.type, event.actorId, event.occurredAt, event.payload, correlationId, prev.hash, hash],
  );
  if (inserted.length === 0) return;

  const sets = ['last_sequence = GREATEST(last_sequence, $2)', 'updated_at = now()'];
  const params: unknown[] = [event.hazardId, event.sequence];
  for (const [key, column] of Object.entries(PATCH_COLUMNS)) {
    const value = event.patch[key as keyof HazardEventRecord['patch']];
    if (value === undefined) continue;
    params.push(column === 'chain' && value !== null ? JSON.stringify(value) : value);
    sets.push(`${column} = $${params.length}`);
  }
  await m.query(`UPDATE hazards SET ${sets.join(', ')} WHERE id = $1`, params);

  for (const n of event.notify) {
    await insertNotice(m, { hazardId: event.hazardId }, event.sequence, n.recipientId, n.kind, { type: event.type, occurredAt: event.occurredAt, ...event.payload });
  }
  await projectApprovalRequest(m, event);
  await projectEvidence(m, event);
}
