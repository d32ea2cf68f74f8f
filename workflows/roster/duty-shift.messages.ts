import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ShiftState } from '#domain';

export interface CheckInInput {
  actorId: string;
  correlationId?: string | null;
}

export interface HandoverInput {
  actorId: string;
  log: string;
  correlationId?: string | null;
}

export const checkInUpdate = defineUpdate<ShiftState, [CheckInInput]>('checkIn');
export const handoverUpdate = defineUpdate<ShiftState, [HandoverInput]>('handover');
export const shiftStateQuery = defineQuery<ShiftState>('shiftState');

export interface RequestSwapInput {
  actorId: string;
  toPersonId: string;
  note: string;
  correlationId?: string | null;
}

export interface AnswerSwapInput {
  actorId: string;
  accept: boolean;
  note: string;
  correlationId?: string | null;
}

export interface DecideSwapInput {
  actorId: string;
  approve: boolean;
  note: string;
  correlationId?: string | null;
}

export interface AssignLeaderInput {
  leaderId: string;
  warningId: string | null;
}

/** 换班: the person on duty asks another to take the shift; they answer; the safety officer decides. */
export const requestSwapUpdate = defineUpdate<ShiftState, [RequestSwapInput]>('requestSwap');
export const answerSwapUpdate = defineUpdate<ShiftState, [AnswerSwapInput]>('answerSwap');
export const decideSwapUpdate = defineUpdate<ShiftState, [DecideSwapInput]>('decideSwap');
/** 领导带班: sent by a red warning's workflow to the shifts of the units in its scope. */
export const assignLeaderSignal = defineSignal<[AssignLeaderInput]>('assignLeader');
