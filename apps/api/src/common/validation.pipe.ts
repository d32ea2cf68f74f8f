import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { fieldProblems, InvalidInputException } from './problem-details.js';
import { UNSTORABLE_REASON, unstorableFields } from './storable-text.js';

/**
 * Strict DTO validation: unknown fields are rejected, every failing field is named with its reason.
 * Before the DTO rules, every body, query and path value is checked for text that PostgreSQL
 * cannot store, nested JSON included, so that no DTO can forget it (a per-field decorator could be).
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const fields = unstorableFields(value, metadata.type === 'param' && typeof value === 'string' ? (metadata.data ?? 'path') : '');
      if (fields.length) throw new InvalidInputException(fields.map((field) => ({ field, reason: UNSTORABLE_REASON, code: 'unstorable' })));
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The target lets the problem name a rule's arguments (its limit, its values); values never echo back.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new InvalidInputException(fieldProblems(errors)),
  });
}
