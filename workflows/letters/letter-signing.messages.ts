import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { SigningState } from '#domain';

export interface SignLetterInput {
  actorId: string;
  letterId: string;
  correlationId?: string | null;
}

export const signingStateQuery = defineQuery<SigningState>('signingState');
/** The person a responsibility letter names signs it. */
export const signLetterUpdate = defineUpdate<SigningState, [SignLetterInput]>('signLetter');
