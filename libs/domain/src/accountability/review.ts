import type { Conduct, Sanction } from '../discipline/discipline.js';
import type { Severity } from '../shared/vocabulary.js';
import type { ReviewAuthority } from './authorities.js';

export interface ReviewProposalState {
  id: string;
  personId: string;
  conducts: Conduct[];
  proposedSanction: Sanction;
  status: 'proposed' | 'accepted' | 'changed' | 'dismissed';
  decidedSanction: Sanction | null;
}

/** What a review has prepared: its proposals, the authorities in order and the policy's times. */
export interface PreparedReview {
  proposals: Array<Pick<ReviewProposalState, 'id' | 'personId' | 'conducts' | 'proposedSanction'>>;
  /** The reviewing authority first, then whoever a lapsed decision passes to. */
  authorities: ReviewAuthority[];
  statementWindowMs: number;
  decisionMs: number;
  severity: Severity;
}

export interface ReviewState {
  reviewId: string;
  status: 'preparing' | 'statements' | 'deciding' | 'decided' | 'no_sanctions' | 'preparation_failed';
  proposals: ReviewProposalState[];
  statementsFrom: string[];
  authority: ReviewAuthority | null;
  lapsedAuthorities: string[];
  /** Epoch ms */
  statementsUntil: number | null;
  decisionDeadline: number | null;
}
