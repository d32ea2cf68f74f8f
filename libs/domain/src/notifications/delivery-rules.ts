import type { NoticeKind } from './notice-kinds.js';

/** Channels a notice can go out on besides the feed, which every notice is in. */
export const DELIVERY_CHANNELS = ['email', 'wecom', 'dingtalk'] as const;
export type DeliveryChannelName = (typeof DELIVERY_CHANNELS)[number];

/** Reminders: held back during a person's quiet hours. Everything else (escalations, decisions waiting, accountability) always goes out at once. */
export const REMINDER_KINDS: readonly NoticeKind[] = ['deadline_approaching', 'campaign_reminder', 'letter_reminder'];

/** For information only: the feed and email, not the group chats. */
const QUIET_KINDS: readonly NoticeKind[] = ['plan_submitted', 'supervision_progress_reported', 'letter_signed', 'closed', 'request_decided', 'sanction_ended'];

/** Which channels a kind of notice goes to by default, before the person's own choice narrows it. */
export function defaultChannels(kind: NoticeKind): readonly DeliveryChannelName[] {
  return QUIET_KINDS.includes(kind) ? ['email'] : DELIVERY_CHANNELS;
}

const BEIJING_MS = 8 * 3600_000;
const DAY = 86_400_000;

/** "22:00-07:00" (Beijing time) as minutes after midnight; null when malformed. */
export function parseQuietHours(text: string): { from: number; to: number } | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!m) return null;
  const from = Number(m[1]) * 60 + Number(m[2]);
  const to = Number(m[3]) * 60 + Number(m[4]);
  return from === to ? null : { from, to };
}

/**
 * When a reminder to a person with these quiet hours should go out: now, or when the quiet hours
 * end; but now when its deadline falls inside them (waiting would make it late).
 */
export function reminderSendAt(now: number, quietHours: string | null, deadline: number | null): number {
  const quiet = quietHours ? parseQuietHours(quietHours) : null;
  if (!quiet) return now;
  const local = now + BEIJING_MS;
  const minute = Math.floor((local % DAY) / 60_000);
  const inside = quiet.from < quiet.to ? minute >= quiet.from && minute < quiet.to : minute >= quiet.from || minute < quiet.to;
  if (!inside) return now;
  const dayStart = local - (local % DAY);
  let end = dayStart + quiet.to * 60_000;
  if (end <= local) end += DAY;
  const endsAt = end - BEIJING_MS;
  return deadline !== null && deadline <= endsAt ? now : endsAt;
}
