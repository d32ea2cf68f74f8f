import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseConfig, DutychainConfigModule, type DatabaseConfig } from '../../../libs/config/src/index.js';
import { BOOT_RETRY, dataSourceOptions } from '../../../libs/persistence/src/index.js';
import { NotificationsService } from './notifications/notifications.service.js';
import { WorkerService } from './worker.service.js';

@Module({
  imports: [
    DutychainConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (db: DatabaseConfig) => ({ ...dataSourceOptions(db), ...BOOT_RETRY }),
    }),
  ],
  providers: [WorkerService, NotificationsService],
})
export class WorkerModule {}
