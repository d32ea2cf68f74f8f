import type { DataSource, EntityManager } from 'typeorm';
import type { CampaignReport, HazardIntake } from '#domain';
import { insertHazardIntake } from '../hazards/hazard-intake.repository.js';
import { uniquely } from '../shared/unique-violation.js';
import { buildCampaignReport } from './campaign-report.repository.js';

/** A campaign as it is first stored. */
export interface CampaignRow {
  id: string;
  issuerUnitId: string;
  title: string;
  checklist: unknown;
  deadline: string;
  policyName: string;
  policyVersion: number;
  createdBy: string;
  createdAt: string;
  workflowId: string;
  idempotencyKey: string | null;
}

/**
 * Stores a campaign and its units; false when one with its id is there already (a duty run's
 * retry). A campaign a recurring duty opened names its schedule and run.
 */
export async function insertCampaign(m: EntityManager, c: CampaignRow & { scheduleId?: string; dutyRun?: string }, unitIds: string[]): Promise<boolean> {
  const inserted: unknown[] = await m.query(
    `INSERT INTO supervision_campaigns (id, issuer_unit_id, title, checklist, deadline, policy_name, policy_version, created_by, created_at, workflow_id, idempotency_key, schedule_id, duty_run)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [c.id, c.issuerUnitId, c.title, JSON.stringify(c.checklist), c.deadline, c.policyName, c.policyVersion, c.createdBy, c.createdAt, c.workflowId, c.idempotencyKey, c.scheduleId ?? null, c.dutyRun ?? null],
  );
  if (inserted.length === 0) return false;
  for (const unitId of unitIds) await m.query(`INSERT INTO campaign_units (campaign_id, unit_id) VALUES ($1,$2)`, [c.id, unitId]);
  return true;
}

/** Supervision campaigns (专项督查): the campaign, its units, the hazards it opened and its report. */
export class CampaignRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The hazard a failed checklist item opens, found by its external reference or stored anew from
   * `build(existingId)`, in one transaction: a resubmission or a retry opens nothing new.
   */
  openHazardOnce(unitId: string, externalRef: string, build: (existingId: string | null) => HazardIntake): Promise<HazardIntake> {
    return this.ds.transaction(async (m) => {
      const [existing] = await m.query(`SELECT id FROM hazards WHERE unit_id = $1 AND external_ref = $2`, [unitId, externalRef]);
      const intake = build(existing?.id ?? null);
      if (!existing) await insertHazardIntake(m, intake);
      return intake;
    });
  }

  /** Compiles the report at the deadline and stores it with the campaign, which is then `reported`. */
  compileReport(campaignId: string): Promise<CampaignReport> {
    return this.ds.transaction(async (m) => {
      const report = await buildCampaignReport(m, campaignId);
      await m.query(`UPDATE supervision_campaigns SET report = $2, status = 'reported', reported_at = now() WHERE id = $1`, [campaignId, JSON.stringify(report)]);
      return report;
    });
  }

  async idByIdempotencyKey(key: string): Promise<string | null> {
    const [existing] = await this.ds.query(`SELECT id FROM supervision_campaigns WHERE idempotency_key = $1`, [key]);
    return existing?.id ?? null;
  }

  /** Stores the campaign and its units and runs `start` (the workflow start) in the same transaction. */
  createAndStart(c: CampaignRow, unitIds: string[], start: () => Promise<unknown>): Promise<void> {
    return uniquely(() => this.ds.transaction(async (m) => {
      await insertCampaign(m, c, unitIds);
      await start();
    }));
  }

  /** Campaigns run by these units or covering one of them, newest first. */
  list(units: string[]): Promise<unknown[]> {
    return this.ds.query(
      `SELECT c.id, c.issuer_unit_id AS "issuerUnitId", iu.name AS "issuerUnitName", c.title, c.deadline, c.status, c.created_at AS "createdAt", c.reported_at AS "reportedAt",
              count(cu.unit_id)::int AS units, count(cu.unit_id) FILTER (WHERE cu.status = 'submitted')::int AS submitted
         FROM supervision_campaigns c JOIN campaign_units cu ON cu.campaign_id = c.id JOIN units iu ON iu.id = c.issuer_unit_id
        WHERE c.issuer_unit_id = ANY($1) OR EXISTS (SELECT 1 FROM campaign_units x WHERE x.campaign_id = c.id AND x.unit_id = ANY($1))
        GROUP BY c.id, iu.name ORDER BY c.created_at DESC, c.id LIMIT 200`,
      [units],
    );
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the row as stored (snake_case); the API shapes it
  async find(id: string): Promise<Record<string, any> | null> {
    const [c] = await this.ds.query(`SELECT * FROM supervision_campaigns WHERE id = $1`, [id]);
    return c ?? null;
  }

  /** Each unit of the campaign: its submission, reminders, escalation and the hazards it opened. */
  units(id: string): Promise<unknown[]> {
    return this.ds.query(
      `SELECT cu.unit_id AS "unitId", u.name AS "unitName", cu.status, cu.submitted_at AS "submittedAt", cu.submitted_by AS "submittedBy", p.name AS "submittedByName",
              cu.submissions, cu.results, cu.reminders, cu.escalated_at AS "escalatedAt",
              COALESCE((SELECT json_agg(json_build_object('itemId', ch.item_id, 'hazardId', ch.hazard_id) ORDER BY ch.item_id) FROM campaign_hazards ch WHERE ch.campaign_id = cu.campaign_id AND ch.unit_id = cu.unit_id), '[]') AS hazards
         FROM campaign_units cu JOIN units u ON u.id = cu.unit_id LEFT JOIN people p ON p.id = cu.submitted_by
        WHERE cu.campaign_id = $1 ORDER BY cu.unit_id`,
      [id],
    );
  }

  /** Whether any of these units is in the campaign's scope. */
  async coversAny(id: string, unitIds: string[]): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM campaign_units WHERE campaign_id = $1 AND unit_id = ANY($2)`, [id, unitIds]);
    return rows.length > 0;
  }
}
