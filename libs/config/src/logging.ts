import type { LoggerOptions } from 'pino';

/**
 * What never reaches a log: credentials in request and response headers, and any field named like
 * a secret wherever it appears (a request body, an error's context, an SDK record).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.secret',
  '*.apiKey',
  '*.webhookSecret',
  '*.authorization',
  '*.smtpUrl',
  '*.secretAccessKey',
];

export const REDACTED = '[redacted]';

/** The one pino configuration of the API and the worker: JSON lines, credentials redacted. */
export function loggerOptions(level: string): LoggerOptions {
  return { level, redact: { paths: REDACTED_PATHS, censor: REDACTED } };
}

/** A credential as it would look in a log line: a bearer token, a JWT, or a password in a URL. Used by the checks that read logs. */
export const CREDENTIAL_PATTERN = /Bearer\s+[A-Za-z0-9._~+/-]{8,}|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/;
