import type { DataSource } from 'typeorm';
import { currentSql } from './validity.js';

/** Questions the API asks of today's org chart. */
export class OrgRepository {
  constructor(private readonly ds: DataSource) {}

  /** A person by id, with the unit they belong to; null for an id the org file does not know. */
  async person(personId: string): Promise<{ id: string; name: string; unitId: string } | null> {
    const [p] = await this.ds.query(`SELECT id, name, unit_id AS "unitId" FROM people WHERE id = $1`, [personId]);
    return p ?? null;
  }

  async unitExists(unitId: string): Promise<boolean> {
    const [unit] = await this.ds.query(`SELECT id FROM units WHERE id = $1`, [unitId]);
    return !!unit;
  }

  /** Whether the person is now the principal of a top-level unit (a province), who may change policies. */
  async isTopLevelPrincipal(personId: string): Promise<boolean> {
    const [row] = await this.ds.query(
      `SELECT 1 FROM positions p JOIN units u ON u.id = p.unit_id
        WHERE p.person_id = $1 AND p.kind = 'principal' AND u.parent_id IS NULL AND ${currentSql('p')}`,
      [personId],
    );
    return !!row;
  }
}
