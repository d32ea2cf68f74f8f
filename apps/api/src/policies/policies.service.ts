import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { ORG_ID_PATTERN, validatePolicy, type EscalationPolicy, type PinnedPolicy } from '#domain';
import { OrgRepository, PolicyRepository } from '#persistence';
import { InvalidInputException, ProblemException } from '../common/problem-details.js';

@Injectable()
export class PoliciesService {
  constructor(
    private readonly policies: PolicyRepository,
    private readonly org: OrgRepository,
  ) {}

  /** The newest version, or a given one; 404 when there is none. */
  async get(name: string, version?: number): Promise<PinnedPolicy> {
    const row = await this.policies.find(name, version);
    if (!row) throw new NotFoundException(`Policy "${name}"${version ? ` version ${version}` : ''} does not exist`);
    return { name: row.name, version: row.version, document: row.document };
  }

  async versions(name: string) {
    const rows = await this.policies.versions(name);
    if (rows.length === 0) throw new NotFoundException(`Policy "${name}" does not exist`);
    return rows.map((r) => ({ version: r.version, createdBy: r.createdBy, createdAt: r.createdAt.toISOString() }));
  }

  list() {
    return this.policies.latest();
  }

  /** Adds a version. Policies apply province-wide, so only the principal of a top-level unit may change them. */
  async put(name: string, document: unknown, actorId: string): Promise<PinnedPolicy> {
    if (!ORG_ID_PATTERN.test(name)) throw new InvalidInputException([{ field: 'name', reason: 'must be lowercase letters, digits and dashes' }]);
    const problems = validatePolicy(document);
    if (problems.length) throw new InvalidInputException(problems.map((p) => ({ field: `document.${p.field}`.replace(/^document\.document$/, 'document'), reason: p.reason })));
    if (!(await this.org.isTopLevelPrincipal(actorId))) {
      throw new ProblemException(HttpStatus.FORBIDDEN, 'not-allowed', 'Not allowed for this person', 'Only the principal of a top-level unit may change escalation policies');
    }
    const version = await this.policies.addVersion(name, document, actorId);
    return { name, version, document: document as EscalationPolicy };
  }
}
