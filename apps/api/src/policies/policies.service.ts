import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ORG_ID_PATTERN, validatePolicy, type EscalationPolicy, type PinnedPolicy } from '#domain';
import { PolicyEntity } from '#persistence';
import { InvalidInputException, ProblemException } from '../common/problem-details.js';
import { currentSql } from '#persistence';


@Injectable()
export class PoliciesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The newest version, or a given one; 404 when there is none. */
  async get(name: string, version?: number): Promise<PinnedPolicy> {
    const repo = this.ds.getRepository(PolicyEntity);
    const row = version
      ? await repo.findOneBy({ name, version })
      : await repo.findOne({ where: { name }, order: { version: 'DESC' } });
    if (!row) throw new NotFoundException(`Policy "${name}"${version ? ` version ${version}` : ''} does not exist`);
    return { name: row.name, version: row.version, document: row.document };
  }

  async versions(name: string) {
    const rows = await this.ds.getRepository(PolicyEntity).find({ where: { name }, order: { version: 'ASC' } });
    if (rows.length === 0) throw new NotFoundException(`Policy "${name}" does not exist`);
    return rows.map((r) => ({ version: r.version, createdBy: r.createdBy, createdAt: r.createdAt.toISOString() }));
  }

  async list() {
    const rows: Array<{ name: string; version: number }> = await this.ds.query(
      `SELECT name, max(version)::int AS version FROM policies GROUP BY name ORDER BY name`,
    );
    return rows;
  }

  /** Adds a version. Policies apply province-wide, so only the principal of a top-level unit may change them. */
  async put(name: string, document: unknown, actorId: string): Promise<PinnedPolicy> {
    if (!ORG_ID_PATTERN.test(name)) throw new InvalidInputException([{ field: 'name', reason: 'must be lowercase letters, digits and dashes' }]);
    const problems = validatePolicy(document);
    if (problems.length) throw new InvalidInputException(problems.map((p) => ({ field: `document.${p.field}`.replace(/^document\.document$/, 'document'), reason: p.reason })));
    const [allowed] = await this.ds.query(
      `SELECT 1 FROM positions p JOIN units u ON u.id = p.unit_id
        WHERE p.person_id = $1 AND p.kind = 'principal' AND u.parent_id IS NULL AND ${currentSql('p')}`,
      [actorId],
    );
    if (!allowed) {
      throw new ProblemException(HttpStatus.FORBIDDEN, 'not-allowed', 'Not allowed for this person', 'Only the principal of a top-level unit may change escalation policies');
    }
    return this.ds.transaction(async (m) => {
      // Serialise writers of one policy so that versions never collide.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('policy:' || $1))`, [name]);
      const [{ next }] = await m.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM policies WHERE name = $1`, [name]);
      await m.query(`INSERT INTO policies(name, version, document, created_by) VALUES ($1,$2,$3,$4)`, [name, next, document, actorId]);
      return { name, version: Number(next), document: document as EscalationPolicy };
    });
  }
}
