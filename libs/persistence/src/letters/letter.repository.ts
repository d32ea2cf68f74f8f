import type { LetterDraft, LetterRecord } from '#domain';
import type { DataSource } from 'typeorm';
import { uniquely } from '../shared/unique-violation.js';

/** A letter round as it is first stored. */
export interface SigningRow {
  id: string;
  unitId: string;
  year: number;
  deadline: string;
  createdBy: string;
  createdAt: string;
  workflowId: string;
}

/** Responsibility-letter rounds and their letters, as the API reads and writes them. */
/** A letter as listed (dates as the driver reads them). */
export interface LetterRow {
  id: string;
  signingId: string;
  year: number;
  unitId: string;
  level: string;
  signerId: string;
  counterpartyId: string | null;
  categories: string[];
  periodStart: Date;
  periodEnd: Date;
  deadline: Date;
  status: string;
  signedAt: Date | null;
}

export class LetterRepository {
  constructor(private readonly ds: DataSource) {}

  /** The round already sent for the unit and year, if any. */
  async signingOf(unitId: string, year: number): Promise<string | null> {
    const [running] = await this.ds.query(`SELECT id FROM letter_signings WHERE unit_id = $1 AND year = $2`, [unitId, year]);
    return running?.id ?? null;
  }

  /** Stores the round and runs `start` (the workflow start) in the same transaction. */
  startSigning(r: SigningRow, start: () => Promise<unknown>): Promise<void> {
    return uniquely(() => this.ds.transaction(async (m) => {
      await m.query(`INSERT INTO letter_signings (id, unit_id, year, deadline, created_by, created_at, workflow_id) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [
        r.id, r.unitId, r.year, r.deadline, r.createdBy, r.createdAt, r.workflowId,
      ]);
      await start();
    }));
  }

  /** Letters of the units given, or signed by the person, optionally of one unit and one year. */
  list(f: { units: string[]; personId: string; unitId?: string; year?: number }): Promise<LetterRow[]> {
    return this.ds.query(
      `SELECT l.id, l.signing_id AS "signingId", l.year, l.unit_id AS "unitId", l.level, l.signer_id AS "signerId", l.counterparty_id AS "counterpartyId",
              l.categories, l.period_start AS "periodStart", l.period_end AS "periodEnd", l.deadline, l.status, l.signed_at AS "signedAt"
         FROM responsibility_letters l
        WHERE (l.unit_id = ANY($1) OR l.signer_id = $2) AND ($3::text IS NULL OR l.unit_id = $3) AND ($4::int IS NULL OR l.year = $4)
        ORDER BY l.unit_id, array_position(ARRAY['principal','deputy','department_head'], l.level), l.signer_id LIMIT 1000`,
      [f.units, f.personId, f.unitId ?? null, f.year ?? null],
    );
  }

  /** Who signs a letter and the workflow of its round. */
  async forSigning(letterId: string): Promise<{ id: string; unitId: string; signerId: string; workflowId: string } | null> {
    const [letter] = await this.ds.query(`SELECT l.id, l.unit_id AS "unitId", l.signer_id AS "signerId", s.workflow_id AS "workflowId" FROM responsibility_letters l JOIN letter_signings s ON s.id = l.signing_id WHERE l.id = $1`, [letterId]);
    return letter ?? null;
  }

  /** The signed letters of these units, newest first (a review judges by the letter valid then). */
  async signedLetters(unitIds: string[]): Promise<LetterRecord[]> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the rows as stored (snake_case), shaped here
    const rows: any[] = await this.ds.query(
      `SELECT id, unit_id, level, signer_id, categories, period_start, period_end, signed_at FROM responsibility_letters WHERE unit_id = ANY($1) AND signed_at IS NOT NULL ORDER BY signed_at DESC`,
      [unitIds],
    );
    return rows.map((r) => ({
      id: r.id, unitId: r.unit_id, level: r.level, signerId: r.signer_id, categories: r.categories,
      periodStart: r.period_start.toISOString(), periodEnd: r.period_end.toISOString(), signedAt: r.signed_at?.toISOString() ?? null,
    }));
  }

  /** Stores a round's drafts; a letter already there (same year, unit, level and signer) is kept as it is. */
  async storeDrafts(signingId: string, year: number, period: { periodStart: string; periodEnd: string }, deadline: string, drafts: readonly LetterDraft[]): Promise<void> {
    await this.ds.transaction(async (m) => {
      for (const d of drafts) {
        await m.query(
          `INSERT INTO responsibility_letters (id, signing_id, year, unit_id, level, signer_id, counterparty_id, categories, period_start, period_end, deadline)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (id) DO NOTHING`,
          [d.id, signingId, year, d.unitId, d.level, d.signerId, d.counterpartyId, d.categories, period.periodStart, period.periodEnd, deadline],
        );
      }
    });
  }
}
