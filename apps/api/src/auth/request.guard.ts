import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { JwtAuthGuard } from './jwt-auth.guard.js';
import { PersonRateLimitGuard } from './person-rate-limit.guard.js';

/** The one global guard: who is calling first, then whether they are over their rate. */
@Injectable()
export class RequestGuard implements CanActivate {
  constructor(
    private readonly auth: JwtAuthGuard,
    private readonly throttle: PersonRateLimitGuard,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    return (await this.auth.canActivate(ctx)) && this.throttle.canActivate(ctx);
  }
}
