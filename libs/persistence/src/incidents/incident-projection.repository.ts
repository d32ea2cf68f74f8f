import { applyIncidentEvent, type IncidentEvent, type IncidentView } from '#domain';
import type { EntityManager } from 'typeorm';
import type { Projected } from '../shared/projected.js';

/** The incident's read model after one of its events, as the domain's one reader of them says. */
export async function projectIncidentEvent(m: EntityManager, e: Projected<IncidentEvent>): Promise<void> {
  const [row]: Array<{ status: IncidentView['status']; levels: IncidentView['levels']; late: boolean; review_id: string | null }> = await m.query(
    `SELECT status, levels, late, review_id FROM incidents WHERE id = $1 FOR UPDATE`,
    [e.id],
  );
  if (!row) return;
  const view = applyIncidentEvent({ status: row.status, levels: row.levels, late: row.late, reviewId: row.review_id }, e);
  await m.query(`UPDATE incidents SET status = $2, levels = $3, late = $4, review_id = $5 WHERE id = $1`, [e.id, view.status, JSON.stringify(view.levels), view.late, view.reviewId]);
}
