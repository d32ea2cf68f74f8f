import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_EVENT_TYPES, EventParseError, HAZARD_EVENT_TYPES, parseCaseEvent, parseHazardEvent } from '#domain';

const DIR = join(process.cwd(), 'test', 'fixtures', 'histories');

interface JsonPayload {
  metadata?: { encoding?: string };
  data?: string;
}

/** The event records every `activity` activity of a recorded history was given. */
function recordedEvents(file: string, activity: 'recordHazardEvents' | 'recordCaseEvents'): Array<{ type: string; actorId: string | null; payload: unknown }> {
  const history = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { events: Array<Record<string, any>> };
  return history.events.flatMap((e) => {
    const scheduled = e.activityTaskScheduledEventAttributes;
    if (scheduled?.activityType?.name !== activity) return [];
    const [first] = scheduled.input.payloads as JsonPayload[];
    expect(Buffer.from(first!.metadata!.encoding!, 'base64').toString()).toBe('json/plain');
    return JSON.parse(Buffer.from(first!.data!, 'base64').toString('utf8'));
  });
}

describe('typed events', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it('parse every hazard event recorded in the fixture histories', () => {
    const seen = new Set<string>();
    let parsed = 0;
    for (const file of files) {
      for (const record of recordedEvents(file, 'recordHazardEvents')) {
        const event = parseHazardEvent(record);
        expect(event.payload).toEqual(record.payload);
        seen.add(event.type);
        parsed++;
      }
    }
    // The ladder histories alone record reminders, missed deadlines, escalations and the review request.
    expect(parsed).toBeGreaterThan(30);
    expect([...seen]).toEqual(expect.arrayContaining(['assigned', 'reminder_sent', 'deadline_missed', 'escalated', 'supervision_listed', 'accountability_review_requested', 'accountability_review_started', 'closed']));
    expect([...seen].every((t) => (HAZARD_EVENT_TYPES as readonly string[]).includes(t))).toBe(true);
  });

  it('parse every review, incident, campaign and signing event recorded in the fixture histories', () => {
    const seen = new Set<string>();
    for (const file of files) {
      for (const record of recordedEvents(file, 'recordCaseEvents')) {
        const event = parseCaseEvent(record);
        expect(event.payload).toEqual(record.payload);
        seen.add(event.type);
      }
    }
    expect([...seen]).toEqual(
      expect.arrayContaining(['review_opened', 'proposal_decided', 'review_closed', 'incident_reported', 'report_late', 'campaign_started', 'inspection_submitted', 'campaign_not_submitted', 'signing_started', 'letter_signed']),
    );
    expect([...seen].every((t) => (CASE_EVENT_TYPES as readonly string[]).includes(t))).toBe(true);
  });

  it('refuse an unknown type and a payload that lacks a field, naming it', () => {
    expect(() => parseHazardEvent({ type: 'escalated_sideways', actorId: null, payload: {} })).toThrow(new EventParseError('unknown hazard event type "escalated_sideways"'));
    expect(() => parseHazardEvent({ type: 'deadline_missed', actorId: null, payload: { action: 'plan', personIds: [], deadline: '2026-01-01T00:00:00.000Z' } })).toThrow(
      new EventParseError('deadline_missed: the payload lacks lateByMs'),
    );
    expect(() => parseHazardEvent({ type: 'closed', actorId: 'p', payload: null })).toThrow(EventParseError);
    expect(() => parseCaseEvent({ type: 'closed', actorId: 'p', payload: {} })).toThrow(new EventParseError('unknown case event type "closed"'));
    // A name every object inherits is no event type of either stream.
    expect(() => parseCaseEvent({ type: 'constructor', actorId: null, payload: {} })).toThrow(new EventParseError('unknown case event type "constructor"'));
    expect(() => parseHazardEvent({ type: 'toString', actorId: null, payload: {} })).toThrow(new EventParseError('unknown hazard event type "toString"'));
    expect(() => parseCaseEvent({ type: 'letter_signed', actorId: 'p', payload: { letterId: 'l', late: false } })).toThrow(new EventParseError('letter_signed: the payload lacks counterpartyId'));
  });
});
