import type { Conduct, Sanction } from '../discipline/discipline.js';
import type { EventUnion } from '../shared/event-union.js';
import type { Severity } from '../shared/vocabulary.js';
import type { ReviewAuthority as Authority } from './authorities.js';
import type { ReviewAppeal, ReviewProposalState, ReviewState } from './review.js';

/** Where a review stands, as its status events record it (instants as ISO-8601, null when not set). */
interface ReviewStanding {
  status: ReviewState['status'];
  authority: Authority | null;
  statementsUntil: string | null;
  decisionDeadline: string | null;
}

/** Every payload an accountability review's stream (`review:<id>`) carries, by type, as stored. */
export interface ReviewEventPayloads {
  review_opened: ReviewStanding & { reason: string; proposals: ReviewProposalState[] };
  statement_submitted: { text: string };
  /** The reviewing authority adds a finding, with its evidence; a sanctionable one adds to (or opens) that person's proposal. */
  finding_added: {
    personId: string;
    conduct: Conduct;
    detail: string;
    evidence: string[];
    proposal: ReviewProposalState | null;
    /** The person's own time to state their case, when the finding opened a proposal for them. */
    statementsUntil: string | null;
  };
  decisions_open: ReviewStanding & { statementsFrom: string[] };
  review_decision_lapsed: ReviewStanding & { lapsedBy: Authority; escalatedTo: Authority | null };
  proposal_decided: {
    proposalId: string;
    personId: string;
    outcome: 'accept' | 'change' | 'dismiss';
    status: 'accepted' | 'changed' | 'dismissed';
    proposed: Sanction;
    sanction: Sanction | null;
    reason: string;
    startsAt: string | null;
    endsAt: string | null;
    severity: Severity;
  };
  review_closed: { status: 'no_sanctions' | 'preparation_failed'; reason: string } | { status: 'decided'; proposals: ReviewProposalState[] };
  appeals_open: { status: 'appeals'; appealsUntil: string; proposalIds: string[] };
  sanction_appealed: { proposalId: string; personId: string; grounds: string; authority: Authority; deadline: string };
  appeal_decided: { proposalId: string; personId: string; outcome: Exclude<ReviewAppeal['status'], 'pending' | 'lapsed'>; sanction: Sanction | null; reason: string; endsAt: string | null };
  appeal_lapsed: { proposalId: string; personId: string; authority: Authority; sanction: Sanction };
}

export type ReviewEvent = EventUnion<ReviewEventPayloads>;
