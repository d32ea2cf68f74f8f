/** A discriminated union of events from a map of type → payload: `{ type, actorId, payload }` per type. */
export type EventUnion<Payloads> = {
  [T in keyof Payloads & string]: { type: T; actorId: string | null; payload: Payloads[T] };
}[keyof Payloads & string];
