import { Injectable } from '@nestjs/common';
import { LedgerRepository, OrgRepository, type LedgerFilter } from '#persistence';
import { forbidden } from '../common/workflow-calls.js';
import { OrgAccessService, requireAmong } from '../org/org-access.service.js';
import type { LedgerFilterQuery, LedgerQuery } from './dto/ledger.dto.js';

/** Who keeps a ledger (台账): the principal, a deputy or the safety officer of a unit. */
const LEDGER_POSTS = ['principal', 'deputy', 'safety_officer'];

@Injectable()
export class LedgerService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly org: OrgRepository,
    private readonly access: OrgAccessService,
  ) {}

  async page(q: LedgerQuery, personId: string) {
    const filter = await this.filter(q, personId);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const result = await this.ledger.page(filter, q.sort ?? 'discoveredAt', q.order ?? 'desc', (page - 1) * pageSize, pageSize);
    return { ...result, page, pageSize };
  }

  stream(q: LedgerFilterQuery, filter: LedgerFilter) {
    return this.ledger.stream(filter, q.sort ?? 'discoveredAt', q.order ?? 'desc');
  }

  /** The units searched: those the person may see, narrowed to a subtree; only for those who keep a ledger. */
  async filter(q: LedgerFilterQuery, personId: string): Promise<LedgerFilter> {
    const reach = await this.access.reach(personId);
    if (!reach.postKinds.some((kind) => LEDGER_POSTS.includes(kind))) throw forbidden('The ledger is for principals, deputies and safety officers');
    let units = reach.units;
    if (q.unitId) {
      requireAmong(units, q.unitId, 'search the ledger');
      const below = new Set([q.unitId, ...(await this.org.unitsBelow(q.unitId))]);
      units = units.filter((u) => below.has(u));
    }
    return {
      units, q: q.q?.trim() || undefined, category: q.category, severity: q.severity, status: q.status, source: q.source,
      overdue: q.overdue === undefined ? undefined : q.overdue === 'true', discoveredFrom: q.discoveredFrom, discoveredTo: q.discoveredTo, holderId: q.holderId,
    };
  }
}
