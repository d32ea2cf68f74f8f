import type { DataSource } from 'typeorm';
import { ApprovalRequestEntity } from '../entities/approval-request.entity.js';

/** The approval inbox: requests for extensions and escalations, by the leader who decides them. */
export class ApprovalRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * One page of requests in a status for these deciders (a leader, and those they act for), soonest
   * deadline first; `limit + 1` rows so the caller knows whether more follow.
   */
  inbox(f: { deciderIds: string[]; status: string; after?: { at: Date; id: string }; limit: number }): Promise<ApprovalRequestEntity[]> {
    const qb = this.ds
      .getRepository(ApprovalRequestEntity)
      .createQueryBuilder('r')
      .where('r.decider_id IN (:...deciderIds)', { deciderIds: f.deciderIds })
      .andWhere('r.status = :status', { status: f.status });
    if (f.after) qb.andWhere('(r.deadline, r.id) > (:at, :id)', f.after);
    return qb.orderBy('r.deadline', 'ASC').addOrderBy('r.id', 'ASC').limit(f.limit + 1).getMany();
  }
}
