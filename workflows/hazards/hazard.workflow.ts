import {
  allHandlersFinished,
  condition,
  continueAsNew,
  ParentClosePolicy,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { ActivityFailure, ApplicationFailure, WorkflowExecutionAlreadyStartedError, type UpdateDefinition } from '@temporalio/common';
import type { HazardActivities } from '../../activities/hazards/hazard.activities.js';
import {
  accountabilityReviewId,
  advanceTime,
  chinaIsWorkday,
  DurationError,
  applyCommand,
  holder,
  LifecycleRejection,
  nextDueAt,
  REPORTED_EVENT_SEQUENCE,
  startLifecycle,
  type Clock,
  type DomainEvent,
  type HazardEventRecord,
  type HazardPatch,
  type HazardWorkflowInput,
  type HazardWorkflowState,
  type IntakeFailedResult,
  type IntakeFailure,
  type LifecycleCommand,
  type Outcome,
} from '#domain';
import { accountabilityReviewWorkflow } from '../accountability/accountability-review.workflow.js';
import {
  acknowledgeUpdate,
  decideUpdate,
  hazardStateQuery,
  migratePolicyUpdate,
  refuse,
  requestEscalationUpdate,
  requestExtensionUpdate,
  submitPlanUpdate,
  submitRectificationUpdate,
  verifyUpdate,
  type ActionInput,
} from './hazard.messages.js';

const activityOptions = {
  startToCloseTimeout: '30s',
  // A database outage must not lose a hazard: retry without limit, backing off to once a minute.
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
} as const;
const acts = proxyActivities<HazardActivities>(activityOptions);
const local = proxyLocalActivities<HazardActivities>(activityOptions);

/**
 * The intake activities (re-write the intake, resolve the chain) run as local activities: they
 * cost no task round trip through the server, and their input is fixed by the workflow's input.
 * Patch v1 wrote events that way too, but a local activity's input is computed again when its
 * workflow task is retried (after a worker crash), with a later clock: the retry could compute
 * other events (a missed deadline instead of a reminder) for the same sequence numbers, and the
 * idempotent insert would keep a mix of both. The fault suite caught it. From v2 on, events are
 * written by regular activities, whose input the server records before they run. Runs recorded
 * under either version replay on their own path.
 */
const LOCAL_ACTIVITIES_PATCH = 'local-activities-v1';
const EVENTS_AS_ACTIVITIES_PATCH = 'event-records-as-activities-v2';
/**
 * v1 and v2 asked `patched()` at the first write, after the intake's local activities. When a local
 * activity outlasts its workflow task (a worker killed, a slow database), its result and the
 * commands that follow land in different workflow tasks, and on replay `patched()` answers false
 * in the task before its marker: the replay takes the v1 branch and fails with TMPRL1100 (the
 * fault suite caught one). From v3 on the workflow asks once, first thing, where the marker and
 * the question always share the first task. The SDK answers true on replay only for markers of
 * the task being replayed: https://github.com/temporalio/sdk-typescript/pull/188
 */
const PATCHES_AT_START_PATCH = 'patches-at-start-v3';
/**
 * v4: an intake that no retry can complete (an activity's non-retryable failure: a unit or person
 * that does not exist; a pinned policy whose durations do not parse) ends the workflow with the
 * hazard in `intake_failed`, recorded and notified, instead of retrying for ever while the hazard
 * reads "still being assigned". Runs recorded before v4 keep their path.
 */
const INTAKE_FAILURE_PATCH = 'intake-failure-v4';

const DEFAULT_HISTORY_LIMIT = 2000;

/** Workflow time is deterministic under replay; the holiday table is data bundled with the code. */
const clock = (): Clock => ({ now: Date.now(), isWorkday: chinaIsWorkday });

/**
 * One hazard from report (上报) to closure (销号). The rules live in libs/domain; this function
 * keeps time, records every event through activities and takes actions as validated updates.
 */
export async function hazardWorkflow(input: HazardWorkflowInput): Promise<HazardWorkflowState | IntakeFailedResult> {
  const { intake } = input;
  // Before any await: see PATCHES_AT_START_PATCH.
  const patchedAtStart = patched(PATCHES_AT_START_PATCH);
  const intakeFailsFast = patched(INTAKE_FAILURE_PATCH);
  const intakeWriter = () => (patchedAtStart || patched(LOCAL_ACTIVITIES_PATCH) ? local : acts);
  const eventWriter = () => (patchedAtStart || patched(EVENTS_AS_ACTIVITIES_PATCH) ? acts : patched(LOCAL_ACTIVITIES_PATCH) ? local : acts);
  let state: HazardWorkflowState | null = input.resume ?? null;
  let intakeFailure: IntakeFailure | null = null;
  let busy = false;
  let changes = 0;

  setHandler(hazardStateQuery, () => state ?? refuse('wrong_state', intakeFailure ? `the intake failed: ${intakeFailure.reason}` : 'the hazard is still being assigned'));

  /** One change at a time: event sequence numbers must be assigned without gaps or repeats. */
  async function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    await condition(() => !busy);
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
      changes++;
    }
  }

  async function commit(outcome: Outcome, correlationId: string | null = null): Promise<void> {
    const current = state!;
    const next: HazardWorkflowState = { ...outcome.state, lastSequence: current.lastSequence, reviewWorkflowId: current.reviewWorkflowId };
    const reviewRequested = outcome.events.find((e) => e.type === 'accountability_review_requested');
    const events: DomainEvent[] = [...outcome.events];
    if (reviewRequested && !next.reviewWorkflowId) {
      next.reviewWorkflowId = await startReview(next, String(reviewRequested.payload.reason));
      events.push({ type: 'accountability_review_started', actorId: null, payload: { reviewWorkflowId: next.reviewWorkflowId, reason: reviewRequested.payload.reason }, notify: [] });
    }
    await record(next, events, correlationId);
    state = next;
  }

  async function record(next: HazardWorkflowState, events: DomainEvent[], correlationId: string | null): Promise<void> {
    if (events.length === 0) return;
    const occurredAt = new Date().toISOString();
    const patch = patchOf(next);
    // The same fields in the same order as before the events were typed: the activity's recorded input stays as it was.
    const records = events.map(
      (e, i) =>
        ({
          hazardId: intake.hazardId,
          sequence: next.lastSequence + i + 1,
          type: e.type,
          actorId: e.actorId,
          occurredAt,
          payload: e.payload,
          patch,
          notify: e.notify,
          correlationId,
        }) as HazardEventRecord,
    );
    await eventWriter().recordHazardEvents(records);
    next.lastSequence += records.length;
  }

  async function startReview(s: HazardWorkflowState, reason: string): Promise<string> {
    const reviewId = accountabilityReviewId(intake.hazardId);
    const facts = {
      hazardId: intake.hazardId,
      unitId: intake.unitId,
      severity: intake.severity,
      category: intake.category,
      title: intake.title,
      reportedAt: intake.reportedAt,
      policy: { name: s.policy.name, version: s.policy.version },
      chain: s.chain,
      holders: s.holders,
      missedDeadlines: s.missedDeadlines,
      verificationFailures: s.verificationFailures,
      timeline: `hazard_events where hazard_id = ${intake.hazardId}`,
    };
    try {
      await startChild(accountabilityReviewWorkflow, {
        workflowId: reviewId,
        args: [{ reviewId, hazardId: intake.hazardId, unitId: intake.unitId, reason, facts }],
        // The review outlives the hazard: closing the hazard must not end it.
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
    return reviewId;
  }

  function registerAction<Arg extends ActionInput>(def: UpdateDefinition<HazardWorkflowState, [Arg], string>, toCommand: (arg: Arg) => LifecycleCommand): void {
    setHandler(
      def,
      async (arg) => {
        // An action that arrives while the chain is still being resolved waits for it.
        await condition(() => state !== null);
        return exclusive(async () => {
          // The state may have moved on since validation (another update, a deadline); check again.
          await commit(guard(() => applyCommand(state!, { ...toCommand(arg), actsFor: arg.actsFor ?? null }, clock())), arg.correlationId ?? null);
          return state!;
        });
      },
      {
        // Before assignment there is nothing to check against; the handler checks once it can.
        validator: (arg) => {
          const current = state;
          if (current) guard(() => applyCommand(current, { ...toCommand(arg), actsFor: arg.actsFor ?? null }, clock()));
        },
      },
    );
  }

  registerAction(acknowledgeUpdate, (a) => ({ type: 'acknowledge', actorId: a.actorId, note: a.note }));
  registerAction(submitPlanUpdate, (a) => ({ type: 'submitPlan', actorId: a.actorId, plan: a.plan }));
  registerAction(requestExtensionUpdate, (a) => ({ type: 'requestExtension', actorId: a.actorId, newDeadline: a.newDeadline, reason: a.reason }));
  registerAction(requestEscalationUpdate, (a) => ({ type: 'requestEscalation', actorId: a.actorId, reason: a.reason, needs: a.needs, mode: a.mode }));
  registerAction(decideUpdate, (a) => ({ type: 'decide', actorId: a.actorId, requestId: a.requestId, approve: a.approve, comment: a.comment }));
  registerAction(submitRectificationUpdate, (a) => ({ type: 'submitRectification', actorId: a.actorId, summary: a.summary, evidence: a.evidence }));
  registerAction(verifyUpdate, (a) => ({ type: 'verify', actorId: a.actorId, passed: a.passed, comment: a.comment }));
  registerAction(migratePolicyUpdate, (a) => ({ type: 'migratePolicy', actorId: a.actorId, policy: a.policy, reason: a.reason }));

  if (!state) {
    // The API wrote the hazard and its first event in the transaction that started us; this
    // repeats that write idempotently in case its commit was lost after the start succeeded.
    const intakeActs = intakeWriter();
    let started: Outcome;
    try {
      await intakeActs.recordIntake(intake);
      const assignment = await intakeActs.resolveAssignment({ unitId: intake.unitId, category: intake.category, severity: intake.severity, at: intake.reportedAt });
      started = startLifecycle({ hazardId: intake.hazardId, unitId: intake.unitId, severity: intake.severity, policy: input.policy, ...assignment }, clock());
    } catch (err) {
      intakeFailure = intakeFailsFast ? permanentIntakeFailure(err, input) : null;
      if (!intakeFailure) throw err;
      await acts.recordIntakeFailure({ intake, ...intakeFailure });
      await condition(allHandlersFinished);
      return { status: 'intake_failed', ...intakeFailure };
    }
    const initial: HazardWorkflowState = { ...started.state, lastSequence: REPORTED_EVENT_SEQUENCE, reviewWorkflowId: null };
    await record(initial, started.events, intake.correlationId ?? null);
    state = initial;
  }

  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  const shouldContinueAsNew = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= historyLimit;

  // Handlers replace `state` between awaits, so read it through a function rather than a narrowed variable.
  const current = (): HazardWorkflowState => state!;
  while (current().status !== 'closed' && current().status !== 'unassigned') {
    const due = nextDueAt(current());
    const seen = changes;
    await condition(() => changes !== seen || shouldContinueAsNew(), due === null ? undefined : Math.max(1, due - Date.now()));
    if (due !== null && Date.now() >= due) {
      await exclusive(async () => commit(advanceTime(state!, clock())));
    }
    if (shouldContinueAsNew() && current().status !== 'closed') {
      await condition(() => allHandlersFinished() && !busy);
      await continueAsNew<typeof hazardWorkflow>({ ...input, resume: current() });
    }
  }
  await condition(allHandlersFinished);
  return current();
}

/** What no retry can fix in an intake, or null for a fault that a retry may (a database or network outage). */
function permanentIntakeFailure(err: unknown, input: HazardWorkflowInput): IntakeFailure | null {
  // A regular activity's failure comes wrapped in an ActivityFailure; a local activity's, as seen
  // here (SDK 1.24), as the ApplicationFailure it threw.
  const failure = err instanceof ActivityFailure ? err.cause : err;
  if (failure instanceof ApplicationFailure && failure.nonRetryable) {
    return { reason: failure.message, code: failure.type ?? 'IntakeFailed' };
  }
  if (err instanceof DurationError) {
    return { reason: `policy ${input.policy.name} v${input.policy.version} does not hold: ${err.message}`, code: 'PolicyInvalid' };
  }
  return null;
}

function guard(fn: () => Outcome): Outcome {
  try {
    return fn();
  } catch (err) {
    if (err instanceof LifecycleRejection) refuse(err.code, err.message);
    throw err;
  }
}

function patchOf(s: HazardWorkflowState): HazardPatch {
  return {
    status: s.status,
    responsiblePersonId: holder(s)?.person.id ?? null,
    currentRung: s.currentRung,
    chain: s.chain,
    stageAction: s.stage?.action ?? null,
    stageDeadline: s.stage?.deadline ? new Date(s.stage.deadline).toISOString() : null,
    supervised: s.supervised,
    verificationFailures: s.verificationFailures,
    policyName: s.policy.name,
    policyVersion: s.policy.version,
    reviewWorkflowId: s.reviewWorkflowId,
  };
}
