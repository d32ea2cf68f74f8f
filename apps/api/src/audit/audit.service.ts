import { HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { auditConfig, type AuditConfig } from '#config';
import { checkpointSignature, CheckpointRepository, HazardEventRepository, OrgRepository, signCheckpoint, verifyChain, type SignedCheckpoint, type StoredCheckpoint } from '#persistence';
import { ProblemException } from '../common/problem-details.js';
import { forbidden } from '../common/workflow-calls.js';
import { OrgAccessService } from '../org/org-access.service.js';
import type { CheckpointFileDto } from './dto/checkpoint.dto.js';

export interface RewrittenHead {
  hazardId: string;
  sequence: number;
  reason: string;
}

/**
 * Signed checkpoints of the audit chain: every hazard head of the reader's units, signed with the
 * deployment's Ed25519 key. Kept outside the database (by a superior unit), a checkpoint shows any
 * rewrite of an event it covers made after it was signed, even one rehashed with the published formula.
 */
@Injectable()
export class AuditService {
  constructor(
    @Inject(auditConfig.KEY) private readonly config: AuditConfig,
    private readonly events: HazardEventRepository,
    private readonly checkpoints: CheckpointRepository,
    private readonly org: OrgRepository,
    private readonly access: OrgAccessService,
  ) {}

  async checkpoint(personId: string, now = new Date()): Promise<SignedCheckpoint> {
    const key = this.key();
    const heads = await this.events.heads(await this.access.visibleUnitIds(personId));
    return signCheckpoint({ version: 1, issuedAt: now.toISOString(), issuedTo: personId, heads }, key);
  }

  /** The daily checkpoints cover every unit: only a principal of a top-level unit reads them. */
  async daily(personId: string): Promise<StoredCheckpoint[]> {
    await this.requireTop(personId);
    return this.checkpoints.list(366);
  }

  async dailyDocument(id: string, personId: string): Promise<SignedCheckpoint> {
    await this.requireTop(personId);
    const document = await this.checkpoints.document(id);
    if (!document) throw new NotFoundException(`Checkpoint ${id} does not exist`);
    return document;
  }

  async verify(file: CheckpointFileDto, personId: string) {
    const key = this.key();
    const body = { ...file, heads: file.heads.map((h) => ({ hazardId: h.hazardId, sequence: h.sequence, hash: h.hash })) };
    const signature = checkpointSignature(body, key);
    const result = { signature, issuedAt: file.issuedAt, heads: file.heads.length, checked: 0, outside: 0, intact: 0, rewritten: [] as RewrittenHead[] };
    // Heads are only trusted from a file this deployment signed, unchanged.
    if (signature !== 'valid') return result;
    const visible = new Set(await this.access.visibleUnitIds(personId));
    for (const head of body.heads) {
      const { unitId, rows } = await this.events.chainTo(head.hazardId, head.sequence);
      // A hazard outside the reader's units is not disclosed, whether or not it exists.
      if (!unitId || !visible.has(unitId)) {
        result.outside++;
        continue;
      }
      result.checked++;
      const verdict = verifyChain(rows);
      const last = rows[rows.length - 1];
      const reason = !verdict.valid
        ? `event ${verdict.firstBrokenLink!.sequence}: ${verdict.firstBrokenLink!.reason}`
        : rows.length < head.sequence
          ? `events up to ${head.sequence} were signed; only ${rows.length} are stored`
          : last!.hash !== head.hash
            ? 'the chain up to this event was rewritten after the checkpoint was signed (its hash differs from the signed one)'
            : null;
      if (reason) result.rewritten.push({ hazardId: head.hazardId, sequence: head.sequence, reason });
      else result.intact++;
    }
    return result;
  }

  private async requireTop(personId: string): Promise<void> {
    if (!(await this.org.isTopLevelPrincipal(personId))) throw forbidden('The daily checkpoints cover every unit: only the principal of a top-level unit may read them');
  }

  private key(): KeyObject {
    if (!this.config.signingKey) {
      throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, 'unavailable', 'Checkpoints are not configured', 'This deployment has no signing key (AUDIT_SIGNING_KEY); the workflows still witness every chain head');
    }
    return this.config.signingKey;
  }
}
