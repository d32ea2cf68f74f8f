import type { StreamEvent } from '#domain';

/** What a feature's projection gets: the event, narrowed to its stream's union, and where and when it happened. */
export type Projected<E extends StreamEvent> = E & { id: string; unitId: string | undefined; occurredAt: string };
