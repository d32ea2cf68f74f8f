import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { metricsConfig, type MetricsConfig } from '#config';
import { startMetricsServer } from '#metrics';
import { WorkerMetrics } from './worker-metrics.js';

/** Where the Temporal SDK's own Prometheus exporter listens (set in main.ts before the runtime starts), or null. */
export const SDK_METRICS_URL = Symbol('SDK_METRICS_URL');

/**
 * The worker's /metrics on METRICS_PORT: its own series, then the Temporal SDK's, read from the
 * SDK's exporter on the loopback at each scrape, so that one target per worker carries both.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private close?: () => Promise<void>;

  constructor(
    @Inject(metricsConfig.KEY) private readonly config: MetricsConfig,
    @Inject(SDK_METRICS_URL) private readonly sdkUrl: string | null,
    private readonly metrics: WorkerMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.port) return;
    const sdkUrl = this.sdkUrl;
    const extra = sdkUrl
      ? async () => {
          const res = await fetch(sdkUrl, { signal: AbortSignal.timeout(2000) });
          if (!res.ok) throw new Error(`the SDK's exporter answered ${res.status}`);
          return res.text();
        }
      : undefined;
    const server = await startMetricsServer({ host: this.config.host, port: this.config.port, registry: this.metrics.registry, extra, onError: (m) => this.logger.warn(m) });
    this.close = server.close;
    this.logger.log(`Metrics at http://${this.config.host}:${server.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close?.();
  }
}
