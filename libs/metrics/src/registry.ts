import { collectDefaultMetrics, Registry } from 'prom-client';

/** Every Dutychain series starts with this. */
export const METRIC_PREFIX = 'dutychain_';

/** A registry of the process's own (never prom-client's global one): the API and a worker may share a process in tests. */
export function createProcessRegistry(service: 'api' | 'worker'): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  return registry;
}

/** Buckets for request and call latencies, in seconds: 2.5 ms to 10 s. */
export const LATENCY_BUCKETS = [0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
