import type { LetterRecord } from '#domain';
import type { DataSource } from 'typeorm';

export async function signedLettersOf(ds: DataSource, unitIds: string[]): Promise<LetterRecord[]> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped payloads until the typed event unions (issue 17, part 2)
  const rows: any[] = await ds.query(
    `SELECT id, unit_id, level, signer_id, categories, period_start, period_end, signed_at FROM responsibility_letters WHERE unit_id = ANY($1) AND signed_at IS NOT NULL ORDER BY signed_at DESC`,
    [unitIds],
  );
  return rows.map((r) => ({
    id: r.id, unitId: r.unit_id, level: r.level, signerId: r.signer_id, categories: r.categories,
    periodStart: r.period_start.toISOString(), periodEnd: r.period_end.toISOString(), signedAt: r.signed_at?.toISOString() ?? null,
  }));
}
