/** An event as a stream stores it: its type and payload not yet checked against the stream's union. */
export interface StoredEvent {
  type: string;
  actorId: string | null;
  payload: unknown;
}

export class EventParseError extends Error {}

/**
 * Checks a stored event against its stream's table of the payload fields each type always carries
 * (`required`, keyed by type); throws EventParseError naming what does not fit. Shared by the
 * hazard and the case event parsers.
 */
export function checkStoredEvent(stream: string, required: Readonly<Record<string, readonly string[]>>, e: StoredEvent): void {
  // An own key only: "constructor" or "toString" is no event type.
  const fields = Object.hasOwn(required, e.type) ? required[e.type] : undefined;
  if (!fields) throw new EventParseError(`unknown ${stream} event type "${e.type}"`);
  if (typeof e.payload !== 'object' || e.payload === null || Array.isArray(e.payload)) throw new EventParseError(`${e.type}: the payload is not an object`);
  const missing = fields.filter((k) => !(k in (e.payload as object)));
  if (missing.length) throw new EventParseError(`${e.type}: the payload lacks ${missing.join(', ')}`);
}
