import type { CampaignReport, ChecklistItem, HazardIntake, InspectionResult, PinnedPolicy } from '#domain';
import { buildCampaignReport, insertHazardIntake } from '#persistence';
import { createHash, randomUUID } from 'node:crypto';
import type { CaseActivityDeps } from '../shared/case-deps.js';
import { currentSql } from '#persistence';

/** Side effects of supervision campaigns; every one is safe to retry. */
export function createCampaignActivities({ dataSource: ds }: CaseActivityDeps) {
  return {
    /** Whom a campaign chases in a unit: its safety officers (or the principal when there are none), then its principal. */
    async campaignUnitContacts(input: { unitId: string }): Promise<{ officers: string[]; principalId: string | null }> {
      const rows: Array<{ person_id: string; kind: string }> = await ds.query(
        `SELECT person_id, kind FROM positions WHERE unit_id = $1 AND kind IN ('principal','safety_officer') AND ${currentSql()} ORDER BY person_id`,
        [input.unitId],
      );
      const principalId = rows.find((r) => r.kind === 'principal')?.person_id ?? null;
      const officers = rows.filter((r) => r.kind === 'safety_officer').map((r) => r.person_id);
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
      return ds.transaction(async (m) => {
        const [existing] = await m.query(`SELECT id FROM hazards WHERE unit_id = $1 AND external_ref = $2`, [input.unitId, externalRef]);
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
          hazardId: existing?.id ?? randomUUID(),
          ...fields,
          idempotencyKey: null,
          intakeHash: createHash('sha256').update(JSON.stringify(fields)).digest('hex'),
          reportedAt: input.at,
          reportedBy: input.actorId,
          policyName: input.policy.name,
          policyVersion: input.policy.version,
          correlationId: null,
        };
        if (!existing) await insertHazardIntake(m, intake);
        return intake;
      });
    },

    /** At the campaign's deadline: per unit and in total, what was submitted, failed, opened, overdue and omitted (漏报). */
    async compileCampaignReport(input: { campaignId: string }): Promise<CampaignReport> {
      return ds.transaction(async (m) => {
        const report = await buildCampaignReport(m, input.campaignId);
        await m.query(`UPDATE supervision_campaigns SET report = $2, status = 'reported', reported_at = now() WHERE id = $1`, [input.campaignId, JSON.stringify(report)]);
        return report;
      });
    },
  };
}

export type CampaignActivities = ReturnType<typeof createCampaignActivities>;
