/** PostgreSQL's SQLSTATE for a row that a unique constraint already holds. */
const UNIQUE_VIOLATION = '23505';

/** A concurrent request stored the same thing first: the constraint named tells which. */
export class UniqueViolation extends Error {
  constructor(readonly constraint: string) {
    super(`already stored (${constraint})`);
    this.name = 'UniqueViolation';
  }
}

/** Runs `write`, turning a unique violation into UniqueViolation so that callers can answer as for a repeat. */
export async function uniquely<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
    const code = e.code ?? e.driverError?.code;
    if (code === UNIQUE_VIOLATION) throw new UniqueViolation(e.constraint ?? e.driverError?.constraint ?? 'unique');
    throw err;
  }
}
