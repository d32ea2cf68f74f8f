import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { disciplineOf, signingWorkflowId, type SigningInput } from '#domain';
import { LetterRepository, OrgRepository, UniqueViolation } from '#persistence';
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
    private readonly letters: LetterRepository,
    private readonly org: OrgRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(TEMPORAL_TASK_QUEUE) private readonly taskQueue: string,
    private readonly access: OrgAccessService,
    private readonly policies: PoliciesService,
  ) {}

  /** The unit's principal sends the year's letters of the unit and the units below it to be signed. */
  async startSigning(dto: StartSigningDto, call: CallContext, now = new Date()) {
    if (!(await this.org.unitExists(dto.unitId))) throw new InvalidInputException([{ field: 'unitId', reason: `unit "${dto.unitId}" does not exist` }]);
    if (Date.parse(dto.deadline) <= now.getTime()) throw new InvalidInputException([{ field: 'deadline', reason: 'must be in the future' }]);
    if (!(await this.access.holdsKind(call.actorId, dto.unitId, ['principal']))) throw forbidden(`Only the principal of ${dto.unitId} may send its responsibility letters to be signed`);
    const running = await this.letters.signingOf(dto.unitId, dto.year);
    if (running) throw conflict(`The ${dto.year} letters of ${dto.unitId} were already sent to be signed (signing ${running})`);
    const policy = await this.policies.get(dto.policyName ?? 'default').catch(() => {
      throw new InvalidInputException([{ field: 'policyName', reason: `policy "${dto.policyName}" does not exist` }]);
    });
    const signingId = randomUUID();
    const input: SigningInput = {
      signingId, unitId: dto.unitId, year: dto.year, startedAt: now.toISOString(), deadline: new Date(dto.deadline).toISOString(),
      letters: disciplineOf(policy.document).letters, createdBy: call.actorId,
    };
    await this.letters
      .startSigning(
        { id: signingId, unitId: dto.unitId, year: dto.year, deadline: input.deadline, createdBy: call.actorId, createdAt: input.startedAt, workflowId: signingWorkflowId(signingId) },
        () => startWorkflow(this.temporal, this.taskQueue, 'letterSigningWorkflow', signingWorkflowId(signingId), input),
      )
      .catch(async (err: unknown) => {
        // Two requests at once: the one that stored its round first wins; the other is told as a later one would be.
        if (!(err instanceof UniqueViolation)) throw err;
        throw conflict(`The ${dto.year} letters of ${dto.unitId} were already sent to be signed (signing ${await this.letters.signingOf(dto.unitId, dto.year)})`);
      });
    return { id: signingId, unitId: dto.unitId, year: dto.year, deadline: input.deadline, status: 'running' };
  }

  async list(q: ListLettersQuery, personId: string) {
    const units = await this.access.visibleUnitIds(personId);
    if (q.unitId) requireAmong(units, q.unitId, 'see responsibility letters');
    const items = await this.letters.list({ units, personId, unitId: q.unitId, year: q.year });
    // A person reads names: of the signer, the leader who signs with them, and the unit.
    const people = await this.org.names([...new Set(items.flatMap((l) => [l.signerId, ...(l.counterpartyId ? [l.counterpartyId] : [])]))]);
    const unitNames = new Map((await this.org.units([...new Set(items.map((l) => l.unitId))])).map((u) => [u.id, u.name]));
    return {
      items: items.map((l) => ({ ...l, signerName: people.get(l.signerId) ?? null, counterpartyName: l.counterpartyId ? (people.get(l.counterpartyId) ?? null) : null, unitName: unitNames.get(l.unitId) ?? null })),
    };
  }

  async sign(letterId: string, call: CallContext) {
    const letter = await this.letters.forSigning(letterId);
    // Outside the person's units (and not theirs to sign) it answers exactly as a missing one.
    if (!letter || (letter.signerId !== call.actorId && !(await this.access.canSee(call.actorId, letter.unitId)))) throw new NotFoundException(`Responsibility letter ${letterId} does not exist`);
    if (letter.signerId !== call.actorId) throw forbidden(`Only ${letter.signerId}, whom the letter names, may sign it`);
    const state = await executeWorkflowUpdate(this.temporal, letter.workflowId, signLetterUpdate, { actorId: call.actorId, letterId, correlationId: call.correlationId }, call, `Letter ${letterId}`,
      `The signing of letter ${letterId} has closed; an unsigned letter stays marked unsigned`);
    return state.letters.find((l) => l.id === letterId);
  }
}
