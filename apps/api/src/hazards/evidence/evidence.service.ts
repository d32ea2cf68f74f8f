import { HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { evidenceConfig, type EvidenceConfig } from '#config';
import { mayAttachEvidence, type HazardWorkflowState } from '#domain';
import { AttachmentRepository, EVIDENCE_STORE, evidenceKey, type AttachmentRow, type EvidenceStore } from '#persistence';
import { TEMPORAL_CLIENT } from '#temporal';
import { attachEvidenceUpdate, hazardStateQuery } from '../../../../../workflows/hazards/hazard.messages.js';
import type { CallContext } from '../../common/call.decorator.js';
import { InvalidInputException, ProblemException } from '../../common/problem-details.js';
import { conflict, forbidden, queryWorkflow } from '../../common/workflow-calls.js';
import { HazardsService } from '../hazards.service.js';
import { EvidenceRejected, mib, prepareEvidence, type PreparedEvidence } from './evidence-file.js';

/** A stored file as the API answers it, with where to fetch it. */
export const attachmentView = (a: AttachmentRow) => ({
  id: a.id,
  fileName: a.fileName,
  contentType: a.contentType,
  size: a.size,
  sha256: a.sha256,
  locationStripped: a.locationStripped,
  uploadedBy: a.uploadedBy ? { id: a.uploadedBy, name: a.uploadedByName } : null,
  uploadedAt: a.uploadedAt,
  url: `/hazards/${a.hazardId}/attachments/${a.id}`,
  thumbnailUrl: a.hasThumbnail ? `/hazards/${a.hazardId}/attachments/${a.id}/thumbnail` : null,
});

/**
 * Evidence files: checked by content, stored, then recorded by the hazard's workflow in its
 * hash-chained log (with the SHA-256). A file the workflow refuses is removed again.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly hazards: HazardsService,
    private readonly attachments: AttachmentRepository,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(evidenceConfig.KEY) private readonly config: EvidenceConfig,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  async list(hazardId: string, personId: string) {
    await this.hazards.visibleHazard(hazardId, personId);
    return { items: (await this.attachments.list(hazardId)).map(attachmentView) };
  }

  /** The file's bytes (or its thumbnail's), for someone who may see the hazard. */
  async open(hazardId: string, attachmentId: string, personId: string, thumbnail: boolean) {
    await this.hazards.visibleHazard(hazardId, personId);
    const row = await this.attachments.find(hazardId, attachmentId);
    if (!row || (thumbnail && !row.hasThumbnail)) throw new NotFoundException(`Hazard ${hazardId} has no such ${thumbnail ? 'thumbnail' : 'file'}`);
    const object = await this.store.get(evidenceKey(hazardId, attachmentId, thumbnail));
    if (!object) throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, 'unavailable', 'Evidence store unavailable', `The bytes of ${row.fileName} are not in the evidence store`);
    return { row, ...object };
  }

  async attach(hazardId: string, files: Express.Multer.File[] | undefined, call: CallContext) {
    const hazard = await this.hazards.visibleHazard(hazardId, call.actorId);
    if (!files?.length) throw new InvalidInputException([{ field: 'files', reason: 'must hold at least one file', code: 'arrayMinSize', params: { limit: 1 } }]);
    if (hazard.status === 'closed') throw conflict(`Hazard ${hazardId} is closed; its evidence is final`);
    const reporter = (await this.attachments.reporters(hazardId)).includes(call.actorId);
    const { live } = await queryWorkflow(this.temporal, hazard.workflowId, hazardStateQuery, { when: /still being assigned/, say: 'the workflow is still assigning the hazard' });
    // The workflow decides; asking first spares storing what it would refuse.
    if (live && !mayAttachEvidence(live as HazardWorkflowState, call.actorId, reporter)) throw forbidden('Only the reporter and the people the hazard involves may add evidence to it');

    const prepared = await this.prepare(files, hazard.unitId, await this.attachments.totalBytes(hazardId));
    const ids: string[] = [];
    for (const file of prepared) ids.push(await this.storeAndRecord(hazardId, file, reporter, call));
    const rows = await this.attachments.list(hazardId);
    return { items: rows.filter((r) => ids.includes(r.id)).map(attachmentView) };
  }

  /**
   * Files sent with a report: checked and prepared before the hazard exists, so that a refused file
   * refuses the report (nothing stored, no hazard).
   */
  prepareForReport(files: Express.Multer.File[], unitId: string): Promise<PreparedEvidence[]> {
    return this.prepare(files, unitId, 0);
  }

  /** Stores and records the report's files once its hazard is there; on a repeat of the report, only those it does not hold yet. */
  async attachToReport(hazardId: string, prepared: PreparedEvidence[], call: CallContext) {
    const held = new Set((await this.attachments.list(hazardId)).map((a) => a.sha256));
    const reporter = (await this.attachments.reporters(hazardId)).includes(call.actorId);
    for (const file of prepared) if (!held.has(file.sha256)) await this.storeAndRecord(hazardId, file, reporter, call);
    return (await this.attachments.list(hazardId)).map(attachmentView);
  }

  private async prepare(files: Express.Multer.File[], unitId: string, storedBytes: number): Promise<PreparedEvidence[]> {
    const incoming = files.reduce((sum, f) => sum + f.size, 0);
    if (storedBytes + incoming > this.config.maxHazardBytes) {
      const reason = `the hazard's files would add up to ${mib(storedBytes + incoming)}; the limit is ${mib(this.config.maxHazardBytes)} per hazard`;
      throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, 'too-large', 'Too large', `files: ${reason}`, { errors: [{ field: 'files', reason, code: 'hazardFilesTooLarge', params: { limit: this.config.maxHazardBytes } }] });
    }
    const keepLocation = await this.attachments.unitKeepsLocation(unitId);
    const prepared: PreparedEvidence[] = [];
    for (const [i, f] of files.entries()) {
      try {
        prepared.push(await prepareEvidence(f.originalname, f.buffer, keepLocation));
      } catch (err) {
        if (!(err instanceof EvidenceRejected)) throw err;
        throw new InvalidInputException([{ field: `files[${i}]`, reason: `"${f.originalname}" ${err.message}; nothing was stored`, code: 'fileType', params: { name: f.originalname } }]);
      }
    }
    return prepared;
  }

  private async storeAndRecord(hazardId: string, file: PreparedEvidence, reporter: boolean, call: CallContext): Promise<string> {
    const id = randomUUID();
    const keys = [evidenceKey(hazardId, id), ...(file.thumbnail ? [evidenceKey(hazardId, id, true)] : [])];
    try {
      await this.store.put(keys[0]!, file.bytes, file.contentType);
      if (file.thumbnail) await this.store.put(keys[1]!, file.thumbnail, 'image/jpeg');
      await this.hazards.act(hazardId, { ...call, idempotencyKey: null }, attachEvidenceUpdate, {
        actorId: call.actorId,
        reporter,
        file: { attachmentId: id, fileName: file.fileName, contentType: file.contentType, size: file.bytes.length, sha256: file.sha256, thumbnail: !!file.thumbnail, locationStripped: file.locationStripped },
      });
      return id;
    } catch (err) {
      // Refused (or not recorded): no object may stay behind that no event names.
      await Promise.all(keys.map((k) => this.store.delete(k).catch(() => undefined)));
      throw err;
    }
  }
}
