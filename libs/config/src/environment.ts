import { createPrivateKey, type KeyObject } from 'node:crypto';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

/** The machine's own PostgreSQL (trust authentication), used when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/dutychain';

/**
 * Every setting Dutychain reads from the environment. This file is the only reader of
 * `process.env`; everything else receives typed config from here.
 */
export class Environment {
  @IsString()
  DATABASE_URL = DEFAULT_DATABASE_URL;

  @IsInt() @Min(1) @Max(200)
  @Transform(({ value }) => Number(value))
  DATABASE_POOL_SIZE = 10;

  @IsString()
  TEMPORAL_ADDRESS = '127.0.0.1:7233';

  @IsString()
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  TEMPORAL_TASK_QUEUE = 'dutychain-hazards';

  /**
   * Worker tuning (docs/benchmarks.md shows what they change). The sticky cache keeps recently
   * active hazards in memory; the SDK's default sizes it from the heap limit (about 2,300 here),
   * more than a worker bounded to WORKER_HEAP_MB needs.
   */
  @IsInt() @Min(0) @Max(100_000)
  @Transform(({ value }) => Number(value))
  WORKER_MAX_CACHED_WORKFLOWS = 1000;

  /** The worker process's V8 heap limit, set by npm start (and the bench and fault suite). */
  @IsInt() @Min(128) @Max(65536)
  @Transform(({ value }) => Number(value))
  WORKER_HEAP_MB = 768;

  /** Unset: the SDK's defaults. */
  @IsOptional() @IsInt() @Min(1) @Max(1000)
  @Transform(({ value }) => Number(value))
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS?: number;

  @IsOptional() @IsInt() @Min(1) @Max(1000)
  @Transform(({ value }) => Number(value))
  WORKER_MAX_CONCURRENT_ACTIVITIES?: number;

  /** Paths to a client certificate and key for mTLS to Temporal Cloud or a TLS cluster. */
  @IsOptional() @IsString()
  TEMPORAL_TLS_CERT_PATH?: string;

  @IsOptional() @IsString()
  TEMPORAL_TLS_KEY_PATH?: string;

  @IsOptional() @IsString()
  TEMPORAL_TLS_CA_PATH?: string;

  @IsOptional() @IsString()
  TEMPORAL_API_KEY?: string;

  /** An existing Temporal CLI binary; otherwise PATH, then the cache, then a pinned Go build. */
  @IsOptional() @IsString()
  TEMPORAL_CLI_PATH?: string;

  @IsInt() @Min(0) @Max(65535)
  @Transform(({ value }) => Number(value))
  PORT = 3000;

  /**
   * `jwt`: bearer tokens signed with AUTH_JWT_SECRET (HS256) or by a key in AUTH_JWKS_URL
   * (RS256/ES256). `dev`: the same, plus POST /auth/dev-token to sign in as anyone (never in production).
   */
  @IsIn(['jwt', 'dev'])
  AUTH_MODE = 'jwt';

  @IsOptional() @IsString() @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters' })
  AUTH_JWT_SECRET?: string;

  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  AUTH_JWKS_URL?: string;

  @IsOptional() @IsString()
  AUTH_ISSUER?: string;

  @IsOptional() @IsString()
  AUTH_AUDIENCE?: string;

  /** Requests per person (or address, before sign-in) per minute. */
  @IsInt() @Min(1) @Max(1_000_000)
  @Transform(({ value }) => Number(value))
  RATE_LIMIT_PER_MINUTE = 600;

  /** Database role the API and worker act as (SET ROLE), so that the log's grants apply to them. */
  @IsString()
  DATABASE_APP_ROLE = 'dutychain_app';

  /** Where notifications from the outbox go: the log, or an HTTP webhook. */
  @IsIn(['log', 'webhook', 'off'])
  NOTIFY_SENDER = 'log';

  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  NOTIFY_WEBHOOK_URL?: string;

  @IsInt() @Min(50) @Max(60000)
  @Transform(({ value }) => Number(value))
  NOTIFY_POLL_MS = 1000;

  /**
   * The SMTP server notices are mailed through (smtp:// or smtps://, credentials in the URL, which
   * never reaches a log). Unset: no email is sent (`npm start` starts Mailpit and sets it).
   */
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['smtp', 'smtps'], require_protocol: true }, { message: '$property must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The From of notice email. */
  @IsString()
  SMTP_FROM = 'Dutychain 隐患闭环 <noreply@dutychain.local>';

  /** Where the console is, for the links in notices. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  CONSOLE_URL = 'http://127.0.0.1:3000';

  /** After this many failed attempts a delivery is marked failed (and stays visible). */
  @IsInt() @Min(1) @Max(50)
  @Transform(({ value }) => Number(value))
  DELIVERY_MAX_ATTEMPTS = 8;

  /** The shortest interval a recurring duty may repeat at (seconds); drills and tests set it low. */
  @IsInt() @Min(1) @Max(31_536_000)
  @Transform(({ value }) => Number(value))
  SCHEDULE_MIN_INTERVAL_SECONDS = 3600;

  /**
   * Ed25519 private key that signs audit checkpoints (PKCS#8 PEM, or its DER in base64). Without it
   * the API exports no checkpoints; the workflows' chain heads still witness every hazard's log.
   */
  @IsOptional() @IsString()
  AUDIT_SIGNING_KEY?: string;

  /** Where evidence files are kept: a folder on the local disk, or S3-compatible object storage. */
  @IsIn(['local', 's3'])
  EVIDENCE_STORE = 'local';

  @IsString()
  EVIDENCE_DIR = '.data/evidence';

  /** The largest file accepted, and the most a hazard's files may add up to. */
  @IsInt() @Min(1024) @Max(1024 * 1024 * 1024)
  @Transform(({ value }) => Number(value))
  EVIDENCE_MAX_FILE_BYTES = 10 * 1024 * 1024;

  @IsInt() @Min(1024) @Max(16 * 1024 * 1024 * 1024)
  @Transform(({ value }) => Number(value))
  EVIDENCE_MAX_HAZARD_BYTES = 50 * 1024 * 1024;

  /** S3: the endpoint of an S3-compatible server (unset: AWS), the bucket and its credentials. */
  @IsOptional() @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  EVIDENCE_S3_ENDPOINT?: string;

  @IsString()
  EVIDENCE_S3_REGION = 'us-east-1';

  @IsOptional() @IsString()
  EVIDENCE_S3_BUCKET?: string;

  @IsOptional() @IsString()
  EVIDENCE_S3_ACCESS_KEY_ID?: string;

  @IsOptional() @IsString()
  EVIDENCE_S3_SECRET_ACCESS_KEY?: string;

  /** A font with Chinese glyphs for the PDFs the API makes (Debian: fonts-wqy-zenhei). */
  @IsString()
  PDF_FONT_PATH = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

  /**
   * Each process (every API instance, every worker) serves Prometheus's /metrics on a port of its
   * own, so that a scrape reads one process, not whichever instance a shared port hands it to.
   * Unset or 0: no metrics server. Bound to METRICS_HOST, the loopback unless an operator opens it.
   */
  @IsInt() @Min(0) @Max(65535)
  @Transform(({ value }) => Number(value))
  METRICS_PORT = 0;

  @IsString()
  METRICS_HOST = '127.0.0.1';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';
}

export class ConfigurationError extends Error {}

/** Validates raw settings; throws one error listing every bad setting (fail fast at start-up). */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigurationError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  if (Boolean(env.TEMPORAL_TLS_CERT_PATH) !== Boolean(env.TEMPORAL_TLS_KEY_PATH)) {
    throw new ConfigurationError('Invalid configuration: TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH must be set together');
  }
  if (env.AUDIT_SIGNING_KEY && !auditSigningKey(env.AUDIT_SIGNING_KEY)) {
    // The key itself is never repeated in the message.
    throw new ConfigurationError('Invalid configuration: AUDIT_SIGNING_KEY must be an Ed25519 private key (PKCS#8 PEM, or its DER in base64)');
  }
  if (env.EVIDENCE_STORE === 's3' && !(env.EVIDENCE_S3_BUCKET && env.EVIDENCE_S3_ACCESS_KEY_ID && env.EVIDENCE_S3_SECRET_ACCESS_KEY)) {
    throw new ConfigurationError('Invalid configuration: EVIDENCE_STORE=s3 needs EVIDENCE_S3_BUCKET, EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY');
  }
  if (env.NOTIFY_SENDER === 'webhook' && !env.NOTIFY_WEBHOOK_URL) {
    throw new ConfigurationError('Invalid configuration: NOTIFY_SENDER=webhook needs NOTIFY_WEBHOOK_URL');
  }
  return env;
}

export function loadEnvironment(): Environment {
  return validateEnvironment(process.env);
}

/** The API's authentication settings must be complete before it serves a request (fail fast at boot). */
export function validateAuthSettings(env: Environment): void {
  if (env.AUTH_MODE === 'jwt' && !env.AUTH_JWT_SECRET && !env.AUTH_JWKS_URL) {
    throw new ConfigurationError(
      'Invalid configuration: AUTH_MODE=jwt needs key material: AUTH_JWT_SECRET (HS256, 32+ characters) or AUTH_JWKS_URL (RS256/ES256). ' +
        'For a local demo, AUTH_MODE=dev signs tokens itself.',
    );
  }
  if (env.AUTH_MODE === 'dev' && env.NODE_ENV === 'production') {
    throw new ConfigurationError('Invalid configuration: AUTH_MODE=dev is refused when NODE_ENV=production');
  }
}

/** Whether a setting was given, rather than defaulted (start-up decides what to run from it). */
export function isExplicitlySet(name: keyof Environment): boolean {
  const value = process.env[name];
  return value !== undefined && value !== '';
}

/** The audit signing key as a key object, or null when the setting does not hold an Ed25519 private key. */
export function auditSigningKey(setting: string): KeyObject | null {
  try {
    const key = setting.includes('-----BEGIN')
      ? createPrivateKey(setting)
      : createPrivateKey({ key: Buffer.from(setting, 'base64'), format: 'der', type: 'pkcs8' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}
