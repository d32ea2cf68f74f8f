import { HttpStatus, NotFoundException } from '@nestjs/common';
import { ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { REJECTION_TYPES } from '../../../../workflows/hazards/hazard.messages.js';
import { ProblemException } from './problem-details.js';

const STATUS_BY_TYPE: Record<string, { status: number; slug: string; title: string }> = {
  [REJECTION_TYPES.wrong_state]: { status: HttpStatus.CONFLICT, slug: 'wrong-state', title: 'Not possible in the current state' },
  [REJECTION_TYPES.not_allowed]: { status: HttpStatus.FORBIDDEN, slug: 'not-allowed', title: 'Not allowed for this person' },
  [REJECTION_TYPES.invalid_input]: { status: HttpStatus.UNPROCESSABLE_ENTITY, slug: 'validation', title: 'Invalid request' },
};

/** Turns Temporal's answer to an update into the API's problem responses; other errors pass through. */
export function mapTemporalError(err: unknown, subject: string): unknown {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const mapped = STATUS_BY_TYPE[err.cause.type ?? ''];
    if (mapped) return new ProblemException(mapped.status, mapped.slug, mapped.title, err.cause.message);
  }
  if (err instanceof WorkflowNotFoundError) return new NotFoundException(`${subject} has no running workflow`);
  if (isWorkflowFinished(err)) return new ProblemException(HttpStatus.CONFLICT, 'wrong-state', 'Not possible in the current state', `${subject} is closed`);
  return err;
}

/** An update sent to a workflow that has completed: Temporal answers not-found, or (just after) already-completed. */
export function isWorkflowFinished(err: unknown): boolean {
  return err instanceof WorkflowNotFoundError || (err instanceof ServiceError && /already completed/i.test(err.message));
}
