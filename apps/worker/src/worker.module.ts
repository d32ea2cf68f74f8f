import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseConfig, DutychainConfigModule, type DatabaseConfig } from '#config';
import { BOOT_RETRY, dataSourceOptions, initializeResilient } from '#persistence';
import { DataSource } from 'typeorm';
import { NotificationsService } from './notifications/notifications.service.js';
import { WorkerService } from './worker.service.js';

@Module({
  imports: [
    DutychainConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (db: DatabaseConfig) => ({ ...dataSourceOptions(db), ...BOOT_RETRY }),
      dataSourceFactory: async (options) => initializeResilient(new DataSource(options!), (m) => new Logger('Database').warn(m)),
    }),
  ],
  providers: [WorkerService, NotificationsService],
})
export class WorkerModule {}
