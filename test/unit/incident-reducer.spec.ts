import { applyIncidentEvent, parseCaseEvent, type IncidentEvent, type IncidentLevel, type IncidentView } from '#domain';

const level = (unitId: string, over: Partial<IncidentLevel> = {}): IncidentLevel => ({
  unitId, principalId: `${unitId}-principal`, receivedAt: '', dueAt: null, passedOnAt: null, outcome: 'pending', actorId: null, ...over,
});
const fold = (events: IncidentEvent[]) => events.reduce<IncidentView | null>((view, e) => applyIncidentEvent(view, e), null)!;

describe('applyIncidentEvent: the one reader of an incident stream', () => {
  const start = [
    level('county', { receivedAt: '2026-01-01T08:00:00.000Z', dueAt: '2026-01-01T09:00:00.000Z', passedOnAt: '2026-01-01T10:00:00.000Z', outcome: 'reported', actorId: 'staff' }),
    level('city', { receivedAt: '2026-01-01T10:00:00.000Z' }),
    level('prov'),
  ];
  const events: IncidentEvent[] = [
    { type: 'incident_reported', actorId: 'staff', payload: { title: 't', severity: 'major', occurredAt: '2026-01-01T08:00:00.000Z', dueAt: '2026-01-01T09:00:00.000Z', late: true, lateByMs: 3_600_000, levels: start } },
    { type: 'report_late', actorId: null, payload: { unitId: 'county', level: 0, dueAt: '2026-01-01T09:00:00.000Z', lateByMs: 3_600_000 } },
    { type: 'incident_forwarded', actorId: 'city-principal', payload: { from: 'city', to: 'prov', dueAt: '2026-01-01T12:00:00.000Z', late: false, lateByMs: null, note: 'sent on', level: 1, passedOnAt: '2026-01-01T11:00:00.000Z' } },
    { type: 'incident_report_complete', actorId: null, payload: { reachedTop: 'prov', late: true, reviewId: 'review-1' } },
  ];

  it('folds the events of a run into the view the workflow ended with', () => {
    const view = fold(events);
    expect(view).toEqual({
      status: 'complete',
      late: true,
      reviewId: 'review-1',
      levels: [
        start[0],
        { ...start[1], dueAt: '2026-01-01T12:00:00.000Z', passedOnAt: '2026-01-01T11:00:00.000Z', outcome: 'forwarded', actorId: 'city-principal' },
        { ...start[2], receivedAt: '2026-01-01T11:00:00.000Z', outcome: 'received' },
      ],
    });
    // The events it reads are the ones the stream stores: each parses back as the typed union.
    for (const e of events) expect(parseCaseEvent(e)).toEqual(e);
  });

  it('marks a level that sat on the report as missed, the report passing up without it', () => {
    const missed = applyIncidentEvent(fold(events.slice(0, 2)), { type: 'forward_missed', actorId: null, payload: { from: 'city', to: 'prov', dueAt: '2026-01-01T12:00:00.000Z', late: true, lateByMs: 5, note: null, level: 1, passedOnAt: '2026-01-01T13:00:00.000Z' } });
    expect(missed.levels[1]).toMatchObject({ outcome: 'missed', actorId: null, passedOnAt: '2026-01-01T13:00:00.000Z' });
    expect(missed.levels[2]!.receivedAt).toBe('2026-01-01T13:00:00.000Z');
    expect(missed.status).toBe('reporting');
  });

  it('takes the state copy that events recorded before incident-events-v2 carry, as it is', () => {
    const state = { incidentId: 'i', status: 'complete' as const, levels: start, current: 2, late: false, reviewId: null };
    const view = applyIncidentEvent({ status: 'reporting', levels: [], late: true, reviewId: 'x' }, { type: 'incident_report_complete', actorId: null, payload: { reachedTop: 'prov', late: false, reviewId: null, state } });
    expect(view).toEqual({ status: 'complete', levels: start, late: false, reviewId: null });
  });

  it('leaves the view it was given untouched', () => {
    const before = fold(events.slice(0, 2));
    const copy = structuredClone(before);
    applyIncidentEvent(before, events[2]!);
    expect(before).toEqual(copy);
  });
});
