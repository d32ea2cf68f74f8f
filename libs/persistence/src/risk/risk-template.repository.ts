import type { DataSource } from 'typeorm';
import { DEFAULT_RISK_TEMPLATE, type RiskTemplate } from '#domain';

export interface StoredRiskTemplate extends RiskTemplate {
  /** The province (top-level unit) whose template it is. */
  provinceId: string;
  /** 0: the default shipped with Dutychain; 1, 2, …: the province's uploaded versions. */
  version: number;
  uploadedBy: string | null;
  uploadedByName: string | null;
  uploadedAt: Date | null;
  note: string | null;
}

/** The top-level unit above a unit (or the unit itself). */
const PROVINCE_SQL = `WITH RECURSIVE up AS (SELECT id, parent_id FROM units WHERE id = $1 UNION ALL SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id) SELECT id FROM up WHERE parent_id IS NULL`;

/** Each province's risk-assessment template in force: its latest uploaded version, or the default. */
export class RiskTemplateRepository {
  constructor(private readonly ds: DataSource) {}

  /** The template a unit is assessed against: its province's; null when the unit does not exist. */
  async forUnit(unitId: string): Promise<StoredRiskTemplate | null> {
    const [province] = await this.ds.query(PROVINCE_SQL, [unitId]);
    if (!province) return null;
    const [row] = await this.ds.query(
      `SELECT t.version, t.document, t.uploaded_by AS "uploadedBy", p.name AS "uploadedByName", t.uploaded_at AS "uploadedAt", t.note
         FROM risk_templates t LEFT JOIN people p ON p.id = t.uploaded_by WHERE t.province_id = $1 ORDER BY t.version DESC LIMIT 1`,
      [province.id],
    );
    if (!row) return { ...DEFAULT_RISK_TEMPLATE, provinceId: province.id, version: 0, uploadedBy: null, uploadedByName: null, uploadedAt: null, note: null };
    const { document, ...meta } = row as { document: RiskTemplate } & Omit<StoredRiskTemplate, keyof RiskTemplate | 'provinceId'>;
    return { ...document, provinceId: province.id, ...meta };
  }

  /** Stores a new version of a province's template (earlier ones stay, for the assessments made with them); its number. */
  async upload(provinceId: string, template: RiskTemplate, uploadedBy: string, note: string): Promise<number> {
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT id FROM units WHERE id = $1 FOR UPDATE`, [provinceId]);
      const [{ next }] = await m.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM risk_templates WHERE province_id = $1`, [provinceId]);
      await m.query(`INSERT INTO risk_templates (province_id, version, name, document, uploaded_by, note) VALUES ($1, $2, $3, $4, $5, $6)`, [provinceId, next, template.name, JSON.stringify(template), uploadedBy, note]);
      return next as number;
    });
  }

  /** Rows stored for a province (tests and audits count them). */
  async versions(provinceId: string): Promise<number> {
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM risk_templates WHERE province_id = $1`, [provinceId]);
    return n;
  }
}
