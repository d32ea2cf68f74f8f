import { defaultChannels, parseQuietHours, reminderSendAt } from '#domain';

const at = (iso: string) => Date.parse(iso);

describe('delivery rules', () => {
  it('holds a reminder back until a person’s quiet hours end (Beijing time), across midnight', () => {
    // 23:30 Beijing = 15:30 UTC; quiet 22:00–07:00 ends at 07:00 Beijing = 23:00 UTC.
    expect(reminderSendAt(at('2026-12-02T15:30:00Z'), '22:00-07:00', null)).toBe(at('2026-12-02T23:00:00Z'));
    // 06:00 Beijing = 22:00 UTC the day before: an hour left.
    expect(reminderSendAt(at('2026-12-01T22:00:00Z'), '22:00-07:00', null)).toBe(at('2026-12-01T23:00:00Z'));
    // 12:00 Beijing: not quiet.
    expect(reminderSendAt(at('2026-12-02T04:00:00Z'), '22:00-07:00', null)).toBe(at('2026-12-02T04:00:00Z'));
    // A window within the day: 12:00–14:00 Beijing.
    expect(reminderSendAt(at('2026-12-02T04:30:00Z'), '12:00-14:00', null)).toBe(at('2026-12-02T06:00:00Z'));
  });

  it('sends at once when the deadline falls inside the quiet hours, or when the person has none', () => {
    expect(reminderSendAt(at('2026-12-02T15:30:00Z'), '22:00-07:00', at('2026-12-02T20:00:00Z'))).toBe(at('2026-12-02T15:30:00Z'));
    expect(reminderSendAt(at('2026-12-02T15:30:00Z'), '22:00-07:00', at('2026-12-03T02:00:00Z'))).toBe(at('2026-12-02T23:00:00Z'));
    expect(reminderSendAt(at('2026-12-02T15:30:00Z'), null, null)).toBe(at('2026-12-02T15:30:00Z'));
  });

  it('reads quiet hours strictly, and keeps information off the group chats', () => {
    expect(parseQuietHours('22:00-07:00')).toEqual({ from: 1320, to: 420 });
    expect(parseQuietHours('25:00-07:00')).toBeNull();
    expect(parseQuietHours('07:00-07:00')).toBeNull();
    expect(defaultChannels('escalated_to_you')).toEqual(['email', 'wecom', 'dingtalk']);
    expect(defaultChannels('plan_submitted')).toEqual(['email']);
  });
});
