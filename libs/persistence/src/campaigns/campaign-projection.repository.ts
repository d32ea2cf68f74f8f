import type { CampaignEvent } from '#domain';
import type { EntityManager } from 'typeorm';
import type { Projected } from '../shared/projected.js';

/** A campaign's per-unit read model: submissions, the hazards they opened, reminders, escalations. */
export async function projectCampaignEvent(m: EntityManager, e: Projected<CampaignEvent>): Promise<void> {
  switch (e.type) {
    case 'inspection_submitted':
      await m.query(
        `UPDATE campaign_units SET status = 'submitted', submitted_at = $3, submitted_by = $4, results = $5, submissions = $6 WHERE campaign_id = $1 AND unit_id = $2`,
        [e.id, e.unitId, e.occurredAt, e.actorId, JSON.stringify(e.payload.results), e.payload.submission],
      );
      return;
    case 'campaign_hazard_opened':
      await m.query(`INSERT INTO campaign_hazards (campaign_id, unit_id, item_id, hazard_id) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING`, [e.id, e.unitId, e.payload.itemId, e.payload.hazardId]);
      return;
    case 'campaign_reminder':
      await m.query(`UPDATE campaign_units SET reminders = reminders + 1 WHERE campaign_id = $1 AND unit_id = $2`, [e.id, e.unitId]);
      return;
    case 'campaign_escalated':
      await m.query(`UPDATE campaign_units SET escalated_at = $3 WHERE campaign_id = $1 AND unit_id = $2`, [e.id, e.unitId, e.occurredAt]);
      return;
    case 'campaign_not_submitted':
      await m.query(`UPDATE campaign_units SET status = 'not_submitted' WHERE campaign_id = $1 AND unit_id = $2 AND status = 'pending'`, [e.id, e.unitId]);
      return;
    case 'campaign_started':
    case 'campaign_reported':
      // The campaign's row is written by the API at the start and by the report activity at the end.
      return;
    default: {
      const unknown: never = e;
      void unknown;
    }
  }
}
