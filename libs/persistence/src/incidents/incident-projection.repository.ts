import type { IncidentEvent } from '#domain';
import type { EntityManager } from 'typeorm';
import type { Projected } from '../shared/projected.js';

/** The incident's read model, refreshed from the state every incident event carries. */
export async function projectIncidentEvent(m: EntityManager, e: Projected<IncidentEvent>): Promise<void> {
  const state = e.payload.state;
  if (!state) return;
  await m.query(`UPDATE incidents SET status = $2, levels = $3, late = $4, review_id = $5 WHERE id = $1`, [e.id, state.status, JSON.stringify(state.levels), state.late, state.reviewId]);
}
