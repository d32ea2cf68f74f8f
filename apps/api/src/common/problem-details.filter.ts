import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { describeError, isServiceUnavailable } from './unavailability.js';
import { PROBLEM_TYPE_BASE, type ProblemDetails } from './problem-details.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Invalid request',
  429: 'Too many requests',
  503: 'A required service is unavailable',
};

/** Every error leaves the API as application/problem+json; unexpected ones never leak internals. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const problem = this.toProblem(exception);
    problem.instance = req.originalUrl;
    if (problem.status >= 500) this.logger.error(`${req.method} ${req.originalUrl}: ${describeError(exception)}`, (exception as Error)?.stack);
    res.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'type' in body) return { ...(body as ProblemDetails) };
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      // Keep other members (e.g. the health check's per-indicator results) as problem extensions.
      const { status: _s, statusCode: _c, message: _m, error: _e, ...extensions } =
        typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const errorMember = typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'object' ? { error: (body as { error: unknown }).error } : {};
      return {
        ...extensions,
        ...errorMember,
        type: PROBLEM_TYPE_BASE + (TITLES[status] ?? 'error').toLowerCase().replace(/\s+/g, '-'),
        title: TITLES[status] ?? exception.name,
        status,
        detail: Array.isArray(message) ? message.join('; ') : String(message ?? exception.message),
      };
    }
    if (isServiceUnavailable(exception)) {
      return {
        type: PROBLEM_TYPE_BASE + 'unavailable',
        title: TITLES[503]!,
        status: HttpStatus.SERVICE_UNAVAILABLE,
        detail: 'The database or the workflow service cannot be reached; nothing was changed. Try again shortly.',
      };
    }
    return {
      type: PROBLEM_TYPE_BASE + 'internal',
      title: 'Internal error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: 'An unexpected error occurred; it has been logged.',
    };
  }
}
