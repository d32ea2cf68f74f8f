import { Global, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { metricsConfig, type MetricsConfig } from '#config';
import { startMetricsServer, temporalCallTimer } from '#metrics';
import { TEMPORAL_CLIENT_INTERCEPTORS } from '#temporal';
import { ApiMetrics } from './api-metrics.js';

/** Serves the API instance's /metrics on METRICS_PORT (none when unset). */
@Injectable()
class ApiMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private close?: () => Promise<void>;

  constructor(@Inject(metricsConfig.KEY) private readonly config: MetricsConfig, private readonly metrics: ApiMetrics) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.port) return;
    const server = await startMetricsServer({ host: this.config.host, port: this.config.port, registry: this.metrics.registry, onError: (m) => this.logger.warn(m) });
    this.close = server.close;
    this.logger.log(`Metrics at http://${this.config.host}:${server.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close?.();
  }
}

@Global()
@Module({
  providers: [
    ApiMetrics,
    ApiMetricsServer,
    { provide: TEMPORAL_CLIENT_INTERCEPTORS, inject: [ApiMetrics], useFactory: (m: ApiMetrics) => [temporalCallTimer((operation, outcome, seconds) => m.temporalCalls.observe({ operation, outcome }, seconds))] },
  ],
  exports: [ApiMetrics, TEMPORAL_CLIENT_INTERCEPTORS],
})
export class MetricsModule {}
