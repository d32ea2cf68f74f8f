import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/authenticated-request.js';
import { InvalidInputException } from './problem-details.js';

/** Who calls, under which correlation id, and with which Idempotency-Key (if any). */
export interface CallContext {
  actorId: string;
  correlationId: string;
  idempotencyKey: string | null;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export function idempotencyKeyOf(req: AuthenticatedRequest): string | null {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return null;
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw new InvalidInputException([{ field: 'Idempotency-Key', reason: 'must be 1 to 200 printable ASCII characters' }]);
  }
  return key;
}

/** An Idempotency-Key counts per person: two people's same key are two requests. Null without a key. */
export const scopedIdempotencyKey = (call: CallContext): string | null => (call.idempotencyKey ? `${call.actorId}:${call.idempotencyKey}` : null);

export const Call = createParamDecorator((_: unknown, ctx: ExecutionContext): CallContext => {
  const req = ctx.switchToHttp().getRequest<AuthenticatedRequest & { id?: unknown }>();
  if (!req.principal) throw new Error('Call used on a route without authentication');
  return { actorId: req.principal.personId, correlationId: String(req.id ?? ''), idempotencyKey: idempotencyKeyOf(req) };
});
