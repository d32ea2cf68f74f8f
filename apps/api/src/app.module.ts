import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { appConfig, DutychainConfigModule, loadEnvironment, loggerOptions, type AppConfig } from '#config';
import { PersistenceModule } from '#persistence';
import { TemporalClientModule } from '#temporal';
import { ProblemDetailsFilter } from './common/problem-details.filter.js';
import { AuthModule } from './auth/auth.module.js';
import { OrgModule } from './org/org.module.js';
import { ApprovalsModule } from './approvals/approvals.module.js';
import { PoliciesModule } from './policies/policies.module.js';
import { HazardsModule } from './hazards/hazards.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { HealthModule } from './health/health.module.js';
import { AccountabilityModule } from './accountability/accountability.module.js';
import { IncidentsModule } from './incidents/incidents.module.js';
import { CampaignsModule } from './campaigns/campaigns.module.js';
import { SchedulesModule } from './schedules/schedules.module.js';
import { WarningsModule } from './warnings/warnings.module.js';
import { RosterModule } from './roster/roster.module.js';
import { RiskModule } from './risk/risk.module.js';
import { PlansModule } from './plans/plans.module.js';
import { StatisticsModule } from './statistics/statistics.module.js';
import { LedgerModule } from './ledger/ledger.module.js';
import { LettersModule } from './letters/letters.module.js';
import { DisciplineModule } from './discipline/discipline.module.js';
import { AuditModule } from './audit/audit.module.js';
import { MetricsModule } from './metrics/metrics.module.js';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

@Module({
  imports: [
    DutychainConfigModule,
    LoggerModule.forRootAsync({
      inject: [appConfig.KEY],
      useFactory: (app: AppConfig) => ({
        pinoHttp: {
          ...loggerOptions(app.logLevel),
          genReqId: (req, res) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
            res.setHeader('X-Request-Id', id);
            return id;
          },
        },
      }),
    }),
    PersistenceModule.forRoot(),
    MetricsModule,
    TemporalClientModule,
    OrgModule,
    HazardsModule,
    PoliciesModule,
    ApprovalsModule,
    AccountabilityModule,
    IncidentsModule,
    CampaignsModule,
    SchedulesModule,
    WarningsModule,
    RosterModule,
    RiskModule,
    PlansModule,
    StatisticsModule,
    LedgerModule,
    LettersModule,
    DisciplineModule,
    AuditModule,
    NotificationsModule,
    HealthModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
})
export class AppModule {
  /** Reads the environment when called (not when imported), so the app's shape follows its configuration. */
  static forRoot(): DynamicModule {
    const mode = loadEnvironment().AUTH_MODE as 'jwt' | 'dev';
    return { module: AppModule, imports: [AuthModule.forRoot(mode)] };
  }
}
