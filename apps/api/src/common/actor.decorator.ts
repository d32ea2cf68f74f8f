import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/authenticated-request.js';

/** The person the verified bearer token names (set by JwtAuthGuard). */
export const Actor = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('Actor used on a route without authentication');
  return principal.personId;
});

export const ApiActor = () =>
  applyDecorators(ApiBearerAuth(), ApiResponse({ status: 401, description: 'Missing, expired, badly signed or unknown-person token' }));
