import { ApplicationFailure } from '@temporalio/activity';
import { type EscalationPolicy, type IncidentLevel, type PreparedReview, type ReviewAssessment, type ReviewAuthority, type ReviewSourceEvent, assessHazardConduct, assessIncidentConduct, disciplineOf, parseDuration, parseHazardEvent, reviewAuthorities, ReviewAuthorityMissing } from '#domain';
import { proposalId } from '#persistence';
import type { ActivityDeps } from '../shared/case-deps.js';

/** Side effects of accountability reviews; every one is safe to retry. */
export function createAccountabilityActivities({ reviews, org, letters, policies }: ActivityDeps<'reviews' | 'org' | 'letters' | 'policies'>) {
  return {
    /** 责任倒查: reconstructs the timeline, classifies conduct, proposes sanctions and names the reviewing authorities. */
    async prepareReview(input: { reviewId: string }): Promise<PreparedReview> {
      const review = await reviews.subject(input.reviewId);
      if (!review) throw new Error(`review ${input.reviewId} is not recorded`);
      const principals = await org.principalsUpward(review.unitId);
      const signed = await letters.signedLetters(principals.map((p) => p.unitId));
      let assessment: ReviewAssessment;
      let policy: EscalationPolicy;
      let severity: 'general' | 'major';
      if (review.hazardId) {
        const h = await reviews.hazardRecord(review.hazardId);
        policy = await policies.document(h.policyName, h.policyVersion);
        severity = h.severity;
        let events: ReviewSourceEvent[] = h.events.map((e) => ({ sequence: e.sequence, occurredAt: e.occurredAt, ...parseHazardEvent(e) }));
        // The hazard starts its review before it records the events that asked for it: wait (by retrying) until they land.
        // A review opened by hand has no such event to wait for.
        // Nor does one an incident opened for its loss.
        const started = events.find((e) => e.type === 'accountability_review_started' && e.payload.reviewWorkflowId === input.reviewId);
        if (!review.requestedBy && !review.lossIncidentId && !started) {
          throw new Error(`the events of hazard ${review.hazardId} up to its review request are not recorded yet`);
        }
        // A first review weighs what led to its request, however late it is prepared (as if prepared at once); what
        // follows is its follow-up's to weigh, which takes everything after the first's events up to its own preparation.
        if (started && !review.followsReviewId) events = events.filter((e) => e.sequence <= started.sequence);
        // A follow-up review weighs what its first review did not; it waits (by retrying) for the first to be prepared.
        const findingsAfter = review.followsReviewId ? await reviews.coveredSequence(review.followsReviewId) : 0;
        if (findingsAfter === null) throw new Error(`review ${review.followsReviewId}, which ${input.reviewId} follows, is not prepared yet`);
        assessment = assessHazardConduct({
          category: h.category, severity, events, letters: signed, findingsAfter,
          maxVerificationFailures: policy.maxVerificationFailures, rules: disciplineOf(policy).accountability.rules, aggravating: review.facts?.aggravating ?? [],
        });
      } else {
        const i = await reviews.incidentRecord(review.incidentId!);
        policy = await policies.document(i.policyName, i.policyVersion);
        severity = i.severity;
        assessment = assessIncidentConduct({ severity, levels: i.levels as IncidentLevel[], letters: signed, rules: disciplineOf(policy).accountability.rules });
      }
      const concerned = new Set(assessment.proposals.map((p) => p.personId));
      const top = principals[principals.length - 1]!.unitId;
      const now = new Date();
      const carriers = [...(await org.heldBy(top, 'discipline_officer', now)), ...(await org.heldBy(top, 'safety_officer', now))];
      let authorities: ReviewAuthority[] = [];
      try {
        authorities = reviewAuthorities({ principals, concerned, carriers, body: disciplineOf(policy).referral.body });
      } catch (err) {
        if (!(err instanceof ReviewAuthorityMissing)) throw err;
        // No retry brings a principal into being: a review with something to decide ends, saying why.
        if (concerned.size > 0) throw ApplicationFailure.nonRetryable(err.message, 'ReviewAuthorityMissing');
      }
      await reviews.savePreparation(input.reviewId, assessment, authorities, severity);
      const d = disciplineOf(policy).accountability;
      return {
        proposals: assessment.proposals.map((p) => ({ id: proposalId(input.reviewId, p.personId), personId: p.personId, conducts: p.conducts, proposedSanction: p.sanction })),
        authorities,
        statementWindowMs: parseDuration(d.statementWindow),
        decisionMs: parseDuration(d.decision),
        appealWindowMs: parseDuration(disciplineOf(policy).appeals.window),
        appealDecisionMs: parseDuration(disciplineOf(policy).appeals.decision),
        severity,
        rules: d.rules,
      };
    },
  };
}

export type AccountabilityActivities = ReturnType<typeof createAccountabilityActivities>;
