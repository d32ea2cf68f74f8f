import { ParentClosePolicy, setHandler, startChild } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { disciplineOf, hazardWorkflowId, noticesTo, parseDuration, uniquePeople, planStream, type HazardWorkflowInput, type PlanInput, type PlanState } from '#domain';
import { caseActivities as acts, CaseLog, waitUntil } from '../shared/case-log.js';
import { refuse } from '../hazards/hazard.messages.js';
import { hazardWorkflow } from '../hazards/hazard.workflow.js';
import { planDrillUpdate, planStateQuery, recordDrillUpdate, revisePlanUpdate, type PlanDrillInput, type RecordDrillInput, type RevisePlanInput } from './contingency-plan.messages.js';

/**
 * 应急预案: a plan in force. Before its review date the owner is reminded; past it the owner and
 * the safety officers are told, and after one more step the principal. Each drill planned under it
 * must be recorded (date, participants, scenario, findings) within the policy's time after its
 * date, or it is a missed drill, on record against the owner; a finding may open a hazard.
 */
export async function contingencyPlanWorkflow(input: PlanInput): Promise<PlanState> {
  const log = new CaseLog(planStream(input.planId));
  const policy = disciplineOf(input.policy.document).plans;
  const state: PlanState = { planId: input.planId, version: input.version, ownerId: input.ownerId, reviewBy: input.reviewBy, review: 'current', drills: [] };
  const recordWithin = parseDuration(policy.drillRecordWithin);
  /** Findings recorded but not yet opened as hazards. */
  const findingsToOpen: Array<{ drill: RecordDrillInput; index: number }> = [];
  setHandler(planStateQuery, () => state);

  function checkRevise(arg: RevisePlanInput): void {
    if (Date.parse(arg.reviewBy) <= Date.now()) refuse('invalid_input', 'reviewBy: the next review must be in the future');
  }
  function checkPlanDrill(arg: PlanDrillInput): void {
    if (state.drills.some((d) => d.drillId === arg.drillId)) refuse('wrong_state', `drill ${arg.drillId} is already planned`);
  }
  function checkRecordDrill(arg: RecordDrillInput): void {
    const drill = state.drills.find((d) => d.drillId === arg.drillId);
    if (!drill && !arg.adHoc) refuse('invalid_input', `drillId: ${arg.drillId} is not a drill of this plan`);
    if (drill && (drill.status === 'held' || drill.status === 'held_late')) refuse('wrong_state', `drill ${arg.drillId} is already recorded`);
    if (Date.parse(arg.heldAt) > Date.now()) refuse('invalid_input', 'heldAt: a drill is recorded once it has been held');
  }

  setHandler(
    revisePlanUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkRevise(arg);
        await log.record([{ type: 'plan_revised', actorId: arg.actorId, payload: { version: arg.version, reviewBy: arg.reviewBy, ownerId: arg.ownerId, note: arg.note }, notify: [] }], arg.correlationId ?? null);
        Object.assign(state, { version: arg.version, reviewBy: arg.reviewBy, ownerId: arg.ownerId, review: 'current' });
        return state;
      }),
    { validator: checkRevise },
  );
  setHandler(
    planDrillUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkPlanDrill(arg);
        await log.record([{ type: 'drill_planned', actorId: arg.actorId, payload: { drillId: arg.drillId, plannedAt: arg.plannedAt, scenario: arg.scenario }, notify: [] }], arg.correlationId ?? null);
        state.drills.push({ drillId: arg.drillId, plannedAt: arg.plannedAt, status: 'planned', hazardIds: [] });
        return state;
      }),
    { validator: checkPlanDrill },
  );
  setHandler(
    recordDrillUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkRecordDrill(arg);
        const planned = state.drills.find((d) => d.drillId === arg.drillId);
        const late = planned?.status === 'missed';
        await log.record([
          ...(planned ? [] : [{ type: 'drill_planned' as const, actorId: arg.actorId, payload: { drillId: arg.drillId, plannedAt: arg.heldAt, scenario: arg.scenario }, notify: [] }]),
          { type: 'drill_recorded', actorId: arg.actorId, payload: { drillId: arg.drillId, heldAt: arg.heldAt, participants: arg.participants, scenario: arg.scenario, findings: arg.findings, late }, notify: [] },
        ], arg.correlationId ?? null);
        const drill = planned ?? { drillId: arg.drillId, plannedAt: arg.heldAt, status: 'planned' as const, hazardIds: [] };
        if (!planned) state.drills.push(drill);
        drill.status = late ? 'held_late' : 'held';
        arg.findings.forEach((f, index) => f.openHazard && findingsToOpen.push({ drill: arg, index }));
        return state;
      }),
    { validator: checkRecordDrill },
  );

  await log.exclusive(() =>
    log.record([{
      type: 'plan_registered', actorId: input.registeredBy,
      payload: { unitId: input.unitId, type: input.type, title: input.title, ownerId: input.ownerId, version: input.version, reviewBy: input.reviewBy },
      notify: [],
    }]),
  );
  const contacts = await acts.campaignUnitContacts({ unitId: input.unitId });

  /** What falls due next: a review reminder, the review date, its escalation, or a planned drill's record. */
  function nextDue(): number | null {
    const reviewBy = Date.parse(state.reviewBy);
    const review = { current: reviewBy - parseDuration(policy.reviewReminderBefore), due: reviewBy, overdue: reviewBy + parseDuration(policy.reviewEscalationStep), escalated: null }[state.review];
    const drills = state.drills.filter((d) => d.status === 'planned').map((d) => Date.parse(d.plannedAt) + recordWithin);
    const all = [review, ...drills].filter((t): t is number => t !== null);
    return all.length ? Math.min(...all) : null;
  }

  async function reviewStep(): Promise<void> {
    const reviewBy = Date.parse(state.reviewBy);
    const payload = { ownerId: state.ownerId, reviewBy: state.reviewBy };
    if (state.review === 'current' && Date.now() >= reviewBy - parseDuration(policy.reviewReminderBefore)) {
      await log.record([{ type: 'plan_review_due', actorId: null, payload, notify: [{ recipientId: state.ownerId, kind: 'plan_review_due' }] }]);
      state.review = 'due';
    }
    if (state.review === 'due' && Date.now() >= reviewBy) {
      const to = uniquePeople(state.ownerId, contacts.officers);
      await log.record([{ type: 'plan_review_overdue', actorId: null, payload: { ...payload, to }, notify: noticesTo('plan_review_overdue', to) }]);
      state.review = 'overdue';
    }
    if (state.review === 'overdue' && Date.now() >= reviewBy + parseDuration(policy.reviewEscalationStep)) {
      await log.record([{ type: 'plan_review_escalated', actorId: null, payload: { ...payload, to: contacts.principalId }, notify: noticesTo('plan_review_escalated', contacts.principalId, state.ownerId) }]);
      state.review = 'escalated';
    }
  }

  async function drillStep(): Promise<void> {
    for (const drill of state.drills.filter((d) => d.status === 'planned' && Date.now() >= Date.parse(d.plannedAt) + recordWithin)) {
      const dueAt = new Date(Date.parse(drill.plannedAt) + recordWithin).toISOString();
      await log.record([{ type: 'drill_missed', actorId: null, payload: { drillId: drill.drillId, plannedAt: drill.plannedAt, dueAt, ownerId: state.ownerId }, notify: noticesTo('drill_missed', state.ownerId, contacts.principalId, contacts.officers) }]);
      drill.status = 'missed';
    }
  }

  async function openFindings(): Promise<void> {
    while (findingsToOpen.length) {
      const { drill, index } = findingsToOpen[0]!;
      const finding = drill.findings[index]!;
      const intake = await acts.openDrillHazard({ planId: input.planId, unitId: input.unitId, type: input.type, drillId: drill.drillId, index, finding, scenario: drill.scenario, recordedBy: drill.actorId, heldAt: drill.heldAt, policy: input.policy });
      try {
        await startChild(hazardWorkflow, { workflowId: hazardWorkflowId(intake.hazardId), args: [{ intake, policy: input.policy } satisfies HazardWorkflowInput], parentClosePolicy: ParentClosePolicy.ABANDON });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
      await log.exclusive(() => log.record([{ type: 'drill_hazard_opened', actorId: drill.actorId, payload: { drillId: drill.drillId, finding: index, hazardId: intake.hazardId, severity: finding.severity }, notify: [] }]));
      state.drills.find((d) => d.drillId === drill.drillId)!.hazardIds.push(intake.hazardId);
      findingsToOpen.shift();
    }
  }

  // The plan stays in force: its register entry is revised, never closed.
  for (;;) {
    await log.exclusive(async () => {
      await reviewStep();
      await drillStep();
    });
    await openFindings();
    await waitUntil(log, nextDue(), () => findingsToOpen.length > 0);
  }
}
