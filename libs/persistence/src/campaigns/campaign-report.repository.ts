import type { CampaignReport, CampaignUnitReport, ChecklistItem, InspectionResult } from '#domain';
import type { EntityManager } from 'typeorm';
import { overdueSql } from '../hazards/overdue.js';

export async function buildCampaignReport(m: EntityManager, campaignId: string): Promise<CampaignReport> {
  const [c] = await m.query(`SELECT id, title, issuer_unit_id, deadline, created_at, checklist FROM supervision_campaigns WHERE id = $1`, [campaignId]);
  const checklist = c.checklist as ChecklistItem[];
  const rows: Array<{ unit_id: string; name: string; status: string; submitted_at: Date | null; results: InspectionResult[] | null; reminders: number; escalated_at: Date | null }> = await m.query(
    `SELECT cu.unit_id, u.name, cu.status, cu.submitted_at, cu.results, cu.reminders, cu.escalated_at
       FROM campaign_units cu JOIN units u ON u.id = cu.unit_id WHERE cu.campaign_id = $1 ORDER BY cu.unit_id`,
    [campaignId],
  );
  const units: CampaignUnitReport[] = [];
  for (const r of rows) {
    const failed = (r.results ?? []).filter((x) => !x.passed).map((x) => x.itemId);
    const failedCategories = checklist.filter((i) => failed.includes(i.id)).map((i) => i.category);
    const opened: Array<{ severity: 'general' | 'major'; n: number }> = await m.query(
      `SELECT h.severity, count(*)::int AS n FROM campaign_hazards ch JOIN hazards h ON h.id = ch.hazard_id WHERE ch.campaign_id = $1 AND ch.unit_id = $2 GROUP BY h.severity`,
      [campaignId, r.unit_id],
    );
    const [{ overdue }] = await m.query(`SELECT count(*)::int AS overdue FROM hazards h WHERE h.unit_id = $1 AND ${overdueSql('h')}`, [r.unit_id]);
    // 漏报: what the superior's own inspection found during the campaign that the unit's self-inspection did not list.
    const omitted: Array<{ hazardId: string; category: string; title: string }> = await m.query(
      `SELECT id AS "hazardId", category, title FROM hazards
        WHERE unit_id = $1 AND source = 'supervision' AND created_at >= $2 AND NOT (category = ANY($3)) ORDER BY created_at, id`,
      [r.unit_id, c.created_at, failedCategories],
    );
    for (const o of omitted) {
      await m.query(`INSERT INTO campaign_omissions (campaign_id, unit_id, hazard_id) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING`, [campaignId, r.unit_id, o.hazardId]);
    }
    units.push({
      unitId: r.unit_id,
      unitName: r.name,
      submitted: r.status === 'submitted',
      submittedAt: r.submitted_at?.toISOString() ?? null,
      reminders: r.reminders,
      escalated: r.escalated_at !== null,
      itemsChecked: r.results?.length ?? 0,
      itemsFailed: failed,
      hazardsOpened: { general: opened.find((o) => o.severity === 'general')?.n ?? 0, major: opened.find((o) => o.severity === 'major')?.n ?? 0 },
      overdueHazards: overdue,
      omitted,
    });
  }
  const sum = (f: (u: CampaignUnitReport) => number) => units.reduce((a, u) => a + f(u), 0);
  return {
    campaignId,
    title: c.title,
    issuerUnitId: c.issuer_unit_id,
    deadline: c.deadline.toISOString(),
    compiledAt: new Date().toISOString(),
    units,
    summary: {
      units: units.length,
      submitted: units.filter((u) => u.submitted).length,
      notSubmitted: units.filter((u) => !u.submitted).length,
      itemsFailed: sum((u) => u.itemsFailed.length),
      hazardsOpened: { general: sum((u) => u.hazardsOpened.general), major: sum((u) => u.hazardsOpened.major) },
      overdueHazards: sum((u) => u.overdueHazards),
      omitted: sum((u) => u.omitted.length),
    },
  };
}
