import { Mutex } from 'async-mutex';
import { condition } from '@temporalio/workflow';

/** Lets one change run at a time, so that event sequence numbers are assigned without gaps or repeats. */
export interface HandlerLock {
  runExclusive<T>(fn: () => Promise<T>): Promise<T>;
  readonly locked: boolean;
}

/**
 * async-mutex, as Temporal's safe-message-handlers sample uses it
 * (https://github.com/temporalio/samples-typescript/tree/main/message-passing/safe-message-handlers).
 * Executions that started before their workflow's patch keep the hand-written lock they began
 * with: the two resume waiters at different points of a workflow task, so swapping one for the
 * other under a running execution could reorder its commands on replay.
 */
export function handlerLock(useMutex: boolean): HandlerLock {
  if (useMutex) {
    const mutex = new Mutex();
    return {
      runExclusive: (fn) => mutex.runExclusive(fn),
      get locked() {
        return mutex.isLocked();
      },
    };
  }
  let busy = false;
  return {
    async runExclusive(fn) {
      await condition(() => !busy);
      busy = true;
      try {
        return await fn();
      } finally {
        busy = false;
      }
    },
    get locked() {
      return busy;
    },
  };
}
