import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey, type JWTPayload } from 'jose';
import { randomBytes } from 'node:crypto';
import { authConfig, type AuthConfig } from '#config';

export class TokenRejected extends Error {}

/** Verifies bearer tokens (HS256 with a secret, or RS256/ES256 from a JWKS) and, in dev mode, signs them. */
@Injectable()
export class TokenVerifier {
  private readonly secret: Uint8Array | null;
  private readonly jwks: JWTVerifyGetKey | null;

  constructor(@Inject(authConfig.KEY) private readonly config: AuthConfig) {
    // Dev mode without a configured secret signs with a key that lives as long as the process.
    const secret = config.secret ?? (config.mode === 'dev' ? randomBytes(32).toString('hex') : null);
    this.secret = secret ? new TextEncoder().encode(secret) : null;
    this.jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  }

  /** The person the token names; throws TokenRejected with the reason. */
  async verify(token: string): Promise<string> {
    let payload: JWTPayload;
    try {
      const options = {
        ...(this.config.issuer ? { issuer: this.config.issuer } : {}),
        ...(this.config.audience ? { audience: this.config.audience } : {}),
      };
      payload = this.jwks
        ? (await jwtVerify(token, this.jwks, { ...options, algorithms: ['RS256', 'ES256'] })).payload
        : (await jwtVerify(token, this.secret!, { ...options, algorithms: ['HS256'] })).payload;
    } catch (err) {
      throw new TokenRejected(reason(err));
    }
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new TokenRejected('the token names no person (no "sub" claim)');
    return payload.sub;
  }

  async sign(personId: string, ttlSeconds = 8 * 3600): Promise<string> {
    if (!this.secret) throw new Error('tokens are issued by the identity provider in this mode');
    let jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(personId).setIssuedAt().setExpirationTime(`${ttlSeconds}s`);
    if (this.config.issuer) jwt = jwt.setIssuer(this.config.issuer);
    if (this.config.audience) jwt = jwt.setAudience(this.config.audience);
    return jwt.sign(this.secret);
  }
}

function reason(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'the token has expired';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is invalid';
  if (err instanceof errors.JWTClaimValidationFailed) return `the token's "${err.claim}" claim is not accepted (${err.reason})`;
  if (err instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm that is not accepted';
  if (err instanceof errors.JWKSNoMatchingKey) return 'no key in the JWKS matches the token';
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) return 'the token is malformed';
  return 'the token could not be verified';
}
