import { Injectable } from '@nestjs/common';
import { Counter, Histogram, type Registry } from 'prom-client';
import { createProcessRegistry, METRIC_PREFIX } from '#metrics';
import type { DeliveryRound } from '#persistence';
import type { HazardActivityObserver } from '../../../../activities/hazards/hazard.activities.js';

/** The worker's own series; the Temporal SDK's (task latencies, slots, polls, sticky cache) are served beside them. */
@Injectable()
export class WorkerMetrics implements HazardActivityObserver {
  readonly registry: Registry = createProcessRegistry('worker');

  private readonly deliveries = new Counter({
    name: `${METRIC_PREFIX}notice_deliveries_total`,
    help: 'Notice deliveries by channel and outcome: sent, retried (to be tried again) or failed (given up)',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly escalationLag = new Histogram({
    name: `${METRIC_PREFIX}escalation_lag_seconds`,
    help: 'From a missed deadline to its consequence (escalation, or a review at the top rung) recorded, by the step that was due',
    labelNames: ['action'] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
    registers: [this.registry],
  });

  delivered(channel: string, round: Pick<DeliveryRound, 'sent' | 'retried' | 'failed'>): void {
    for (const outcome of ['sent', 'retried', 'failed'] as const) this.deliveries.inc({ channel, outcome }, round[outcome]);
  }

  deadlineMissedRecorded(action: string, lagSeconds: number): void {
    this.escalationLag.observe({ action }, Math.max(0, lagSeconds));
  }
}
