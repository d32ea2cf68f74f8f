import type { EventUnion } from '../shared/event-union.js';

/** 值班/值宿: how soon a missed check-in is chased, and how long the handover log may follow the shift's end. */
export interface RosterPolicy {
  /** After the shift's start, a missing check-in goes to the safety officers. */
  checkInGrace: string;
  /** After that, to the principal (and the leader in charge, 领导带班). */
  escalationStep: string;
  /** After the shift's end, a missing handover log (交接班记录) is recorded and the safety officers told. */
  handoverGrace: string;
}

export interface ShiftInput {
  shiftId: string;
  unitId: string;
  personId: string;
  /** 领导带班: the leader in charge for this shift (holidays, warnings), if any. */
  leaderId: string | null;
  /** ISO-8601 instants */
  startsAt: string;
  endsAt: string;
  roster: RosterPolicy;
  publishedBy: string;
}

export type ShiftStatus = 'scheduled' | 'checked_in' | 'missed' | 'handed_over' | 'no_handover';

/** 换班: the person on duty hands the shift to another, who accepts; the safety officer approves. */
export interface ShiftSwap {
  toPersonId: string;
  status: 'requested' | 'accepted';
}

export interface ShiftState {
  shiftId: string;
  status: ShiftStatus;
  /** Who is on duty now (a swap approved changes it); absent in states of shifts from before swaps. */
  personId?: string;
  leaderId?: string | null;
  swap?: ShiftSwap | null;
  checkedInAt: string | null;
  lateByMs: number | null;
  handedOverAt: string | null;
}

/** Every payload of a shift's stream (`shift:<id>`), by type, as stored. */
export interface ShiftEventPayloads {
  shift_published: { unitId: string; personId: string; leaderId: string | null; startsAt: string; endsAt: string };
  shift_checked_in: { late: boolean; lateByMs: number };
  shift_check_in_missed: { personId: string; startsAt: string; dueAt: string };
  shift_check_in_escalated: { personId: string; startsAt: string; to: string | null };
  shift_handed_over: { log: string; late: boolean };
  shift_handover_missing: { personId: string; endsAt: string; dueAt: string };
  shift_swap_requested: { fromPersonId: string; toPersonId: string; note: string; startsAt: string };
  shift_swap_answered: { fromPersonId: string; toPersonId: string; accepted: boolean; note: string; startsAt: string };
  shift_swap_decided: { fromPersonId: string; toPersonId: string; approved: boolean; note: string; startsAt: string };
  /** 领导带班: a leader put in charge of the shift, e.g. by a red warning in force. */
  shift_leader_assigned: { leaderId: string; warningId: string | null };
}

export type ShiftEvent = EventUnion<ShiftEventPayloads>;

export const shiftStream = (shiftId: string) => `shift:${shiftId}`;
export const shiftWorkflowId = (shiftId: string) => `duty-shift-${shiftId}`;
/** How early the person on duty may check in. */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
