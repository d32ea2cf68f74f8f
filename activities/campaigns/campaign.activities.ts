import type { CampaignReport, ChecklistItem, HazardIntake, InspectionResult, PinnedPolicy } from '#domain';
import { createHash, randomUUID } from 'node:crypto';
import type { ActivityDeps } from '../shared/case-deps.js';

/** Side effects of supervision campaigns; every one is safe to retry. */
export function createCampaignActivities({ org, campaigns }: ActivityDeps<'org' | 'campaigns'>) {
  return {
    /** Whom a campaign chases in a unit: its safety officers (or the principal when there are none), then its principal. */
    async campaignUnitContacts(input: { unitId: string }): Promise<{ officers: string[]; principalId: string | null }> {
      const posts = await org.postsNow(input.unitId);
      const principalId = posts.find((p) => p.kind === 'principal')?.personId ?? null;
      const officers = posts.filter((p) => p.kind === 'safety_officer').map((p) => p.personId);
      return { officers: officers.length ? officers : principalId ? [principalId] : [], principalId };
    },

    /**
     * The hazard a failed checklist item opens. Its external reference names the campaign and the
     * item, so a resubmission (or a retry) finds the hazard already there and opens nothing new.
     */
    async openCampaignHazard(input: {
      campaignId: string; unitId: string; title: string; item: ChecklistItem; result: InspectionResult; actorId: string; at: string; policy: PinnedPolicy;
    }): Promise<HazardIntake> {
      const externalRef = `campaign:${input.campaignId}:${input.item.id}`;
      return campaigns.openHazardOnce(input.unitId, externalRef, (existingId) => {
        const fields = {
          unitId: input.unitId,
          category: input.item.category,
          severity: input.item.severity,
          title: `${input.title}: ${input.item.text}`.slice(0, 200),
          description: input.result.note?.trim() || `Failed in the self-inspection of campaign "${input.title}": ${input.item.text}`,
          location: input.unitId,
          discoveredBy: input.actorId,
          discoveredAt: input.at,
          source: 'self_inspection' as const,
          evidence: input.result.evidence ?? [],
          externalRef,
        };
        const intake: HazardIntake = {
          hazardId: existingId ?? randomUUID(),
          ...fields,
          idempotencyKey: null,
          intakeHash: createHash('sha256').update(JSON.stringify(fields)).digest('hex'),
          reportedAt: input.at,
          reportedBy: input.actorId,
          policyName: input.policy.name,
          policyVersion: input.policy.version,
          correlationId: null,
        };
        return intake;
      });
    },

    /** At the campaign's deadline: per unit and in total, what was submitted, failed, opened, overdue and omitted (漏报). */
    compileCampaignReport(input: { campaignId: string }): Promise<CampaignReport> {
      return campaigns.compileReport(input.campaignId);
    },
  };
}

export type CampaignActivities = ReturnType<typeof createCampaignActivities>;
