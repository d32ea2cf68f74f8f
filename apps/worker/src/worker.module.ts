import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { appConfig, DutychainConfigModule, loggerOptions, type AppConfig } from '#config';
import { PersistenceModule } from '#persistence';
import { WorkerMetrics } from './metrics/worker-metrics.js';
import { SDK_METRICS_URL, WorkerMetricsServer } from './metrics/worker-metrics.server.js';
import { NotificationsService } from './notifications/notifications.service.js';
import { WorkerService } from './worker.service.js';

@Module({})
export class WorkerModule {
  /** `sdkMetricsUrl`: the Temporal SDK's Prometheus exporter, when main.ts started one. */
  static forRoot(sdkMetricsUrl: string | null = null): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        DutychainConfigModule,
        // JSON lines with credentials redacted, as the API logs.
        LoggerModule.forRootAsync({ inject: [appConfig.KEY], useFactory: (app: AppConfig) => ({ pinoHttp: loggerOptions(app.logLevel) }) }),
        PersistenceModule.forRoot(),
      ],
      providers: [WorkerService, NotificationsService, WorkerMetrics, WorkerMetricsServer, { provide: SDK_METRICS_URL, useValue: sdkMetricsUrl }],
    };
  }
}
