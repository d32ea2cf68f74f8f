import { ValidationPipe } from '@nestjs/common';
import { fieldProblems, InvalidInputException } from './problem-details.js';

/** Strict DTO validation: unknown fields are rejected, every failing field is named with its reason. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new InvalidInputException(fieldProblems(errors)),
  });
}
