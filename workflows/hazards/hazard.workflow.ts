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
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError, type UpdateDefinition } from '@temporalio/common';
import type { HazardActivities } from '../../activities/hazards/hazard.activities.js';
import {
  accountabilityReviewId,
  advanceTime,
  assertPolicyHolds,
  chinaIsWorkday,
  applyCommand,
  nextDueAt,
  recordChainVacancies,
  skipVacantRung,
  SUPERVISION_LAPSES,
  supervisionReviewId,
  REPORTED_EVENT_SEQUENCE,
  startLifecycle,
  type Clock,
  type DomainEvent,
  type HazardEventRecord,
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
  attachEvidenceUpdate,
  decideUpdate,
  hazardStateQuery,
  listForSupervisionUpdate,
  migratePolicyUpdate,
  refuse,
  reportProgressUpdate,
  setSupervisionTermsUpdate,
  requestEscalationUpdate,
  requestExtensionUpdate,
  submitPlanUpdate,
  submitRectificationUpdate,
  verifyUpdate,
  type ActionInput,
} from './hazard.messages.js';
import { guard, patchOf, permanentIntakeFailure, searchAttributesOf } from './hazard-workflow.helpers.js';
import {
  EVENTS_AS_ACTIVITIES_PATCH,
  HANDLER_MUTEX_PATCH,
  INTAKE_FAILURE_PATCH,
  LOCAL_ACTIVITIES_PATCH,
  PATCHES_AT_START_PATCH,
  SEARCH_ATTRIBUTES_PATCH,
  SUPERVISION_REVIEWS_PATCH,
  SUPERVISION_STAGE_PATCH,
  VACANT_RUNGS_PATCH,
} from './hazard.patches.js';
import { HAZARD_STATUS } from './hazard.search-attributes.js';
import { handlerLock } from '../shared/handler-lock.js';

const activityOptions = {
  startToCloseTimeout: '30s',
  // A database outage must not lose a hazard: retry without limit, backing off to once a minute.
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
} as const;
const acts = proxyActivities<HazardActivities>(activityOptions);
const local = proxyLocalActivities<HazardActivities>(activityOptions);

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
  const lock = handlerLock(patched(HANDLER_MUTEX_PATCH));
  const supervisionStage = patched(SUPERVISION_STAGE_PATCH);
  const vacantRungs = patched(VACANT_RUNGS_PATCH);
  const supervisionReviews = patched(SUPERVISION_REVIEWS_PATCH) || undefined;
  const searchable = patched(SEARCH_ATTRIBUTES_PATCH);
  const intakeWriter = () => (patchedAtStart || patched(LOCAL_ACTIVITIES_PATCH) ? local : acts);
  const eventWriter = () => (patchedAtStart || patched(EVENTS_AS_ACTIVITIES_PATCH) ? acts : patched(LOCAL_ACTIVITIES_PATCH) ? local : acts);
  let state: HazardWorkflowState | null = input.resume
    ? { ...input.resume, supervisionStage: input.resume.supervisionStage || supervisionStage || undefined, supervisionReviews: input.resume.supervisionReviews || supervisionReviews }
    : null;
  let intakeFailure: IntakeFailure | null = null;
  let changes = 0;

  setHandler(hazardStateQuery, () => state ?? refuse('wrong_state', intakeFailure ? `the intake failed: ${intakeFailure.reason}` : 'the hazard is still being assigned'));

  /** One change at a time: event sequence numbers must be assigned without gaps or repeats. */
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return lock.runExclusive(async () => {
      try {
        return await fn();
      } finally {
        changes++;
      }
    });
  }

  async function commit(outcome: Outcome, correlationId: string | null = null): Promise<void> {
    const current = state!;
    const next: HazardWorkflowState = { ...outcome.state, lastSequence: current.lastSequence, reviewWorkflowId: current.reviewWorkflowId };
    if (current.supervisionReviewId) next.supervisionReviewId = current.supervisionReviewId;
    if (current.chainHead) next.chainHead = current.chainHead;
    const reviewRequested = outcome.events.find((e) => e.type === 'accountability_review_requested');
    const events: DomainEvent[] = [...outcome.events];
    if (reviewRequested && !next.reviewWorkflowId) {
      next.reviewWorkflowId = await startReview(next, String(reviewRequested.payload.reason));
      events.push({ type: 'accountability_review_started', actorId: null, payload: { reviewWorkflowId: next.reviewWorkflowId, reason: reviewRequested.payload.reason }, notify: [] });
    } else if (reviewRequested?.payload.reason === SUPERVISION_LAPSES && !next.supervisionReviewId) {
      next.supervisionReviewId = await startReview(next, SUPERVISION_LAPSES, next.reviewWorkflowId);
      events.push({ type: 'accountability_review_started', actorId: null, payload: { reviewWorkflowId: next.supervisionReviewId, reason: SUPERVISION_LAPSES }, notify: [] });
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
    // The head the database reports is kept in the workflow's history: the chain's witness (absent in replays of runs before it was returned).
    const head = await eventWriter().recordHazardEvents(records);
    if (head) next.chainHead = head;
    next.lastSequence += records.length;
    if (searchable) showInSearch(next);
  }

  let shown = '';
  /** The search attributes after a change, upserted only when one of them moved (each upsert is an event in the history). */
  function showInSearch(s: HazardWorkflowState): void {
    const pairs = searchAttributesOf(intake, s, Date.now());
    const values = JSON.stringify(pairs.map((x) => x.value));
    if (values === shown) return;
    shown = values;
    upsertSearchAttributes(pairs);
  }

  async function startReview(s: HazardWorkflowState, reason: string, followsReviewId: string | null = null): Promise<string> {
    const reviewId = followsReviewId ? supervisionReviewId(intake.hazardId) : accountabilityReviewId(intake.hazardId);
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
        args: [{ reviewId, hazardId: intake.hazardId, unitId: intake.unitId, reason, facts, ...(followsReviewId ? { followsReviewId } : {}) }],
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
  registerAction(listForSupervisionUpdate, (a) => ({ type: 'listForSupervision', actorId: a.actorId, reason: a.reason }));
  registerAction(setSupervisionTermsUpdate, (a) => ({ type: 'setSupervisionTerms', actorId: a.actorId, deadline: a.deadline, supervisorId: a.supervisorId, reportEvery: a.reportEvery, note: a.note }));
  registerAction(reportProgressUpdate, (a) => ({ type: 'reportProgress', actorId: a.actorId, text: a.text }));
  registerAction(attachEvidenceUpdate, (a) => ({ type: 'attachEvidence', actorId: a.actorId, reporter: a.reporter, file: a.file }));

  if (!state) {
    // The API wrote the hazard and its first event in the transaction that started us; this
    // repeats that write idempotently in case its commit was lost after the start succeeded.
    const intakeActs = intakeWriter();
    let started: Outcome;
    try {
      await intakeActs.recordIntake(intake);
      const assignment = await intakeActs.resolveAssignment({ unitId: intake.unitId, category: intake.category, severity: intake.severity, at: intake.reportedAt });
      if (intakeFailsFast) assertPolicyHolds(input.policy.document);
      started = startLifecycle({ hazardId: intake.hazardId, unitId: intake.unitId, severity: intake.severity, policy: input.policy, ...assignment }, clock());
    } catch (err) {
      intakeFailure = intakeFailsFast ? permanentIntakeFailure(err, input) : null;
      if (!intakeFailure) throw err;
      await acts.recordIntakeFailure({ intake, ...intakeFailure });
      if (searchable) upsertSearchAttributes([{ key: HAZARD_STATUS, value: 'intake_failed' }]);
      await condition(allHandlersFinished);
      return { status: 'intake_failed', ...intakeFailure };
    }
    const initial: HazardWorkflowState = { ...started.state, lastSequence: REPORTED_EVENT_SEQUENCE, reviewWorkflowId: null, ...(supervisionStage ? { supervisionStage } : {}), ...(supervisionReviews ? { supervisionReviews } : {}) };
    await record(initial, started.events, intake.correlationId ?? null);
    state = initial;
  }

  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  const shouldContinueAsNew = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= historyLimit;

  // Handlers replace `state` between awaits, so read it through a function rather than a narrowed variable.
  const current = (): HazardWorkflowState => state!;
  // A run continued as new shows its state at once, whatever the server carried over.
  if (searchable && input.resume) showInSearch(current());
  if (vacantRungs && !current().vacanciesRecorded) await exclusive(async () => commit(recordChainVacancies(state!)));
  let postChecked = current().currentRung;
  /** A rung the hazard has just reached: is its post held? (The chain was resolved with the rungs of its day.) */
  async function skipIfVacant(): Promise<void> {
    const { currentRung: rung, chain, status, stage } = current();
    if (!vacantRungs || rung === postChecked || rung === null || !chain || status === 'closed' || stage?.action === 'verify') return;
    postChecked = rung;
    if (await acts.postHeld({ rung: chain.rungs[rung]!, departmentId: chain.departmentId })) return;
    await exclusive(async () => commit(skipVacantRung(state!, rung, clock())));
  }
  while (current().status !== 'closed' && current().status !== 'unassigned') {
    await skipIfVacant();
    const due = nextDueAt(current());
    const seen = changes;
    await condition(() => changes !== seen || shouldContinueAsNew(), due === null ? undefined : Math.max(1, due - Date.now()));
    if (due !== null && Date.now() >= due) {
      await exclusive(async () => commit(advanceTime(state!, clock())));
    }
    if (shouldContinueAsNew() && current().status !== 'closed') {
      await condition(() => allHandlersFinished() && !lock.locked);
      await continueAsNew<typeof hazardWorkflow>({ ...input, resume: current() });
    }
  }
  await condition(allHandlersFinished);
  return current();
}
