import { Inject, Injectable } from '@nestjs/common';
import { Gauge, Histogram, type Registry } from 'prom-client';
import { createProcessRegistry, LATENCY_BUCKETS, METRIC_PREFIX } from '#metrics';
import { OperationsRepository } from '#persistence';

/**
 * The API's series: HTTP latency per route and status, the Temporal client's calls, and what the
 * database says of the whole system when scraped (open hazards per status, overdue ones, the
 * notice outbox per channel). Every API instance reports the database's gauges alike: aggregate
 * them with max(), not sum().
 */
@Injectable()
export class ApiMetrics {
  readonly registry: Registry = createProcessRegistry('api');

  readonly http = new Histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'HTTP requests by route template, method and status, from the request arriving to the response finished',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly temporalCalls = new Histogram({
    name: `${METRIC_PREFIX}temporal_client_call_duration_seconds`,
    help: "The API's calls to Temporal (start, signal, query, update, describe, …) by outcome",
    labelNames: ['operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  constructor(@Inject(OperationsRepository) operations: OperationsRepository) {
    // One database read per scrape fills all four gauges: the registry collects them together, and
    // the first to ask starts the read the others wait for.
    let pending: Promise<void> | null = null;
    const collect = () =>
      (pending ??= operations
        .snapshot()
        .then((s) => {
          open.reset();
          for (const r of s.openByStatus) open.set({ status: r.status }, r.count);
          overdue.set(s.overdue);
          for (const o of s.outbox) {
            depth.set({ channel: o.channel }, o.depth);
            age.set({ channel: o.channel }, o.oldestAgeSeconds);
          }
        })
        .finally(() => (pending = null)));
    const registers = [this.registry];
    const open = new Gauge({ name: `${METRIC_PREFIX}hazards_open`, help: 'Hazards not closed, by status', labelNames: ['status'] as const, registers, collect });
    const overdue = new Gauge({ name: `${METRIC_PREFIX}hazards_overdue`, help: 'Open hazards whose current deadline has passed', registers, collect });
    const depth = new Gauge({ name: `${METRIC_PREFIX}outbox_depth`, help: 'Notices waiting to be sent, by channel (sender: the log or webhook outbox)', labelNames: ['channel'] as const, registers, collect });
    const age = new Gauge({ name: `${METRIC_PREFIX}outbox_oldest_age_seconds`, help: 'Age of the oldest notice still waiting, by channel (0 when none waits)', labelNames: ['channel'] as const, registers, collect });
  }
}
