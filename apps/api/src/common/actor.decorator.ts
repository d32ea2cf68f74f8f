import { createParamDecorator, HttpStatus, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import type { Request } from 'express';
import { ProblemException } from './problem-details.js';

const PERSON_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const ACTOR_HEADER = 'x-actor-id';

/**
 * The person taking an action. Until bearer-token authentication lands (issue 4) the caller names
 * themselves in `X-Actor-Id`; every rule about who may act is enforced against that person.
 * This decorator is the one place that changes when identity comes from a verified token.
 */
export const Actor = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const value = ctx.switchToHttp().getRequest<Request>().headers[ACTOR_HEADER];
  if (typeof value !== 'string' || !PERSON_ID.test(value)) {
    throw new ProblemException(HttpStatus.UNAUTHORIZED, 'unauthenticated', 'Unauthenticated', 'Name the acting person in the X-Actor-Id header', {
      errors: [{ field: 'X-Actor-Id', reason: 'must be a person id' }],
    });
  }
  return value;
});

export const ApiActor = () =>
  applyDecorators(ApiHeader({ name: 'X-Actor-Id', required: true, description: 'Person taking the action (interim, until bearer tokens)' }));
