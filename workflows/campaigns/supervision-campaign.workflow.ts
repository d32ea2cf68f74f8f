import { allHandlersFinished, condition, ParentClosePolicy, setHandler, startChild } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  campaignStream,
  campaignUnitWorkflowId,
  disciplineOf,
  hazardWorkflowId,
  type CampaignInput,
  type CampaignUnitInput,
  type CampaignUnitState,
  type HazardWorkflowInput,
} from '#domain';
import { caseActivities as acts, CaseLog, waitUntil } from '../shared/case-log.js';
import { refuse } from '../hazards/hazard.messages.js';
import { hazardWorkflow } from '../hazards/hazard.workflow.js';
import { campaignUnitStateQuery, submitInspectionUpdate, type SubmitInspectionInput } from './supervision-campaign.messages.js';

/**
 * 专项督查: one child per unit in scope; at the deadline, the report. The children end at the
 * deadline, so the report is compiled when the last of them has.
 */
export async function supervisionCampaignWorkflow(input: CampaignInput): Promise<{ campaignId: string; submitted: number; notSubmitted: number }> {
  const log = new CaseLog(campaignStream(input.campaignId));
  await log.exclusive(() =>
    log.record([{ type: 'campaign_started', actorId: input.createdBy, payload: { title: input.title, units: input.unitIds, deadline: input.deadline, checklist: input.checklist }, notify: [] }]),
  );
  const campaigns = disciplineOf(input.policy.document).campaigns;
  const children = await Promise.all(
    input.unitIds.map((unitId) =>
      startChild(campaignUnitWorkflow, {
        workflowId: campaignUnitWorkflowId(input.campaignId, unitId),
        args: [{ campaignId: input.campaignId, unitId, title: input.title, checklist: input.checklist, startedAt: input.startedAt, deadline: input.deadline, policy: input.policy, campaigns } satisfies CampaignUnitInput],
      }),
    ),
  );
  const results = await Promise.all(children.map((c) => c.result()));
  const report = await acts.compileCampaignReport({ campaignId: input.campaignId });
  await log.exclusive(() => log.record([{ type: 'campaign_reported', actorId: null, payload: { summary: report.summary }, notify: [] }]));
  return { campaignId: input.campaignId, submitted: results.filter((r) => r.status === 'submitted').length, notSubmitted: results.filter((r) => r.status !== 'submitted').length };
}

/** One unit's self-inspection (自查) in a campaign: reminders, escalation to its principal, a mark at the deadline. */
export async function campaignUnitWorkflow(input: CampaignUnitInput): Promise<CampaignUnitState> {
  const log = new CaseLog(campaignStream(input.campaignId, input.unitId));
  const deadline = Date.parse(input.deadline);
  const started = Date.parse(input.startedAt);
  const state: CampaignUnitState = { campaignId: input.campaignId, unitId: input.unitId, status: 'pending', submissions: 0, hazards: {}, reminders: 0, escalated: false };
  setHandler(campaignUnitStateQuery, () => state);

  function check(arg: SubmitInspectionInput): void {
    if (Date.now() >= deadline) refuse('wrong_state', `the campaign closed for submissions at ${input.deadline}`);
    const ids = input.checklist.map((i) => i.id);
    const given = arg.results.map((r) => r.itemId);
    const unknown = given.filter((id) => !ids.includes(id));
    if (unknown.length) refuse('invalid_input', `results: ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not on the checklist`);
    const repeated = given.filter((id, i) => given.indexOf(id) !== i);
    if (repeated.length) refuse('invalid_input', `results: ${[...new Set(repeated)].join(', ')} given more than once`);
    const missing = ids.filter((id) => !given.includes(id));
    if (missing.length) refuse('invalid_input', `results: every checklist item needs a result; missing ${missing.join(', ')}`);
    const bare = arg.results.filter((r) => r.passed && input.checklist.find((i) => i.id === r.itemId)?.evidenceRequired && !r.evidence?.length).map((r) => r.itemId);
    if (bare.length) refuse('invalid_input', `results: ${bare.join(', ')} pass only with evidence attached`);
  }

  setHandler(
    submitInspectionUpdate,
    (arg) =>
      log.exclusive(async () => {
        check(arg);
        const failed = arg.results.filter((r) => !r.passed).map((r) => r.itemId);
        await log.record(
          [{ type: 'inspection_submitted', actorId: arg.actorId, payload: { submission: state.submissions + 1, results: arg.results, failed }, notify: [] }],
          arg.correlationId ?? null,
        );
        state.status = 'submitted';
        state.submissions++;
        for (const result of arg.results.filter((r) => !r.passed)) {
          if (state.hazards[result.itemId]) continue;
          const item = input.checklist.find((i) => i.id === result.itemId)!;
          const intake = await acts.openCampaignHazard({ campaignId: input.campaignId, unitId: input.unitId, title: input.title, item, result, actorId: arg.actorId, at: new Date().toISOString(), policy: input.policy });
          try {
            await startChild(hazardWorkflow, {
              workflowId: hazardWorkflowId(intake.hazardId),
              args: [{ intake, policy: input.policy } satisfies HazardWorkflowInput],
              parentClosePolicy: ParentClosePolicy.ABANDON,
            });
          } catch (err) {
            if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
          }
          state.hazards[result.itemId] = intake.hazardId;
          await log.record([{ type: 'campaign_hazard_opened', actorId: arg.actorId, payload: { itemId: result.itemId, hazardId: intake.hazardId, severity: item.severity }, notify: [] }], arg.correlationId ?? null);
        }
        return state;
      }),
    { validator: check },
  );

  const contacts = await acts.campaignUnitContacts({ unitId: input.unitId });
  const at = (fraction: number) => started + Math.floor((deadline - started) * fraction);
  const { reminders, escalateAt } = input.campaigns;
  while (Date.now() < deadline) {
    if (state.status !== 'pending') {
      await waitUntil(log, deadline);
      continue;
    }
    const pendingReminder = state.reminders < reminders.length ? at(reminders[state.reminders]!) : null;
    const pendingEscalation = state.escalated ? null : at(escalateAt);
    const next = Math.min(...[pendingReminder, pendingEscalation, deadline].filter((t): t is number => t !== null));
    if (!(await waitUntil(log, next)) || state.status !== 'pending' || Date.now() >= deadline) continue;
    await log.exclusive(async () => {
      if (state.status !== 'pending') return;
      const now = Date.now();
      if (pendingReminder !== null && now >= pendingReminder && now < deadline) {
        state.reminders++;
        await log.record([{ type: 'campaign_reminder', actorId: null, payload: { reminder: state.reminders, deadline: input.deadline }, notify: contacts.officers.map((o) => ({ recipientId: o, kind: 'campaign_reminder' })) }]);
      }
      if (pendingEscalation !== null && now >= pendingEscalation && now < deadline) {
        state.escalated = true;
        await log.record([{ type: 'campaign_escalated', actorId: null, payload: { to: contacts.principalId, deadline: input.deadline }, notify: contacts.principalId ? [{ recipientId: contacts.principalId, kind: 'campaign_escalated' }] : [] }]);
      }
    });
  }
  await condition(() => log.idle && allHandlersFinished());
  if (state.status === 'pending') {
    state.status = 'not_submitted';
    await log.exclusive(() => log.record([{ type: 'campaign_not_submitted', actorId: null, payload: { deadline: input.deadline, reminders: state.reminders, escalated: state.escalated }, notify: contacts.principalId ? [{ recipientId: contacts.principalId, kind: 'campaign_not_submitted' }] : [] }]));
  }
  await condition(allHandlersFinished);
  return state;
}
