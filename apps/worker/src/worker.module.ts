import { Module } from '@nestjs/common';
import { DutychainConfigModule } from '#config';
import { PersistenceModule } from '#persistence';
import { NotificationsService } from './notifications/notifications.service.js';
import { WorkerService } from './worker.service.js';

@Module({
  imports: [
    DutychainConfigModule,
    PersistenceModule.forRoot(),
  ],
  providers: [WorkerService, NotificationsService],
})
export class WorkerModule {}
