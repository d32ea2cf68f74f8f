import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { appConfig, type AppConfig } from '#config';
import { AppModule } from './app.module.js';
import { configureApp } from './bootstrap-app.js';

async function bootstrap(): Promise<void> {
  const app = configureApp(await NestFactory.create(AppModule.forRoot(), { bufferLogs: true, bodyParser: false }));
  const { port } = app.get<AppConfig>(appConfig.KEY);
  await app.listen(port, '0.0.0.0');
  new Logger('Bootstrap').log(`API listening on port ${port}, running on Node ${process.version}`);
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
