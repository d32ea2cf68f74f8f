import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createServer } from 'node:net';
import { DefaultLogger, Runtime, type LogEntry, type LogLevel } from '@temporalio/worker';
import { Logger } from 'nestjs-pino';
import { pino } from 'pino';
import { loadEnvironment, loggerOptions } from '#config';
import { WorkerModule } from './worker.module.js';

const SDK_LEVELS: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', fatal: 'ERROR' };

/**
 * The Temporal SDK's runtime: its records (workflow and activity logs, the worker's own) as JSON
 * lines through the same redacting pino as everything else, and, when the worker serves metrics,
 * its Prometheus exporter on a free loopback port; answers that exporter's address.
 */
async function installSdkRuntime(level: string, metrics: boolean): Promise<string | null> {
  const log = pino(loggerOptions(level)).child({ context: 'Temporal' });
  const sdkPort = metrics ? await freeLoopbackPort() : null;
  Runtime.install({
    ...(sdkPort
      ? { telemetryOptions: { metrics: { prometheus: { bindAddress: `127.0.0.1:${sdkPort}`, countersTotalSuffix: true, unitSuffix: true, useSecondsForDurations: true } } } }
      : {}),
    logger: new DefaultLogger(SDK_LEVELS[level] ?? 'INFO', ({ level: l, message, meta }: LogEntry) => {
      const { error, ...rest } = (meta ?? {}) as Record<string, unknown>;
      const fields = error === undefined ? rest : { ...rest, err: error };
      const method = l === 'TRACE' ? 'trace' : l === 'DEBUG' ? 'debug' : l === 'WARN' ? 'warn' : l === 'ERROR' ? 'error' : 'info';
      log[method](fields, message);
    }),
  });
  return sdkPort ? `http://127.0.0.1:${sdkPort}/metrics` : null;
}

/** A port free on the loopback now (the SDK's exporter binds it a moment later). */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function bootstrap(): Promise<void> {
  const env = loadEnvironment();
  const sdkMetricsUrl = await installSdkRuntime(env.LOG_LEVEL, env.METRICS_PORT > 0);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(sdkMetricsUrl), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
