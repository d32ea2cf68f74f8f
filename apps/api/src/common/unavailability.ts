import { ServiceError } from '@temporalio/client';

const PG_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
// gRPC UNAVAILABLE and DEADLINE_EXCEEDED
const GRPC_UNAVAILABLE = new Set([14, 4]);

/** True when an error means "the database or Temporal is down", as opposed to a bug. */
export function isServiceUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && PG_UNAVAILABLE.has(code)) return true;
    if (e instanceof ServiceError && (typeof code !== 'number' || GRPC_UNAVAILABLE.has(code))) return true;
    if (typeof code === 'number' && GRPC_UNAVAILABLE.has(code)) return true;
    const message = e instanceof Error ? e.message : '';
    if (/Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Failed to connect/i.test(message)) return true;
  }
  return false;
}
