import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { databaseConfig, type DatabaseConfig } from '#config';
import { BOOT_RETRY, dataSourceOptions, initializeResilient } from './data-source.js';
import { ApprovalRepository } from './hazards/approval.repository.js';
import { ScorecardRepository } from './discipline/scorecard.repository.js';
import { HazardRepository } from './hazards/hazard.repository.js';
import { LetterRepository } from './letters/letter.repository.js';
import { IncidentRepository } from './incidents/incident.repository.js';
import { OrgRepository } from './org/org.repository.js';
import { PolicyRepository } from './policies/policy.repository.js';

/** The repositories the apps inject, each built over the one data source. */
const REPOSITORIES = [ApprovalRepository, HazardRepository, IncidentRepository, LetterRepository, OrgRepository, PolicyRepository, ScorecardRepository].map((R) => ({ provide: R, inject: [DataSource], useFactory: (ds: DataSource) => new R(ds) }));

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
      providers: REPOSITORIES,
      exports: REPOSITORIES,
    };
  }
}
