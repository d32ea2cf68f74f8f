import type { WorkflowClientInterceptor } from '@temporalio/client';

/** Reports how long each call to Temporal took, and whether it succeeded. */
export type TemporalCallObserver = (operation: string, outcome: 'ok' | 'error', seconds: number) => void;

/** The client's calls to Temporal (start, signal, query, update, describe, …), timed for `observe`. */
export function temporalCallTimer(observe: TemporalCallObserver): WorkflowClientInterceptor {
  const timed =
    <I, O>(operation: string) =>
    async (input: I, next: (input: I) => Promise<O>): Promise<O> => {
      const t = performance.now();
      try {
        const out = await next(input);
        observe(operation, 'ok', (performance.now() - t) / 1000);
        return out;
      } catch (err) {
        observe(operation, 'error', (performance.now() - t) / 1000);
        throw err;
      }
    };
  return {
    startWithDetails: timed('start'),
    signal: timed('signal'),
    signalWithStart: timed('signal_with_start'),
    query: timed('query'),
    startUpdate: timed('update'),
    startUpdateWithStart: timed('update_with_start'),
    describe: timed('describe'),
    terminate: timed('terminate'),
    cancel: timed('cancel'),
  };
}
