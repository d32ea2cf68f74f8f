import { UniqueViolation } from '#persistence';

/**
 * The id a create ended with: its own, or, when a concurrent request with the same Idempotency-Key
 * stored its row first (the write fails with UniqueViolation), the first one's, so that the loser
 * of the race is answered as a repeat. Any other failure is the caller's.
 */
export function storedOnce(write: Promise<unknown>, ownId: string, key: string | null, findByKey: (key: string) => Promise<string | null>): Promise<string> {
  return write.then(
    () => ownId,
    async (err: unknown) => {
      const first = err instanceof UniqueViolation && key ? await findByKey(key) : null;
      if (!first) throw err;
      return first;
    },
  );
}
