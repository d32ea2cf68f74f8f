import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { IncidentState } from '#domain';

export interface ForwardIncidentInput {
  actorId: string;
  /** The unit the actor forwards for: it must be the level that holds the report now. */
  unitId: string;
  note?: string;
  correlationId?: string | null;
}

export const incidentStateQuery = defineQuery<IncidentState>('incidentState');
/** A superior level passes the report on to the next level up. */
export const forwardIncidentUpdate = defineUpdate<IncidentState, [ForwardIncidentInput]>('forwardIncident');
