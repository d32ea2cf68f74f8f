import { type EscalationPolicy, type IncidentLevel, type PreparedReview, type ReviewAssessment, type ReviewSourceEvent, assessHazardConduct, assessIncidentConduct, disciplineOf, parseDuration, parseHazardEvent } from '#domain';
import { signedLettersOf, policyDocument, principalsUpward } from '#persistence';
import type { CaseActivityDeps } from '../shared/case-deps.js';

/** Side effects of accountability reviews; every one is safe to retry. */
export function createAccountabilityActivities({ dataSource: ds }: CaseActivityDeps) {
  return {
    /** 责任倒查: reconstructs the timeline, classifies conduct, proposes sanctions and names the reviewing authorities. */
    async prepareReview(input: { reviewId: string }): Promise<PreparedReview> {
      const [review] = await ds.query(`SELECT hazard_id, incident_id, unit_id FROM accountability_reviews WHERE id = $1`, [input.reviewId]);
      if (!review) throw new Error(`review ${input.reviewId} is not recorded`);
      const principals = await principalsUpward(ds, review.unit_id);
      const units = principals.map((p) => p.unitId);
      const letters = await signedLettersOf(ds, units);
      let assessment: ReviewAssessment;
      let policy: EscalationPolicy;
      let severity: 'general' | 'major';
      if (review.hazard_id) {
        const [h] = await ds.query(`SELECT category, severity, policy_name, policy_version FROM hazards WHERE id = $1`, [review.hazard_id]);
        policy = await policyDocument(ds, h.policy_name, h.policy_version);
        severity = h.severity;
        const rows: Array<{ sequence: number; type: string; actor_id: string | null; occurred_at: Date; payload: unknown }> = await ds.query(
          `SELECT sequence, type, actor_id, occurred_at, payload FROM hazard_events WHERE hazard_id = $1 ORDER BY sequence`,
          [review.hazard_id],
        );
        const events: ReviewSourceEvent[] = rows.map((e) => ({ sequence: e.sequence, occurredAt: e.occurred_at.toISOString(), ...parseHazardEvent({ type: e.type, actorId: e.actor_id, payload: e.payload }) }));
        // The hazard starts its review before it records the events that asked for it: wait (by retrying) until they land.
        if (!events.some((e) => e.type === 'accountability_review_started')) throw new Error(`the events of hazard ${review.hazard_id} up to its review request are not recorded yet`);
        assessment = assessHazardConduct({
          category: h.category, severity, events, letters,
          maxVerificationFailures: policy.maxVerificationFailures, rules: disciplineOf(policy).accountability.rules,
        });
      } else {
        const [i] = await ds.query(`SELECT severity, levels, policy_name, policy_version FROM incidents WHERE id = $1`, [review.incident_id]);
        policy = await policyDocument(ds, i.policy_name, i.policy_version);
        severity = i.severity;
        assessment = assessIncidentConduct({ severity, levels: i.levels as IncidentLevel[], letters, rules: disciplineOf(policy).accountability.rules });
      }
      const concerned = new Set(assessment.proposals.map((p) => p.personId));
      // The superior units review, nearest first; nobody reviews their own conduct.
      const held = principals.flatMap((p) => (p.principalId ? [{ unitId: p.unitId, personId: p.principalId }] : []));
      let authorities = held.slice(1).filter((a) => !concerned.has(a.personId));
      if (authorities.length === 0) authorities = held.filter((a) => !concerned.has(a.personId)).slice(0, 1);
      if (authorities.length === 0) authorities = held.slice(-1);
      await ds.transaction(async (m) => {
        await m.query(`UPDATE accountability_reviews SET timeline = $2, findings = $3, authorities = $4, severity = $5, updated_at = now() WHERE id = $1`, [
          input.reviewId, JSON.stringify(assessment.timeline), JSON.stringify(assessment.findings), JSON.stringify(authorities), severity,
        ]);
        for (const p of assessment.proposals) {
          await m.query(
            `INSERT INTO review_proposals (id, review_id, person_id, conducts, proposed_sanction, grounds) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
            [`${input.reviewId}:${p.personId}`, input.reviewId, p.personId, p.conducts, p.sanction, JSON.stringify(p.grounds)],
          );
        }
      });
      const d = disciplineOf(policy).accountability;
      return {
        proposals: assessment.proposals.map((p) => ({ id: `${input.reviewId}:${p.personId}`, personId: p.personId, conducts: p.conducts, proposedSanction: p.sanction })),
        authorities,
        statementWindowMs: parseDuration(d.statementWindow),
        decisionMs: parseDuration(d.decision),
        severity,
      };
    },
  };
}

export type AccountabilityActivities = ReturnType<typeof createAccountabilityActivities>;
