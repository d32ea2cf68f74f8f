import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { HazardCategory, HazardSource, HazardStatus, Severity } from '#domain';
import { notOverdueSql, overdueSql } from './overdue.js';

/** 台账 filters, each optional; `units` are the units searched (a subtree the person may see). */
export interface LedgerFilter {
  units: string[];
  q?: string;
  category?: HazardCategory;
  severity?: Severity;
  status?: HazardStatus;
  source?: HazardSource;
  overdue?: boolean;
  discoveredFrom?: string;
  discoveredTo?: string;
  holderId?: string;
}

export const LEDGER_SORTS = ['discoveredAt', 'deadline', 'severity', 'unit', 'status'] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];

export interface LedgerRow {
  id: string;
  title: string;
  unitId: string;
  unitName: string;
  category: HazardCategory;
  severity: Severity;
  status: HazardStatus;
  source: HazardSource;
  location: string;
  description: string;
  discoveredAt: Date;
  discoveredByName: string | null;
  holderId: string | null;
  holderName: string | null;
  deadline: Date | null;
  overdue: boolean;
  supervised: boolean;
  createdAt: Date;
}

const ORDER: Record<LedgerSort, string> = {
  discoveredAt: 'h.discovered_at',
  deadline: 'h.stage_deadline',
  severity: "(h.severity = 'major')",
  unit: 'u.name',
  status: 'h.status',
};

/** ILIKE pattern for a search term, its wildcards taken literally. */
const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The hazard ledger (台账): search, filter, sort and page, or stream every row for an export. */
export class LedgerRepository {
  constructor(private readonly ds: DataSource) {}

  private where(f: LedgerFilter): { sql: string; params: unknown[] } {
    const params: unknown[] = [f.units];
    const clauses = ['h.unit_id = ANY($1)', "h.status <> 'intake_failed'"];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (f.q) {
      const term = p(like(f.q));
      // One expression, the one the trigram index (hazards_text_trgm) is built on.
      clauses.push(`(h.title || ' ' || h.description || ' ' || h.location) ILIKE ${term}`);
    }
    if (f.category) clauses.push(`h.category = ${p(f.category)}`);
    if (f.severity) clauses.push(`h.severity = ${p(f.severity)}`);
    if (f.status) clauses.push(`h.status = ${p(f.status)}`);
    if (f.source) clauses.push(`h.source = ${p(f.source)}`);
    if (f.overdue === true) clauses.push(overdueSql('h'));
    if (f.overdue === false) clauses.push(notOverdueSql('h'));
    if (f.discoveredFrom) clauses.push(`h.discovered_at >= ${p(f.discoveredFrom)}`);
    if (f.discoveredTo) clauses.push(`h.discovered_at < ${p(f.discoveredTo)}`);
    if (f.holderId) clauses.push(`h.responsible_person_id = ${p(f.holderId)}`);
    return { sql: clauses.join(' AND '), params };
  }

  private select(f: LedgerFilter, sort: LedgerSort, order: 'asc' | 'desc'): { sql: string; params: unknown[] } {
    const { sql, params } = this.where(f);
    const dir = order === 'asc' ? 'ASC' : 'DESC';
    return {
      sql: `SELECT h.id, h.title, h.unit_id AS "unitId", u.name AS "unitName", h.category, h.severity, h.status, h.source, h.location, h.description,
                   h.discovered_at AS "discoveredAt", d.name AS "discoveredByName", h.responsible_person_id AS "holderId", r.name AS "holderName",
                   h.stage_deadline AS "deadline", coalesce(${overdueSql('h')}, false) AS overdue, h.supervised, h.created_at AS "createdAt"
              FROM hazards h JOIN units u ON u.id = h.unit_id LEFT JOIN people d ON d.id = h.discovered_by LEFT JOIN people r ON r.id = h.responsible_person_id
             WHERE ${sql} ORDER BY ${ORDER[sort]} ${dir} NULLS LAST, h.id ${dir}`,
      params,
    };
  }

  async page(f: LedgerFilter, sort: LedgerSort, order: 'asc' | 'desc', offset: number, limit: number): Promise<{ total: number; items: LedgerRow[] }> {
    const { sql, params } = this.select(f, sort, order);
    const where = this.where(f);
    const [items, [{ total }]] = await Promise.all([
      this.ds.query(`${sql} OFFSET ${Number(offset)} LIMIT ${Number(limit)}`, params),
      this.ds.query(`SELECT count(*)::int AS total FROM hazards h WHERE ${where.sql}`, where.params),
    ]);
    return { total, items };
  }

  /**
   * Every row of the filter, one at a time from a server-side cursor (pg-query-stream), for an
   * export of any size: the caller pipes it and calls `done` when finished or abandoned.
   */
  async stream(f: LedgerFilter, sort: LedgerSort, order: 'asc' | 'desc'): Promise<{ rows: Readable; done: () => Promise<void> }> {
    const { sql, params } = this.select(f, sort, order);
    const runner = this.ds.createQueryRunner();
    await runner.connect();
    const rows = (await runner.stream(sql, params)) as unknown as Readable;
    return { rows, done: () => runner.release() };
  }
}
