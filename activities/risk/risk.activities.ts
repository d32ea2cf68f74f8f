import type { HazardIntake, PinnedPolicy, RiskAssessmentInput } from '#domain';
import type { ActivityDeps } from '../shared/case-deps.js';
import { externalHazardIntake } from '../shared/external-intake.js';

/** Side effects of a risk assessment; every one is safe to retry. */
export function createRiskActivities({ campaigns, org }: ActivityDeps<'campaigns' | 'org'>) {
  return {
    /**
     * The hazard a 高危 (major) or 危险 (general) result opens. Its external reference names the
     * assessment and the indicator, so a retry finds it already there.
     */
    async openRiskHazard(input: { assessment: Omit<RiskAssessmentInput, 'findings' | 'policy'>; finding: RiskAssessmentInput['findings'][number]; severity: 'major' | 'general'; policy: PinnedPolicy }): Promise<HazardIntake> {
      const { assessment: a, finding: f } = input;
      const externalRef = `risk:${a.assessmentId}:${f.indicator.id}`;
      const [unit] = await org.units([a.unitId]);
      return campaigns.openHazardOnce(a.unitId, externalRef, (existingId) => {
        const fields = {
          unitId: a.unitId,
          category: f.indicator.category,
          severity: input.severity,
          title: `风险评估：${f.indicator.content}`.slice(0, 200),
          description: f.note?.trim() || `${f.result === 'high' ? '高危' : '危险'}：${f.indicator.content}（${f.indicator.method}）`,
          location: unit?.name ?? a.unitId,
          discoveredBy: a.assessedBy,
          discoveredAt: a.assessedAt,
          source: a.bySuperior ? ('supervision' as const) : ('self_inspection' as const),
          evidence: [],
          externalRef,
        };
        return externalHazardIntake(fields, existingId, input.policy);
      });
    },
  };
}

export type RiskActivities = ReturnType<typeof createRiskActivities>;
