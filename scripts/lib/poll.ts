import { setTimeout as sleep } from 'node:timers/promises';

export interface PollOptions {
  timeoutMs: number;
  intervalMs?: number;
}

/**
 * Asks `probe` until it answers something truthy, which it returns. Every wait of the scripts and
 * the test harness goes through here, so none can hang: past the timeout it throws, naming what it
 * waited for and the probe's last error.
 */
export async function pollUntil<T>(what: string | (() => string), probe: () => Promise<T | undefined | null | false>, { timeoutMs, intervalMs = 250 }: PollOptions): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() + intervalMs > deadline) break;
    await sleep(intervalMs);
  }
  throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${typeof what === 'string' ? what : what()}${last ? `: ${String(last)}` : ''}`);
}
