import { ConfigType, registerAs } from '@nestjs/config';
import { auditSigningKey, loadEnvironment, validateAuthSettings } from './environment.js';

export const databaseConfig = registerAs('database', () => {
  const env = loadEnvironment();
  return { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, role: env.DATABASE_APP_ROLE };
});
export type DatabaseConfig = ConfigType<typeof databaseConfig>;

export const temporalConfig = registerAs('temporal', () => {
  const env = loadEnvironment();
  return {
    address: env.TEMPORAL_ADDRESS,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    tls: env.TEMPORAL_TLS_CERT_PATH
      ? { certPath: env.TEMPORAL_TLS_CERT_PATH, keyPath: env.TEMPORAL_TLS_KEY_PATH!, caPath: env.TEMPORAL_TLS_CA_PATH }
      : null,
    apiKey: env.TEMPORAL_API_KEY ?? null,
    worker: {
      maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS,
      ...(env.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS !== undefined ? { maxConcurrentWorkflowTaskExecutions: env.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS } : {}),
      ...(env.WORKER_MAX_CONCURRENT_ACTIVITIES !== undefined ? { maxConcurrentActivityTaskExecutions: env.WORKER_MAX_CONCURRENT_ACTIVITIES } : {}),
    },
  };
});
export type TemporalConfig = ConfigType<typeof temporalConfig>;

export const appConfig = registerAs('app', () => {
  const env = loadEnvironment();
  return { port: env.PORT, logLevel: env.LOG_LEVEL, nodeEnv: env.NODE_ENV };
});
export type AppConfig = ConfigType<typeof appConfig>;

export const notificationsConfig = registerAs('notifications', () => {
  const env = loadEnvironment();
  return {
    sender: env.NOTIFY_SENDER as 'log' | 'webhook' | 'off',
    webhookUrl: env.NOTIFY_WEBHOOK_URL ?? null,
    pollMs: env.NOTIFY_POLL_MS,
    smtpUrl: env.SMTP_URL ?? null,
    smtpFrom: env.SMTP_FROM,
    consoleUrl: env.CONSOLE_URL.replace(/\/+$/, ''),
    maxAttempts: env.DELIVERY_MAX_ATTEMPTS,
  };
});
export type NotificationsConfig = ConfigType<typeof notificationsConfig>;

export const schedulesConfig = registerAs('schedules', () => ({ minIntervalSeconds: loadEnvironment().SCHEDULE_MIN_INTERVAL_SECONDS }));
export type SchedulesConfig = ConfigType<typeof schedulesConfig>;

/** Registered by the API's AuthModule only (forFeature): workers and scripts need no key material. */
export const authConfig = registerAs('auth', () => {
  const env = loadEnvironment();
  validateAuthSettings(env);
  return {
    mode: env.AUTH_MODE as 'jwt' | 'dev',
    secret: env.AUTH_JWT_SECRET ?? null,
    jwksUrl: env.AUTH_JWKS_URL ?? null,
    issuer: env.AUTH_ISSUER ?? null,
    audience: env.AUTH_AUDIENCE ?? null,
    ratePerMinute: env.RATE_LIMIT_PER_MINUTE,
  };
});
export type AuthConfig = ConfigType<typeof authConfig>;

/** The key that signs audit checkpoints, when one is configured (validated at boot). */
export const auditConfig = registerAs('audit', () => {
  const env = loadEnvironment();
  return { signingKey: env.AUDIT_SIGNING_KEY ? auditSigningKey(env.AUDIT_SIGNING_KEY) : null };
});
export type AuditConfig = ConfigType<typeof auditConfig>;

/** Where evidence files go, and how large they may be. */
export const evidenceConfig = registerAs('evidence', () => {
  const env = loadEnvironment();
  return {
    store: env.EVIDENCE_STORE as 'local' | 's3',
    dir: env.EVIDENCE_DIR,
    maxFileBytes: env.EVIDENCE_MAX_FILE_BYTES,
    maxHazardBytes: env.EVIDENCE_MAX_HAZARD_BYTES,
    s3:
      env.EVIDENCE_STORE === 's3'
        ? { endpoint: env.EVIDENCE_S3_ENDPOINT ?? null, region: env.EVIDENCE_S3_REGION, bucket: env.EVIDENCE_S3_BUCKET!, accessKeyId: env.EVIDENCE_S3_ACCESS_KEY_ID!, secretAccessKey: env.EVIDENCE_S3_SECRET_ACCESS_KEY! }
        : null,
  };
});
export type EvidenceConfig = ConfigType<typeof evidenceConfig>;

/** The CJK font of generated PDFs. */
export const metricsConfig = registerAs('metrics', () => {
  const env = loadEnvironment();
  return { port: env.METRICS_PORT, host: env.METRICS_HOST };
});
export type MetricsConfig = ConfigType<typeof metricsConfig>;

export const pdfConfig = registerAs('pdf', () => ({ fontPath: loadEnvironment().PDF_FONT_PATH }));
export type PdfConfig = ConfigType<typeof pdfConfig>;
