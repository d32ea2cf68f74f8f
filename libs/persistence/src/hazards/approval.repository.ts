import type { DataSource } from 'typeorm';
import { ApprovalRequestEntity } from '../entities/approval-request.entity.js';

/** The approval inbox: requests for extensions and escalations, by the leader who decides them. */
export class ApprovalRepository {
  constructor(private readonly ds: DataSource) {}

  /** One page of a leader's requests in a status, soonest deadline first; `limit + 1` rows so the caller knows whether more follow. */
  inbox(f: { deciderId: string; status: string; after?: { at: Date; id: string }; limit: number }): Promise<ApprovalRequestEntity[]> {
    const qb = this.ds
      .getRepository(ApprovalRequestEntity)
      .createQueryBuilder('r')
      .where('r.decider_id = :actorId', { actorId: f.deciderId })
      .andWhere('r.status = :status', { status: f.status });
    if (f.after) qb.andWhere('(r.deadline, r.id) > (:at, :id)', f.after);
    return qb.orderBy('r.deadline', 'ASC').addOrderBy('r.id', 'ASC').limit(f.limit + 1).getMany();
  }
}
