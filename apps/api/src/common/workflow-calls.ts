import { HttpStatus } from '@nestjs/common';
import { QueryRejectedError, ServiceError, WorkflowNotFoundError, type Client, type WorkflowStartOptions } from '@temporalio/client';
import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import { scopedIdempotencyKey, type CallContext } from './call.decorator.js';
import { ProblemException } from './problem-details.js';
import { isWorkflowFinished, mapTemporalError } from './temporal-errors.js';
import { isServiceUnavailable } from './unavailability.js';

/** An update waits for its activity to record the events; allow for a slow database. */
const UPDATE_DEADLINE_MS = 30_000;
/** Starting a workflow and querying one are quick, or Temporal is unavailable. */
const CALL_DEADLINE_MS = 5_000;

/** A read-model row as the API answers it: the id of its workflow is the server's business. */
export const withoutWorkflowId = <T extends { workflowId: string }>({ workflowId: _workflow, ...row }: T) => row;

export const forbidden = (detail: string) => new ProblemException(HttpStatus.FORBIDDEN, 'not-allowed', 'Not allowed for this person', detail);
export const conflict = (detail: string) => new ProblemException(HttpStatus.CONFLICT, 'wrong-state', 'Not possible in the current state', detail);

/**
 * Starts the workflow of a row the caller is writing in the same transaction: a failed start rolls
 * the row back, and a start repeated after a lost commit finds the running workflow.
 */
export function startWorkflow(temporal: Client, taskQueue: string, workflowType: string, workflowId: string, input: unknown, extra: Pick<WorkflowStartOptions, 'memo' | 'workflowIdConflictPolicy' | 'typedSearchAttributes'> = {}) {
  return temporal.withDeadline(Date.now() + CALL_DEADLINE_MS, () =>
    temporal.workflow.start(workflowType, { taskQueue, workflowId, args: [input], workflowIdConflictPolicy: 'USE_EXISTING', ...extra }),
  );
}

/**
 * Sends an action to a workflow as an update; a repeated Idempotency-Key (same person) returns the
 * first outcome. The caller has found the workflow's row, so a workflow Temporal no longer has
 * has finished: `finished` says so with a 409 (without it, the 404 of mapTemporalError).
 */
export async function executeWorkflowUpdate<S, A>(
  temporal: Client,
  workflowId: string,
  update: UpdateDefinition<S, [A], string>,
  arg: A,
  call: CallContext,
  subject: string,
  finished?: string,
): Promise<S> {
  const updateId = scopedIdempotencyKey(call);
  try {
    return await temporal.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () =>
      temporal.workflow.getHandle(workflowId).executeUpdate(update, { args: [arg], ...(updateId ? { updateId } : {}) }),
    );
  } catch (err) {
    if (finished && isWorkflowFinished(err)) throw conflict(finished);
    throw mapTemporalError(err, subject);
  }
}

/**
 * The workflow's live state, or null with the reason when it has ended or Temporal cannot answer.
 * `notReady` names a query refusal the workflow gives before it has its state, and what to say then.
 */
export async function queryWorkflow<S>(
  temporal: Client,
  workflowId: string,
  query: QueryDefinition<S>,
  notReady?: { when: RegExp; say: string },
): Promise<{ live: S | null; liveError?: string }> {
  try {
    return { live: await temporal.withDeadline(Date.now() + CALL_DEADLINE_MS, () => temporal.workflow.getHandle(workflowId).query(query)) };
  } catch (err) {
    // The read model still answers when Temporal is down; say why the live part is missing.
    if (err instanceof WorkflowNotFoundError) return { live: null, liveError: 'workflow not found' };
    if (err instanceof QueryRejectedError) return { live: null, liveError: notReady?.say ?? err.message };
    if (notReady && err instanceof Error && notReady.when.test(err.message)) return { live: null, liveError: notReady.say };
    if (isServiceUnavailable(err)) return { live: null, liveError: 'workflow service unavailable' };
    // Our own deadline cancels the call (gRPC CANCELLED) when no worker answers the query in time.
    if (err instanceof ServiceError && (err.cause as { code?: unknown } | undefined)?.code === GRPC_CANCELLED) {
      return { live: null, liveError: `the workflow did not answer within ${CALL_DEADLINE_MS / 1000} s (no worker is polling its task queue)` };
    }
    throw err;
  }
}

const GRPC_CANCELLED = 1;
