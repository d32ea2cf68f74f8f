import { ApplicationFailure, asyncLocalStorage, log } from '@temporalio/activity';
import type { DataSource, EntityManager } from 'typeorm';
import {
  resolveResponsibilityChain as resolveChain,
  type AccountabilityReviewInput,
  type HazardAssignment,
  type HazardCategory,
  type HazardEventRecord,
  type HazardIntake,
  type Severity,
  REPORTED_EVENT_SEQUENCE,
} from '#domain';

/** PostgreSQL's SQLSTATE for a row that names a missing unit, person or other parent row. */
const FOREIGN_KEY_VIOLATION = '23503';
import { evaluateYellowCard, eventHash, insertHazardIntake, loadOrgSnapshot, projectApprovalRequest, validAtSql } from '#persistence';

export interface HazardActivityDeps {
  dataSource: DataSource;
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

/** Side effects of the hazard workflow; every one is safe to retry. */
export function createHazardActivities({ dataSource }: HazardActivityDeps) {
  return {
    async recordIntake(intake: HazardIntake): Promise<void> {
      try {
        await dataSource.transaction((m) => insertHazardIntake(m, intake));
      } catch (err) {
        // No retry brings a unit or person into being: fail at once instead of retrying for ever.
        if ((err as { code?: string }).code === FOREIGN_KEY_VIOLATION) {
          throw ApplicationFailure.nonRetryable(`the report names a unit or person that does not exist (${(err as { detail?: string }).detail ?? 'foreign key'})`, 'IntakeReferenceMissing');
        }
        throw err;
      }
    },

    /** The chain, the verifiers and the supervisors, from the org chart valid when the hazard was reported. */
    async resolveAssignment(input: { unitId: string; category: HazardCategory; severity: Severity; at: string }): Promise<HazardAssignment> {
      const at = new Date(input.at);
      const org = await loadOrgSnapshot(dataSource, input.unitId, at);
      if (!org) throw ApplicationFailure.nonRetryable(`unit ${input.unitId} does not exist`, 'IntakeReferenceMissing');
      const chain = resolveChain(org, input.category);
      const officers = (unitId: string) => heldBy(dataSource, unitId, 'safety_officer', at);
      const principal = org.positions.find((p) => p.kind === 'principal')?.person.id;
      const superiorPrincipal = org.superior?.principal?.id;
      // 验收: the unit's safety officer for general hazards; the superior unit for major ones.
      let verifiers =
        input.severity === 'major' && org.superior
          ? [...(superiorPrincipal ? [superiorPrincipal] : []), ...(await officers(org.superior.id))]
          : await officers(input.unitId);
      if (verifiers.length === 0 && principal) verifiers = [principal];
      const supervisors = [principal, superiorPrincipal].filter((x): x is string => !!x);
      return { chain, verifiers: [...new Set(verifiers)], supervisors };
    },

    /** Appends events in order and applies each one's effects to the read models, once, whatever the retries. */
    recordHazardEvents(events: HazardEventRecord[]): Promise<void> {
      return writeHazardEvents(dataSource, events);
    },

    /**
     * Records that the intake failed for good: the hazard's status `intake_failed` with the reason,
     * an event in its chain, and a notice to the unit's safety officers (its principal where it has
     * none) and to the reporter. Nothing to record when the hazard's row itself could not be
     * written (the report named a unit or person that does not exist).
     */
    async recordIntakeFailure(input: { intake: HazardIntake; reason: string; code: string }): Promise<boolean> {
      const { intake } = input;
      const [stored] = await dataSource.query(`SELECT 1 FROM hazards WHERE id = $1`, [intake.hazardId]);
      if (!stored) return false;
      const now = new Date();
      let recipients = await heldBy(dataSource, intake.unitId, 'safety_officer', now);
      if (recipients.length === 0) recipients = await heldBy(dataSource, intake.unitId, 'principal', now);
      const event: HazardEventRecord = {
        hazardId: intake.hazardId,
        sequence: REPORTED_EVENT_SEQUENCE + 1,
        type: 'intake_failed',
        actorId: null,
        occurredAt: now.toISOString(),
        payload: { reason: input.reason, code: input.code },
        patch: { status: 'intake_failed', intakeFailure: input.reason },
        notify: [...new Set([...recipients, intake.reportedBy])].map((recipientId) => ({ recipientId, kind: 'intake_failed' })),
        correlationId: intake.correlationId ?? null,
      };
      await writeHazardEvents(dataSource, [event]);
      return true;
    },

    async openAccountabilityReview(input: AccountabilityReviewInput): Promise<void> {
      await dataSource.query(
        `INSERT INTO accountability_reviews (id, hazard_id, incident_id, unit_id, severity, reason, facts, requested_by)
         SELECT $1, $2, $3, $4, coalesce((SELECT severity FROM hazards WHERE id = $2), (SELECT severity FROM incidents WHERE id = $3)), $5, $6, $7
         ON CONFLICT DO NOTHING`,
        [input.reviewId, input.hazardId, input.incidentId ?? null, input.unitId, input.reason, input.facts, input.requestedBy ?? null],
      );
    },
  };
}

export type HazardActivities = ReturnType<typeof createHazardActivities>;

async function writeHazardEvents(dataSource: DataSource, events: HazardEventRecord[]): Promise<void> {
  await dataSource.transaction(async (m) => {
    for (const event of events) await recordOne(m, event);
    if (events[0]) await evaluateYellowCard(m, events[0].hazardId, events.map((e) => e.type));
  });
  const first = events[0];
  // Only inside an activity: tests and scripts also call these functions directly.
  if (first && asyncLocalStorage.getStore()) {
    log.info('hazard events recorded', {
      hazardId: first.hazardId,
      sequences: events.map((e) => e.sequence),
      types: events.map((e) => e.type),
      correlationId: first.correlationId ?? null,
    });
  }
}

async function heldBy(ds: DataSource, unitId: string, kind: string, at: Date): Promise<string[]> {
  const rows: Array<{ person_id: string }> = await ds.query(
    `SELECT person_id FROM positions WHERE unit_id = $1 AND kind = $2 AND ${validAtSql('$3')} ORDER BY person_id`,
    [unitId, kind, at],
  );
  return rows.map((r) => r.person_id);
}

async function recordOne(m: EntityManager, event: HazardEventRecord): Promise<void> {
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
    await m.query(
      `INSERT INTO notifications (hazard_id, sequence, recipient_id, kind, payload) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
      [event.hazardId, event.sequence, n.recipientId, n.kind, { type: event.type, occurredAt: event.occurredAt, ...event.payload }],
    );
  }
  await projectApprovalRequest(m, event);
}
