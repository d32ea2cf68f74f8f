import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { authConfig, type AuthConfig } from '#config';
import { ProblemException } from '../common/problem-details.js';
import type { AuthenticatedRequest } from './authenticated-request.js';

/**
 * Limits each signed-in person per minute (an office shares one address); before sign-in, each
 * address. rate-limiter-flexible rather than @nestjs/throttler: the latter ships only CommonJS that
 * requires the ESM-only @nestjs/common 12, which Jest cannot load on Node 20. Its Redis and
 * PostgreSQL stores replace the in-memory one when several API instances share a budget.
 */
@Injectable()
export class PersonRateLimitGuard implements CanActivate {
  private readonly limiter: RateLimiterMemory;

  constructor(@Inject(authConfig.KEY) config: AuthConfig) {
    this.limiter = new RateLimiterMemory({ points: config.ratePerMinute, duration: 60 });
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const key = req.principal ? `person:${req.principal.personId}` : `ip:${req.ip ?? 'unknown'}`;
    try {
      const r = await this.limiter.consume(key);
      res.setHeader('RateLimit-Remaining', String(r.remainingPoints));
      return true;
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      res.setHeader('Retry-After', String(seconds));
      throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, 'rate-limited', 'Too many requests', `Rate limit reached; retry in ${seconds} s`);
    }
  }
}
