import { HttpStatus } from '@nestjs/common';
import { QueryRejectedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import type { CallContext } from './call.decorator.js';
import { ProblemException } from './problem-details.js';
import { mapTemporalError } from './temporal-errors.js';
import { isServiceUnavailable } from './unavailability.js';

/** An update waits for its activity to record the events; allow for a slow database. */
const UPDATE_DEADLINE_MS = 30_000;
const QUERY_DEADLINE_MS = 5_000;

/**
 * Sends an action to a review's, incident's, campaign unit's or signing's workflow; a repeated
 * Idempotency-Key (same person) returns the first outcome, as for hazards.
 */
export async function executeWorkflowUpdate<S, A>(temporal: Client, workflowId: string, update: UpdateDefinition<S, [A], string>, arg: A, call: CallContext, subject: string): Promise<S> {
  try {
    return await temporal.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () =>
      temporal.workflow.getHandle(workflowId).executeUpdate(update, {
        args: [arg],
        ...(call.idempotencyKey ? { updateId: `${call.actorId}:${call.idempotencyKey}` } : {}),
      }),
    );
  } catch (err) {
    throw mapTemporalError(err, subject);
  }
}

/** The workflow's live state, or null (with the reason) when it has ended or Temporal cannot answer. */
export async function queryWorkflow<S>(temporal: Client, workflowId: string, query: QueryDefinition<S>): Promise<{ live: S | null; liveError?: string }> {
  try {
    return { live: await temporal.withDeadline(Date.now() + QUERY_DEADLINE_MS, () => temporal.workflow.getHandle(workflowId).query(query)) };
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return { live: null, liveError: 'workflow not found' };
    if (err instanceof QueryRejectedError) return { live: null, liveError: err.message };
    if (isServiceUnavailable(err)) return { live: null, liveError: 'workflow service unavailable' };
    throw err;
  }
}

export const forbidden = (detail: string) => new ProblemException(HttpStatus.FORBIDDEN, 'not-allowed', 'Not allowed for this person', detail);
export const conflict = (detail: string) => new ProblemException(HttpStatus.CONFLICT, 'wrong-state', 'Not possible in the current state', detail);
