import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '../common/problem-details.js';
import { OrgCache } from '../org/org-cache.service.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { IS_PUBLIC } from './public.decorator.js';
import { TokenRejected, TokenVerifier } from './token-verifier.js';

const unauthenticated = (detail: string) =>
  new ProblemException(HttpStatus.UNAUTHORIZED, 'unauthenticated', 'Unauthenticated', detail);

/** Every route needs a valid bearer token naming a known person, unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly org: OrgCache,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()])) return true;
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization;
    if (!header) throw unauthenticated('Send a bearer token: Authorization: Bearer <token>');
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    let personId: string;
    try {
      personId = await this.tokens.verify(token);
    } catch (err) {
      if (err instanceof TokenRejected) throw unauthenticated(`Token refused: ${err.message}`);
      throw err;
    }
    const person = await this.org.person(personId);
    if (!person) throw unauthenticated(`Token refused: it names "${personId}", who is not a known person`);
    req.principal = { personId: person.id, name: person.name };
    return true;
  }
}
