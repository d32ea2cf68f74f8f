import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Conduct, ReviewState, Sanction } from '#domain';

export interface SubmitStatementInput {
  actorId: string;
  text: string;
  correlationId?: string | null;
}

export const DECISION_OUTCOMES = ['accept', 'change', 'dismiss'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface DecideProposalInput {
  actorId: string;
  proposalId: string;
  outcome: DecisionOutcome;
  /** Required when the outcome is `change`: the sanction decided instead. */
  sanction?: Sanction | null;
  reason: string;
  /** The reviewing authority the actor acts for while they are away (职务代理), checked by the API. */
  actsFor?: string | null;
  correlationId?: string | null;
}

export const reviewStateQuery = defineQuery<ReviewState>('reviewState');
/** 陈述申辩: the person concerned states their case before the decision. */
export const submitStatementUpdate = defineUpdate<ReviewState, [SubmitStatementInput]>('submitStatement');
/** The reviewing authority accepts, changes or dismisses one proposal, with a reason. */
export const decideProposalUpdate = defineUpdate<ReviewState, [DecideProposalInput]>('decideProposal');

export interface AppealSanctionInput {
  actorId: string;
  proposalId: string;
  grounds: string;
  correlationId?: string | null;
}

/** rejected: the sanction stands; changed: another sanction instead; upheld: the sanction is revoked. */
export const APPEAL_OUTCOMES = ['rejected', 'changed', 'upheld'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export interface DecideAppealInput {
  actorId: string;
  proposalId: string;
  outcome: AppealOutcome;
  /** Required when the outcome is `changed`. */
  sanction?: Sanction | null;
  reason: string;
  correlationId?: string | null;
}

/** 申诉: a sanctioned person appeals, once, within the window, to the authority above the one who decided. */
export const appealSanctionUpdate = defineUpdate<ReviewState, [AppealSanctionInput]>('appealSanction');
/** That authority decides the appeal; its decision is final. */
export const decideAppealUpdate = defineUpdate<ReviewState, [DecideAppealInput]>('decideAppeal');

export interface AddFindingInput {
  actorId: string;
  personId: string;
  conduct: Conduct;
  detail: string;
  /** References to the evidence (stored files, documents, records). */
  evidence: string[];
  /** The sanction to propose; by default the one the policy's rules give the conduct. */
  sanction?: Sanction | null;
  /** The reviewing authority the actor acts for while they are away (职务代理), checked by the API. */
  actsFor?: string | null;
  correlationId?: string | null;
}

/** The reviewing authority adds a finding with its evidence, proposing or aggravating a sanction. */
export const addFindingUpdate = defineUpdate<ReviewState, [AddFindingInput]>('addFinding');
