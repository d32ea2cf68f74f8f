import { ApplicationFailure, asyncLocalStorage, log } from '@temporalio/activity';
import {
  resolveResponsibilityChain as resolveChain,
  type AccountabilityReviewInput,
  type ChainHead,
  type ChainRung,
  type HazardAssignment,
  type HazardCategory,
  type HazardEventRecord,
  type HazardIntake,
  type Severity,
  REPORTED_EVENT_SEQUENCE,
} from '#domain';
import { MissingReferenceError, type HazardEventRepository } from '#persistence';
import type { ActivityDeps } from '../shared/case-deps.js';

/** What the worker's metrics hear of the hazard activities. */
export interface HazardActivityObserver {
  /** A missed deadline's consequence (escalation, or a review at the top) recorded `lagSeconds` after the deadline. */
  deadlineMissedRecorded(action: string, lagSeconds: number): void;
}

/** Side effects of the hazard workflow; every one is safe to retry. */
export function createHazardActivities({ hazardEvents, org, reviews }: ActivityDeps<'hazardEvents' | 'org' | 'reviews'>, observer?: HazardActivityObserver) {
  return {
    async recordIntake(intake: HazardIntake): Promise<void> {
      try {
        await hazardEvents.recordIntake(intake);
      } catch (err) {
        // No retry brings a unit or person into being: fail at once instead of retrying for ever.
        if (err instanceof MissingReferenceError) throw ApplicationFailure.nonRetryable(err.message, 'IntakeReferenceMissing');
        throw err;
      }
    },

    /** The chain, the verifiers and the supervisors, from the org chart valid when the hazard was reported. */
    async resolveAssignment(input: { unitId: string; category: HazardCategory; severity: Severity; at: string }): Promise<HazardAssignment> {
      const at = new Date(input.at);
      const snapshot = await org.snapshot(input.unitId, at);
      if (!snapshot) throw ApplicationFailure.nonRetryable(`unit ${input.unitId} does not exist`, 'IntakeReferenceMissing');
      const chain = resolveChain(snapshot, input.category);
      const officers = (unitId: string) => org.heldBy(unitId, 'safety_officer', at);
      const principal = snapshot.positions.find((p) => p.kind === 'principal')?.person.id;
      const superiorPrincipal = snapshot.superior?.principal?.id;
      // 验收: the unit's safety officer for general hazards; the superior unit for major ones.
      let verifiers =
        input.severity === 'major' && snapshot.superior
          ? [...(superiorPrincipal ? [superiorPrincipal] : []), ...(await officers(snapshot.superior.id))]
          : await officers(input.unitId);
      if (verifiers.length === 0 && principal) verifiers = [principal];
      const supervisors = [principal, superiorPrincipal].filter((x): x is string => !!x);
      return { chain, verifiers: [...new Set(verifiers)], supervisors };
    },

    /** Appends events in order and applies each one's effects to the read models, once, whatever the retries; answers the chain's head. */
    async recordHazardEvents(events: HazardEventRecord[]): Promise<ChainHead | null> {
      const head = await writeHazardEvents(hazardEvents, events);
      if (observer) {
        const now = Date.now();
        for (const e of events) {
          if (e.type === 'deadline_missed') observer.deadlineMissedRecorded(e.payload.action, (now - Date.parse(e.payload.deadline)) / 1000);
        }
      }
      return head;
    },

    /** Whether the post of a chain rung is held now (by its holder, a successor or an acting person), or vacant. */
    postHeld(input: { rung: ChainRung; departmentId: string | null }): Promise<boolean> {
      return org.postHeld(input.rung, input.departmentId);
    },

    /**
     * Records that the intake failed for good: the hazard's status `intake_failed` with the reason,
     * an event in its chain, and a notice to the unit's safety officers (its principal where it has
     * none) and to the reporter. Nothing to record when the hazard's row itself could not be
     * written (the report named a unit or person that does not exist).
     */
    async recordIntakeFailure(input: { intake: HazardIntake; reason: string; code: string }): Promise<boolean> {
      const { intake } = input;
      if (!(await hazardEvents.exists(intake.hazardId))) return false;
      const now = new Date();
      let recipients = await org.heldBy(intake.unitId, 'safety_officer', now);
      if (recipients.length === 0) recipients = await org.heldBy(intake.unitId, 'principal', now);
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
      await writeHazardEvents(hazardEvents, [event]);
      return true;
    },

    openAccountabilityReview(input: AccountabilityReviewInput): Promise<void> {
      return reviews.open(input);
    },
  };
}

export type HazardActivities = ReturnType<typeof createHazardActivities>;

async function writeHazardEvents(hazardEvents: HazardEventRepository, events: HazardEventRecord[]): Promise<ChainHead | null> {
  const head = await hazardEvents.append(events);
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
  return head;
}
