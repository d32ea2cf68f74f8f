import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { disciplineOf, signingWorkflowId, type SigningInput } from '#domain';
import { TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE } from '#temporal';
import { signLetterUpdate } from '../../../../workflows/letters/letter-signing.messages.js';
import type { CallContext } from '../common/call.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { conflict, executeWorkflowUpdate, forbidden, startWorkflow } from '../common/workflow-calls.js';
import { requireAmong, OrgAccessService } from '../org/org-access.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { ListLettersQuery, StartSigningDto } from './dto/letters.dto.js';


@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly access: OrgAccessService,
    private readonly policies: PoliciesService,
  ) {}

  /** The unit's principal sends the year's letters of the unit and the units below it to be signed. */
  async startSigning(dto: StartSigningDto, call: CallContext, now = new Date()) {
    const [unit] = await this.ds.query(`SELECT id FROM units WHERE id = $1`, [dto.unitId]);
    if (!unit) throw new InvalidInputException([{ field: 'unitId', reason: `unit "${dto.unitId}" does not exist` }]);
    if (Date.parse(dto.deadline) <= now.getTime()) throw new InvalidInputException([{ field: 'deadline', reason: 'must be in the future' }]);
    if (!(await this.access.holdsKind(call.actorId, dto.unitId, ['principal']))) throw forbidden(`Only the principal of ${dto.unitId} may send its responsibility letters to be signed`);
    const [running] = await this.ds.query(`SELECT id FROM letter_signings WHERE unit_id = $1 AND year = $2`, [dto.unitId, dto.year]);
    if (running) throw conflict(`The ${dto.year} letters of ${dto.unitId} were already sent to be signed (signing ${running.id})`);
    const policy = await this.policies.get(dto.policyName ?? 'default').catch(() => {
      throw new InvalidInputException([{ field: 'policyName', reason: `policy "${dto.policyName}" does not exist` }]);
    });
    const signingId = randomUUID();
    const input: SigningInput = {
      signingId, unitId: dto.unitId, year: dto.year, startedAt: now.toISOString(), deadline: new Date(dto.deadline).toISOString(),
      letters: disciplineOf(policy.document).letters, createdBy: call.actorId,
    };
    await this.ds.transaction(async (m) => {
      await m.query(`INSERT INTO letter_signings (id, unit_id, year, deadline, created_by, created_at, workflow_id) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [
        signingId, dto.unitId, dto.year, input.deadline, call.actorId, input.startedAt, signingWorkflowId(signingId),
      ]);
      await startWorkflow(this.temporal, this.taskQueue, 'letterSigningWorkflow', signingWorkflowId(signingId), input);
    });
    return { id: signingId, unitId: dto.unitId, year: dto.year, deadline: input.deadline, status: 'running' };
  }

  async list(q: ListLettersQuery, personId: string) {
    const units = await this.access.visibleUnitIds(personId);
    if (q.unitId) requireAmong(units, q.unitId, 'see responsibility letters');
    const items = await this.ds.query(
      `SELECT l.id, l.signing_id AS "signingId", l.year, l.unit_id AS "unitId", l.level, l.signer_id AS "signerId", l.counterparty_id AS "counterpartyId",
              l.categories, l.period_start AS "periodStart", l.period_end AS "periodEnd", l.deadline, l.status, l.signed_at AS "signedAt"
         FROM responsibility_letters l
        WHERE (l.unit_id = ANY($1) OR l.signer_id = $2) AND ($3::text IS NULL OR l.unit_id = $3) AND ($4::int IS NULL OR l.year = $4)
        ORDER BY l.unit_id, array_position(ARRAY['principal','deputy','department_head'], l.level), l.signer_id LIMIT 1000`,
      [units, personId, q.unitId ?? null, q.year ?? null],
    );
    return { items };
  }

  async sign(letterId: string, call: CallContext) {
    const [letter] = await this.ds.query(`SELECT l.id, l.signer_id, s.workflow_id FROM responsibility_letters l JOIN letter_signings s ON s.id = l.signing_id WHERE l.id = $1`, [letterId]);
    if (!letter) throw new NotFoundException(`Responsibility letter ${letterId} does not exist`);
    if (letter.signer_id !== call.actorId) throw forbidden(`Only ${letter.signer_id}, whom the letter names, may sign it`);
    const state = await executeWorkflowUpdate(this.temporal, letter.workflow_id, signLetterUpdate, { actorId: call.actorId, letterId, correlationId: call.correlationId }, call, `Letter ${letterId}`,
      `The signing of letter ${letterId} has closed; an unsigned letter stays marked unsigned`);
    return state.letters.find((l) => l.id === letterId);
  }
}
