import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { databaseConfig, type DatabaseConfig } from '#config';
import { BOOT_RETRY, dataSourceOptions, initializeResilient } from './data-source.js';
import { REPOSITORIES, REPOSITORY_CLASSES, type Repositories } from './repositories.js';

/** The repositories the apps inject, each built over the one data source. */
const CLASSES = Object.values(REPOSITORY_CLASSES);
const PROVIDERS = [
  ...CLASSES.map((R) => ({ provide: R, inject: [DataSource], useFactory: (ds: DataSource) => new R(ds) })),
  {
    provide: REPOSITORIES,
    inject: CLASSES,
    useFactory: (...instances: unknown[]) => Object.fromEntries(Object.keys(REPOSITORY_CLASSES).map((name, i) => [name, instances[i]])) as Repositories,
  },
];

/**
 * The database for a Nest application (the API and the worker): the data source, resilient at
 * boot and against lost connections, and the repositories over it. The only place the apps meet
 * TypeORM.
 */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [databaseConfig.KEY],
          useFactory: (db: DatabaseConfig) => ({ ...dataSourceOptions(db), ...BOOT_RETRY }),
          dataSourceFactory: async (options) => initializeResilient(new DataSource(options!), (m) => new Logger('Database').warn(m)),
        }),
      ],
      providers: PROVIDERS,
      exports: PROVIDERS.map((p) => p.provide),
    };
  }
}
