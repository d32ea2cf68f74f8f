import { defineQuery, defineUpdate } from '@temporalio/workflow';
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
