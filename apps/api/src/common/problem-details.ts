import { HttpException, HttpStatus, ValidationError } from '@nestjs/common';

export interface FieldProblem {
  field: string;
  reason: string;
}

/** RFC 9457 problem details. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export const PROBLEM_TYPE_BASE = 'https://dutychain.dev/problems/';

export class ProblemException extends HttpException {
  constructor(status: number, slug: string, title: string, detail: string, extra: Record<string, unknown> = {}) {
    super({ type: PROBLEM_TYPE_BASE + slug, title, status, detail, ...extra } satisfies ProblemDetails, status);
  }
}

export class InvalidInputException extends ProblemException {
  constructor(errors: FieldProblem[]) {
    const detail = errors.map((e) => `${e.field}: ${e.reason}`).join('; ');
    super(HttpStatus.UNPROCESSABLE_ENTITY, 'validation', 'Invalid request', detail, { errors });
  }
}

/** Flattens class-validator errors into `field: reason` pairs with dotted paths. */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...fieldProblems(e.children ?? [], field)];
  });
}
