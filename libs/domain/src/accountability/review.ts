import type { Conduct, Sanction, SanctionRule } from '../discipline/discipline.js';
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
  /** From review-appeals-v1 on: the policy's window for appeals and the appellate authority's time. */
  appealWindowMs?: number;
  appealDecisionMs?: number;
  severity: Severity;
  /** From the findings' release on: the policy's rules, for a sanction of a finding the reviewer adds. */
  rules?: SanctionRule[];
}

/** 申诉: a sanctioned person's appeal, heard by the authority above the one who decided. */
export interface ReviewAppeal {
  proposalId: string;
  personId: string;
  grounds: string;
  filedAt: number;
  authority: ReviewAuthority;
  /** Epoch ms; past it the appeal lapses and the sanction stands. */
  deadline: number;
  status: 'pending' | 'rejected' | 'changed' | 'upheld' | 'lapsed';
  /** The sanction after the appeal (null when the appeal was upheld and the sanction revoked). */
  sanction: Sanction | null;
}

export interface ReviewState {
  reviewId: string;
  status: 'preparing' | 'statements' | 'deciding' | 'appeals' | 'decided' | 'no_sanctions' | 'preparation_failed';
  proposals: ReviewProposalState[];
  statementsFrom: string[];
  authority: ReviewAuthority | null;
  lapsedAuthorities: string[];
  /** Epoch ms */
  statementsUntil: number | null;
  decisionDeadline: number | null;
  /** From patch review-appeals-v1: when the window for appeals closes (epoch ms), and the appeals filed. */
  appealsUntil?: number | null;
  appeals?: ReviewAppeal[];
  /** Statement windows of people a finding added after the review opened (epoch ms, by person id). */
  lateStatementsUntil?: Record<string, number>;
}
