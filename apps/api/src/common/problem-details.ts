import { HttpException, HttpStatus, ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';

/** A parameter of a rule a field broke (its limit, the values it allows), for the reader's language. */
export type ProblemParam = string | number | boolean | Array<string | number>;

/**
 * One bad field: `reason` in English, and `code` (the rule: `maxLength`, `isIn`, `notFound` …) with
 * its `params`, from which a console writes the reason in its reader's language.
 */
export interface FieldProblem {
  field: string;
  reason: string;
  code?: string;
  params?: Record<string, ProblemParam>;
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

/** Every problem carries a code: `invalid` where the reason has no rule of its own. */
export const withCodes = (errors: FieldProblem[]): FieldProblem[] => errors.map((e) => ({ ...e, code: e.code ?? 'invalid', ...(e.params ? { params: e.params } : {}) }));

export class InvalidInputException extends ProblemException {
  constructor(errors: FieldProblem[]) {
    const detail = errors.map((e) => `${e.field}: ${e.reason}`).join('; ');
    super(HttpStatus.UNPROCESSABLE_ENTITY, 'validation', 'Invalid request', detail, { errors: withCodes(errors) });
  }
}

/** The arguments class-validator keeps for a rule (MaxLength(200) → [200]), named for the reader. */
function ruleParams(target: object | undefined, property: string, rule: string): Record<string, ProblemParam> | undefined {
  if (!target) return undefined;
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === rule);
  const [first, second] = (meta?.constraints ?? []) as unknown[];
  if (first === undefined) return undefined;
  if (Array.isArray(first)) return { values: first.map((v) => (typeof v === 'number' ? v : String(v))) };
  if (typeof first === 'number' && typeof second === 'number') return { min: first, max: second };
  if (typeof first === 'number') return { limit: first };
  return undefined;
}

/** Flattens class-validator errors into `field: reason` pairs with dotted paths. */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, reason]) => {
      const params = ruleParams(e.target, e.property, code);
      return { field, reason, code, ...(params ? { params } : {}) };
    });
    return [...own, ...fieldProblems(e.children ?? [], field)];
  });
}
