/** What the hazard reducers produce: events for the hash-chained log, each with the notices it causes. */

export interface Notice {
  recipientId: string;
  kind: string;
}

export interface DomainEvent {
  type: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  notify: Notice[];
}
