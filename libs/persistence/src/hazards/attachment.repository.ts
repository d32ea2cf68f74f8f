import type { DataSource, EntityManager } from 'typeorm';
import type { HazardEventRecord } from '#domain';

export interface AttachmentRow {
  id: string;
  hazardId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  hasThumbnail: boolean;
  locationStripped: boolean;
  uploadedBy: string | null;
  uploadedByName: string | null;
  uploadedAt: string;
}

/** Where a file's bytes (and its thumbnail's) are kept in the evidence store. */
export const evidenceKey = (hazardId: string, attachmentId: string, thumbnail = false) => `hazards/${hazardId}/${attachmentId}${thumbnail ? '.thumb.jpg' : ''}`;

const COLUMNS = `a.id, a.hazard_id AS "hazardId", a.file_name AS "fileName", a.content_type AS "contentType", a.size_bytes::float8 AS size, a.sha256,
  a.has_thumbnail AS "hasThumbnail", a.location_stripped AS "locationStripped", a.uploaded_by AS "uploadedBy", p.name AS "uploadedByName",
  to_char(a.uploaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "uploadedAt"`;

/** A hazard's evidence files, as their events recorded them. */
export class AttachmentRepository {
  constructor(private readonly ds: DataSource) {}

  list(hazardId: string): Promise<AttachmentRow[]> {
    return this.ds.query(`SELECT ${COLUMNS} FROM hazard_attachments a LEFT JOIN people p ON p.id = a.uploaded_by WHERE a.hazard_id = $1 ORDER BY a.sequence`, [hazardId]);
  }

  async find(hazardId: string, attachmentId: string): Promise<AttachmentRow | null> {
    const [row] = await this.ds.query(`SELECT ${COLUMNS} FROM hazard_attachments a LEFT JOIN people p ON p.id = a.uploaded_by WHERE a.hazard_id = $1 AND a.id = $2`, [hazardId, attachmentId]);
    return row ?? null;
  }

  /** Bytes already stored for the hazard (its per-hazard limit counts them). */
  async totalBytes(hazardId: string): Promise<number> {
    const [row] = await this.ds.query(`SELECT COALESCE(SUM(size_bytes), 0)::float8 AS total FROM hazard_attachments WHERE hazard_id = $1`, [hazardId]);
    return row.total;
  }

  /** Who reported the hazard and who found it (they may add evidence though the chain does not name them). */
  async reporters(hazardId: string): Promise<string[]> {
    const rows: Array<{ id: string | null }> = await this.ds.query(
      `SELECT actor_id AS id FROM hazard_events WHERE hazard_id = $1 AND type = 'reported' UNION SELECT discovered_by FROM hazards WHERE id = $1`,
      [hazardId],
    );
    return rows.flatMap((r) => (r.id ? [r.id] : []));
  }

  /** Whether the unit keeps the location in its photos' metadata. */
  async unitKeepsLocation(unitId: string): Promise<boolean> {
    const [row] = await this.ds.query(`SELECT keeps_photo_location AS keeps FROM units WHERE id = $1`, [unitId]);
    return row?.keeps === true;
  }
}

/** The row of an `evidence_attached` event, written with the event (a retry finds it there). */
export async function projectEvidence(m: EntityManager, event: HazardEventRecord): Promise<void> {
  if (event.type !== 'evidence_attached') return;
  const f = event.payload;
  await m.query(
    `INSERT INTO hazard_attachments (id, hazard_id, sequence, file_name, content_type, size_bytes, sha256, has_thumbnail, location_stripped, uploaded_by, uploaded_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (id) DO NOTHING`,
    [f.attachmentId, event.hazardId, event.sequence, f.fileName, f.contentType, f.size, f.sha256, f.thumbnail, f.locationStripped, event.actorId, event.occurredAt],
  );
}
