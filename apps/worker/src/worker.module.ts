import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseConfig, DutychainConfigModule, type DatabaseConfig } from '../../../libs/config/src/index.js';
import { dataSourceOptions } from '../../../libs/persistence/src/index.js';
import { WorkerService } from './worker.service.js';

@Module({
  imports: [
    DutychainConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (db: DatabaseConfig) => dataSourceOptions(db),
    }),
  ],
  providers: [WorkerService],
})
export class WorkerModule {}
