import { allHandlersFinished, condition, ParentClosePolicy, patched, setHandler, startChild } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { incidentReviewId, lossReviewId, incidentStream, parseDuration, type IncidentLevel, type IncidentState, type IncidentWorkflowInput, type NoticeKind } from '#domain';
import { accountabilityReviewWorkflow } from '../accountability/accountability-review.workflow.js';
import { caseActivities as acts, CaseLog, waitUntil } from '../shared/case-log.js';
import { refuse } from '../hazards/hazard.messages.js';
import { forwardIncidentUpdate, incidentStateQuery, type ForwardIncidentInput } from './incident.messages.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * v2: an event carries what happened (the chain as it starts; which level passed the report on,
 * and when), not a copy of the whole state; the read model applies it (applyIncidentEvent).
 * Runs started before keep writing the copy.
 */
export const INCIDENT_EVENTS_PATCH = 'incident-events-v2';
/**
 * v3: an incident names the hazards it came from; each that was open and overdue when it happened
 * gets its holders' review, the loss an aggravating circumstance. Runs started before link none.
 */
export const INCIDENT_HAZARD_REVIEWS_PATCH = 'incident-hazard-reviews-v3';

/**
 * Reporting discipline for one incident: the unit reports within the policy's time of the
 * incident; each superior forwards within its time; the top receives. A level that lets its
 * deadline pass is flagged late (迟报) and its superior is told; after as long again the report
 * passes up without it. Late reports open an accountability review where the policy says so.
 */
export async function incidentWorkflow(input: IncidentWorkflowInput): Promise<IncidentState> {
  const log = new CaseLog(incidentStream(input.incidentId));
  const eventsOnly = patched(INCIDENT_EVENTS_PATCH);
  const hazardReviews = patched(INCIDENT_HAZARD_REVIEWS_PATCH);
  /** Before v2, the copy of the state every event carried. */
  const stateCopy = () => (eventsOnly ? {} : { state });
  const unitMs = parseDuration(input.policy.incidents.unitReport);
  const forwardMs = parseDuration(input.policy.incidents.forwardPerLevel);
  const state: IncidentState = { incidentId: input.incidentId, status: 'reporting', levels: [], current: 0, late: false, reviewId: null };
  // Set by the update handler, read by the main loop (a holder object, so the compiler does not narrow it to null).
  const pending: { forward: { actorId: string; note: string | null; correlationId: string | null } | null } = { forward: null };

  setHandler(incidentStateQuery, () => state);
  function check(arg: ForwardIncidentInput): void {
    if (state.status !== 'reporting' || state.levels.length === 0) refuse('wrong_state', 'the report is not waiting to be forwarded');
    const level = state.levels[state.current]!;
    if (level.unitId !== arg.unitId || level.outcome !== 'pending' || state.current === state.levels.length - 1) {
      refuse('wrong_state', `the report is with ${level.unitId} now${state.current === state.levels.length - 1 ? ', the top of the chain, which forwards it to no one' : ''}`);
    }
    if (pending.forward) refuse('wrong_state', 'the report is being forwarded already');
  }
  setHandler(
    forwardIncidentUpdate,
    async (arg) => {
      check(arg);
      pending.forward = { actorId: arg.actorId, note: arg.note ?? null, correlationId: arg.correlationId ?? null };
      const level = state.current;
      await condition(() => state.current !== level || state.status === 'complete');
      return state;
    },
    { validator: check },
  );

  const chain = await acts.resolveIncidentLevels({ unitId: input.unitId });
  const occurred = Date.parse(input.occurredAt);
  const reported = Date.parse(input.reportedAt);
  const unitDue = occurred + unitMs;
  state.late = reported > unitDue;
  state.levels = chain.map((c, i): IncidentLevel => ({
    unitId: c.unitId,
    principalId: c.principalId,
    receivedAt: i === 0 ? input.occurredAt : i === 1 ? input.reportedAt : '',
    dueAt: i === 0 ? iso(unitDue) : null,
    passedOnAt: i === 0 ? input.reportedAt : null,
    outcome: i === 0 ? 'reported' : 'pending',
    actorId: i === 0 ? input.reportedBy : null,
  }));
  state.current = Math.min(1, state.levels.length - 1);
  const notifyUp = (i: number, kind: NoticeKind) => (state.levels[i]?.principalId ? [{ recipientId: state.levels[i]!.principalId!, kind }] : []);

  await log.exclusive(() =>
    log.record(
      [
        { type: 'incident_reported', actorId: input.reportedBy, payload: { title: input.title, severity: input.severity, occurredAt: input.occurredAt, dueAt: iso(unitDue), late: state.late, lateByMs: state.late ? reported - unitDue : null, ...(input.warningIds?.length ? { warningIds: input.warningIds } : {}), ...(eventsOnly ? { levels: state.levels.map((l) => ({ ...l })) } : { state }) }, notify: notifyUp(1, 'incident_reported') },
        ...(state.late ? [{ type: 'report_late' as const, actorId: null, payload: { unitId: input.unitId, level: 0, dueAt: iso(unitDue), lateByMs: reported - unitDue, ...stateCopy() }, notify: notifyUp(1, 'incident_report_late') }] : []),
      ],
      null,
    ),
  );

  if (hazardReviews && input.hazardIds?.length) await reviewLinkedHazards(input, log);

  // Each superior below the top forwards the report; the top only receives it.
  while (state.current < state.levels.length - 1) {
    const i = state.current;
    const level = state.levels[i]!;
    const received = Date.parse(level.receivedAt);
    const due = received + forwardMs;
    level.dueAt = iso(due);
    let flagged = false;
    for (;;) {
      const limit = flagged ? due + forwardMs : due;
      const timedOut = await waitUntil(log, limit, () => pending.forward !== null);
      if (pending.forward) break;
      if (!timedOut) continue;
      if (!flagged) {
        flagged = true;
        state.late = true;
        await log.exclusive(() => log.record([{ type: 'report_late', actorId: null, payload: { unitId: level.unitId, level: i, dueAt: level.dueAt, lateByMs: Date.now() - due, ...stateCopy() }, notify: [...notifyUp(i, 'incident_forward_overdue'), ...notifyUp(i + 1, 'incident_report_late')] }]));
        continue;
      }
      break;
    }
    const now = Date.now();
    const by = pending.forward;
    level.passedOnAt = iso(now);
    level.outcome = by ? 'forwarded' : 'missed';
    level.actorId = by?.actorId ?? null;
    const next = state.levels[i + 1]!;
    next.receivedAt = iso(now);
    state.current = i + 1;
    pending.forward = null;
    await log.exclusive(() =>
      log.record(
        [{
          type: by ? 'incident_forwarded' : 'forward_missed',
          actorId: by?.actorId ?? null,
          payload: { from: level.unitId, to: next.unitId, dueAt: level.dueAt, late: now > due, lateByMs: now > due ? now - due : null, note: by?.note ?? null, ...(eventsOnly ? { level: i, passedOnAt: level.passedOnAt! } : { state }) },
          notify: notifyUp(i + 1, 'incident_reported'),
        }],
        by?.correlationId ?? null,
      ),
    );
  }
  const top = state.levels[state.levels.length - 1]!;
  if (state.levels.length > 1) top.outcome = 'received';
  state.status = 'complete';
  if (state.late && input.policy.incidents.reviewWhenLate) {
    state.reviewId = incidentReviewId(input.incidentId);
    try {
      await startChild(accountabilityReviewWorkflow, {
        workflowId: state.reviewId,
        args: [{ reviewId: state.reviewId, hazardId: null, incidentId: input.incidentId, unitId: input.unitId, reason: 'incident_reported_late', facts: { levels: state.levels } }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    } catch (err) {
      // Someone opened the review by hand first: it is the same review.
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
  await log.exclusive(() => log.record([{ type: 'incident_report_complete', actorId: null, payload: { reachedTop: top.unitId, late: state.late, reviewId: state.reviewId, ...stateCopy() }, notify: [] }]));
  await condition(allHandlersFinished);
  return state;
}

/** A loss from a hazard that was open and overdue opens the review of its holders, the loss aggravating. */
async function reviewLinkedHazards(input: IncidentWorkflowInput, log: CaseLog): Promise<void> {
  const overdue = await acts.overdueHazardsAt({ hazardIds: input.hazardIds ?? [], at: input.occurredAt });
  for (const h of overdue) {
    const reviewId = lossReviewId(h.id, input.incidentId);
    let alreadyOpen = false;
    try {
      await startChild(accountabilityReviewWorkflow, {
        workflowId: reviewId,
        args: [{ reviewId, hazardId: h.id, incidentId: null, lossIncidentId: input.incidentId, unitId: h.unitId, reason: 'incident_loss', facts: { incidentId: input.incidentId, incidentTitle: input.title, aggravating: ['incident_loss'] } }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    } catch (err) {
      // Only a retry of this very start finds it running.
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      alreadyOpen = true;
    }
    await log.exclusive(() => log.record([{ type: 'hazard_review_opened', actorId: null, payload: { hazardId: h.id, reviewId, alreadyOpen }, notify: [] }]));
  }
}
