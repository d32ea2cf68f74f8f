import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { appConfig, DutychainConfigModule, loggerOptions, type AppConfig } from '#config';
import { PersistenceModule } from '#persistence';
import { NotificationsService } from './notifications/notifications.service.js';
import { WorkerService } from './worker.service.js';

@Module({
  imports: [
    DutychainConfigModule,
    // JSON lines with credentials redacted, as the API logs.
    LoggerModule.forRootAsync({ inject: [appConfig.KEY], useFactory: (app: AppConfig) => ({ pinoHttp: loggerOptions(app.logLevel) }) }),
    PersistenceModule.forRoot(),
  ],
  providers: [WorkerService, NotificationsService],
})
export class WorkerModule {}
