import type { CampaignReport, ChecklistItem, HazardIntake, InspectionResult, PinnedPolicy } from '#domain';
import type { ActivityDeps } from '../shared/case-deps.js';
import { unitContacts, type UnitContacts } from '../shared/unit-contacts.js';
import { externalHazardIntake } from '../shared/external-intake.js';

/** Side effects of supervision campaigns; every one is safe to retry. */
export function createCampaignActivities({ org, campaigns }: ActivityDeps<'org' | 'campaigns'>) {
  return {
    /** Whom a campaign chases in a unit: its safety officers (or the principal when there are none), then its principal. */
    campaignUnitContacts(input: { unitId: string }): Promise<UnitContacts> {
      return unitContacts(org, input.unitId);
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
        return externalHazardIntake(fields, existingId, input.policy);
      });
    },

    /** At the campaign's deadline: per unit and in total, what was submitted, failed, opened, overdue and omitted (漏报). */
    compileCampaignReport(input: { campaignId: string }): Promise<CampaignReport> {
      return campaigns.compileReport(input.campaignId);
    },
  };
}

export type CampaignActivities = ReturnType<typeof createCampaignActivities>;
