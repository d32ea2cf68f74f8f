import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ChainRung } from '#domain';
import { unitAndSuperiorIds } from '#persistence';
import { ProblemException } from '../common/problem-details.js';
import { currentSql } from '#persistence';

/**
 * What a person may see, from the org chart as it stands now: the units where they hold a post
 * (or belong) and every unit below them. A superior unit supervises its subtree; peers see nothing
 * of each other.
 */
@Injectable()
export class OrgAccessService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async visibleUnitIds(personId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.ds.query(
      `WITH RECURSIVE roots AS (
         SELECT unit_id AS id FROM people WHERE id = $1
         UNION SELECT unit_id FROM positions WHERE person_id = $1 AND ${currentSql()}
       ), tree AS (
         SELECT id FROM roots
         UNION SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id
       )
       SELECT id FROM tree`,
      [personId],
    );
    return rows.map((r) => r.id);
  }

  /** Units visible to the person, with names and parents (for pickers and overviews). */
  async visibleUnits(personId: string): Promise<Array<{ id: string; name: string; parentId: string | null }>> {
    const ids = await this.visibleUnitIds(personId);
    return this.ds.query(`SELECT id, name, parent_id AS "parentId" FROM units WHERE id = ANY($1) ORDER BY id`, [ids]);
  }

  /** People with the posts they hold now; all people when `ids` is omitted. */
  async profiles(ids?: string[]): Promise<PersonProfile[]> {
    return this.ds.query(
      `SELECT p.id, p.name, p.unit_id AS "unitId", u.name AS "unitName",
              COALESCE(json_agg(json_build_object('unitId', x.unit_id, 'kind', x.kind, 'departmentId', x.department_id) ORDER BY x.kind)
                FILTER (WHERE x.id IS NOT NULL), '[]') AS posts
         FROM people p JOIN units u ON u.id = p.unit_id
         LEFT JOIN positions x ON x.person_id = p.id AND ${currentSql('x')}
        WHERE $1::text[] IS NULL OR p.id = ANY($1)
        GROUP BY p.id, u.name ORDER BY p.unit_id, p.id`,
      [ids ?? null],
    );
  }

  /** Whether the person holds, now, the post a chain rung stands for. */
  async holdsPost(personId: string, rung: ChainRung, hazardDepartmentId: string | null): Promise<boolean> {
    const [kind, extra, params] =
      rung.level === 'department_head'
        ? ['department_head', 'AND department_id = $3', [rung.departmentId ?? null]]
        : rung.level === 'deputy'
          ? ['deputy', 'AND $3 = ANY(oversees)', [hazardDepartmentId]]
          : ['principal', '', []];
    const rows: unknown[] = await this.ds.query(
      `SELECT 1 FROM positions WHERE person_id = $1 AND unit_id = $2 AND kind = '${kind}' AND ${currentSql()} ${extra}`,
      [personId, rung.unitId, ...params],
    );
    return rows.length > 0;
  }

  /** Whether the person holds, now, one of these kinds of post in the unit. */
  /** A person's name, or null for an id the org file does not know. */
  async personName(personId: string): Promise<string | null> {
    const [row]: Array<{ name: string }> = await this.ds.query(`SELECT name FROM people WHERE id = $1`, [personId]);
    return row?.name ?? null;
  }

  async holdsKind(personId: string, unitId: string, kinds: readonly string[]): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(
      `SELECT 1 FROM positions WHERE person_id = $1 AND unit_id = $2 AND kind = ANY($3) AND ${currentSql()}`,
      [personId, unitId, kinds],
    );
    return rows.length > 0;
  }

  /** The units above this one, nearest first. */
  async superiorUnitIds(unitId: string): Promise<string[]> {
    return (await unitAndSuperiorIds(this.ds, unitId)).slice(1);
  }

  async requireUnit(personId: string, unitId: string, doing: string): Promise<void> {
    requireAmong(await this.visibleUnitIds(personId), unitId, doing);
  }
}

export interface PersonProfile {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  posts: Array<{ unitId: string; kind: string; departmentId: string | null }>;
}

/** 403 unless the unit is one of those the person may see. */
export function requireAmong(visible: readonly string[], unitId: string, doing: string): void {
  if (!visible.includes(unitId)) {
    throw new ProblemException(
      HttpStatus.FORBIDDEN,
      'not-allowed',
      'Not allowed for this person',
      `You may ${doing} only for your own unit and the units under it; unit "${unitId}" is outside them`,
    );
  }
}
