import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { StatisticsState } from '#domain';

export interface ConfirmStatisticsInput {
  actorId: string;
  unitId: string;
  note: string;
  correlationId?: string | null;
}

/** A unit confirms its figures (with those of the units below it) and sends them up. */
export const confirmStatisticsUpdate = defineUpdate<StatisticsState, [ConfirmStatisticsInput]>('confirmStatistics');
export const statisticsStateQuery = defineQuery<StatisticsState>('statisticsState');
