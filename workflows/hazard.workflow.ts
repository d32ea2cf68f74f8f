import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { HazardActivities } from '../activities/hazard.activities.js';
import {
  REPORTED_EVENT_SEQUENCE,
  type HazardEventRecord,
  type HazardIntake,
  type HazardPatch,
  type HazardState,
} from '../libs/domain/src/index.js';
import { hazardStateQuery } from './hazard.messages.js';

const acts = proxyActivities<HazardActivities>({
  startToCloseTimeout: '30s',
  // Database outages must not lose a hazard: keep retrying, backing off to once a minute.
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
});

export interface HazardWorkflowInput {
  intake: HazardIntake;
}

/** One hazard, from report (上报) onwards; the workflow is the authority on its state. */
export async function hazardWorkflow({ intake }: HazardWorkflowInput): Promise<HazardState> {
  const state: HazardState = {
    hazardId: intake.hazardId,
    status: 'reported',
    severity: intake.severity,
    unitId: intake.unitId,
    chain: null,
    currentRung: null,
    holder: null,
    lastSequence: REPORTED_EVENT_SEQUENCE,
  };
  setHandler(hazardStateQuery, () => state);

  // The API wrote the hazard and its first event in the transaction that started us; this
  // repeats that write idempotently in case its commit was lost after the start succeeded.
  await acts.recordIntake(intake);

  const record = async (type: string, actorId: string | null, payload: Record<string, unknown>, patch: HazardPatch) => {
    const event: HazardEventRecord = {
      hazardId: intake.hazardId,
      sequence: state.lastSequence + 1,
      type,
      actorId,
      // Workflow time: deterministic under replay.
      occurredAt: new Date().toISOString(),
      payload,
      patch,
    };
    await acts.recordHazardEvent(event);
    state.lastSequence = event.sequence;
  };

  const chain = await acts.resolveResponsibilityChain({
    unitId: intake.unitId,
    category: intake.category,
    at: intake.reportedAt,
  });
  state.chain = chain;
  const first = chain.rungs[0];
  if (first) {
    state.status = 'assigned';
    state.currentRung = 0;
    state.holder = first.person;
    await record('assigned', null, { chain, to: first }, {
      status: 'assigned',
      responsiblePersonId: first.person.id,
      currentRung: 0,
      chain,
    });
  } else {
    state.status = 'unassigned';
    await record('assignment_failed', null, { chain, reason: 'nobody holds a post on the responsibility chain' }, {
      status: 'unassigned',
      chain,
    });
  }

  // The lifecycle after assignment (acknowledge, plan, rectify, verify, close) waits here.
  await condition(() => false);
  await condition(allHandlersFinished);
  return state;
}
