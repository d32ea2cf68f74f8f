import { HttpCode, HttpStatus, ParseUUIDPipe } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ApiActor } from '../common/actor.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { HazardStateDto } from './dto/hazard-state.response.js';

/** A hazard's id in the path: a v4 UUID, or a 422 naming `id`. */
export const uuid = new ParseUUIDPipe({
  version: '4',
  exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be a hazard id (UUID)', code: 'isUuid' }]),
});

/** The responses every action shares. */
export function Action(summary: string) {
  return (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
    ApiOperation({ summary })(target, key, descriptor);
    ApiActor()(target, key, descriptor);
    HttpCode(HttpStatus.OK)(target, key, descriptor);
    ApiResponse({ status: 200, description: 'Done; the hazard’s new state', type: HazardStateDto })(target, key, descriptor);
    ApiResponse({ status: 401, description: 'No acting person' })(target, key, descriptor);
    ApiResponse({ status: 403, description: 'This person may not take this action (reason in detail)' })(target, key, descriptor);
    ApiResponse({ status: 404, description: 'No such hazard, or one outside your units (the two are not told apart)' })(target, key, descriptor);
    ApiResponse({ status: 409, description: 'Not possible in the hazard’s current state (reason in detail)' })(target, key, descriptor);
    ApiResponse({ status: 422, description: 'Invalid input: each field and reason in `errors`' })(target, key, descriptor);
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeating the same key (same person) returns the first result and acts once' })(target, key, descriptor);
  };
}

