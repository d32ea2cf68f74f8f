import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';

const PG_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
// gRPC DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED (the server sheds load) and UNAVAILABLE
const GRPC_UNAVAILABLE = new Set([4, 8, 14]);

/**
 * True when an error means "the database or Temporal is down or overloaded", as opposed to a bug.
 * The Temporal client wraps gRPC failures in a ServiceError whose cause carries the status code;
 * other codes (a refused request, a workflow whose task keeps failing) are not outages.
 */
export function isServiceUnavailable(err: unknown): boolean {
  for (const e of causeChain(err)) {
    if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && PG_UNAVAILABLE.has(code)) return true;
    if (typeof code === 'number' && GRPC_UNAVAILABLE.has(code)) return true;
    if (e instanceof ServiceError && !(e.cause instanceof Error)) return true;
    const message = e instanceof Error ? e.message : '';
    if (/Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Failed to connect/i.test(message)) return true;
  }
  return false;
}

/** Every message down an error's cause chain, for the log (the outermost often says little). */
export function describeError(err: unknown): string {
  return causeChain(err)
    .map((e) => {
      const code = (e as { code?: unknown }).code;
      return `${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}${code !== undefined ? ` [code ${String(code)}]` : ''}`;
    })
    .join(' <- ');
}

/** The error and its causes, outermost first, at most five deep. */
function causeChain(err: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = err; e && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}
