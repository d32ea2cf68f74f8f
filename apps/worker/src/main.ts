import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, Runtime, type LogEntry, type LogLevel } from '@temporalio/worker';
import { Logger } from 'nestjs-pino';
import { pino } from 'pino';
import { loadEnvironment, loggerOptions } from '#config';
import { WorkerModule } from './worker.module.js';

const SDK_LEVELS: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', fatal: 'ERROR' };

/** The Temporal SDK's records (workflow and activity logs, the worker's own) as JSON lines through the same redacting pino as everything else. */
function installSdkLogger(level: string): void {
  const log = pino(loggerOptions(level)).child({ context: 'Temporal' });
  Runtime.install({
    logger: new DefaultLogger(SDK_LEVELS[level] ?? 'INFO', ({ level: l, message, meta }: LogEntry) => {
      const { error, ...rest } = (meta ?? {}) as Record<string, unknown>;
      const fields = error === undefined ? rest : { ...rest, err: error };
      const method = l === 'TRACE' ? 'trace' : l === 'DEBUG' ? 'debug' : l === 'WARN' ? 'warn' : l === 'ERROR' ? 'error' : 'info';
      log[method](fields, message);
    }),
  });
}

async function bootstrap(): Promise<void> {
  installSdkLogger(loadEnvironment().LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
