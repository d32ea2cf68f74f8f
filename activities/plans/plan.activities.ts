import { PLAN_CATEGORY, type DrillFinding, type HazardIntake, type PinnedPolicy, type PlanType } from '#domain';
import type { ActivityDeps } from '../shared/case-deps.js';
import { externalHazardIntake } from '../shared/external-intake.js';

/** Side effects of a contingency plan (预案) and its drills; every one is safe to retry. */
export function createPlanActivities({ campaigns, org }: ActivityDeps<'campaigns' | 'org'>) {
  return {
    /**
     * The hazard a drill's finding opens on the unit's own chain. Its external reference names the
     * plan, the drill and the finding, so a retry finds it already there.
     */
    async openDrillHazard(input: { planId: string; unitId: string; type: PlanType; drillId: string; index: number; finding: DrillFinding; scenario: string; recordedBy: string; heldAt: string; policy: PinnedPolicy }): Promise<HazardIntake> {
      const externalRef = `drill:${input.planId}:${input.drillId}:${input.index}`;
      const [unit] = await org.units([input.unitId]);
      return campaigns.openHazardOnce(input.unitId, externalRef, (existingId) => {
        const fields = {
          unitId: input.unitId,
          category: PLAN_CATEGORY[input.type],
          severity: input.finding.severity,
          title: `演练发现：${input.finding.text}`.slice(0, 200),
          description: `演练情景：${input.scenario}；发现的问题：${input.finding.text}`,
          location: unit?.name ?? input.unitId,
          discoveredBy: input.recordedBy,
          discoveredAt: input.heldAt,
          source: 'self_inspection' as const,
          evidence: [],
          externalRef,
        };
        return externalHazardIntake(fields, existingId, input.policy);
      });
    },
  };
}

export type PlanActivities = ReturnType<typeof createPlanActivities>;
