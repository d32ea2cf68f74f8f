import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { MeasureResult, WarningState } from '#domain';

export interface ConfirmMeasuresInput {
  actorId: string;
  unitId: string;
  results: MeasureResult[];
  correlationId?: string | null;
}

export interface LiftWarningInput {
  actorId: string;
  note: string;
  correlationId?: string | null;
}

export const confirmMeasuresUpdate = defineUpdate<WarningState, [ConfirmMeasuresInput]>('confirmMeasures');
export const liftWarningUpdate = defineUpdate<WarningState, [LiftWarningInput]>('liftWarning');
export const warningStateQuery = defineQuery<WarningState>('warningState');
