import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import { Logger } from 'nestjs-pino';
import { createValidationPipe } from './common/validation.pipe.js';

/** Everything main.ts applies to the app, shared with the e2e tests so that they test the same app. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.use(json({ limit: '256kb' }));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const doc = new DocumentBuilder()
    .setTitle('Dutychain')
    .setDescription('Safety-hazard responsibility chains and escalation (隐患闭环管理)')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, doc));
  return app;
}
