import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import type { HazardWorkflowState } from '#domain';
import { ActingRepository, OrgRepository, WorkRepository, type WorkHazard } from '#persistence';
import { TEMPORAL_CLIENT } from '#temporal';
import { hazardStateQuery } from '../../../../../workflows/hazards/hazard.messages.js';
import { queryWorkflow } from '../../common/workflow-calls.js';
import { OrgAccessService } from '../../org/org-access.service.js';
import type { WorkItemDto, WorkKind } from './work.response.js';

const STEP: Record<string, WorkKind> = { acknowledge: 'acknowledge', plan: 'plan', rectify: 'rectify' };

/** "My work": every hazard step waiting for a person (or for those they act for), overdue first. */
@Injectable()
export class WorkService {
  constructor(
    private readonly work: WorkRepository,
    private readonly acting: ActingRepository,
    private readonly org: OrgRepository,
    private readonly access: OrgAccessService,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  async list(personId: string): Promise<{ items: WorkItemDto[] }> {
    const actingFor = await this.acting.actingFor(personId);
    const whom = [personId, ...actingFor];
    const [held, decisions, toVerify] = await Promise.all([this.work.held(whom), this.work.pendingDecisions(whom), this.verifying(personId, whom)]);
    const names = new Map<string, string>();
    const items: Array<Omit<WorkItemDto, 'forWhom' | 'actingFor'> & { forWhomId: string | null; actingForId: string | null }> = [
      ...held.map((h) => ({ ...this.base(STEP[h.stageAction!]!, h, h.stageDeadline), forWhomId: nextUp(h), actingForId: null, request: null })),
      ...toVerify.map((h) => ({ ...this.base('verify', h, h.stageDeadline), forWhomId: h.rectifierId, actingForId: null, request: null })),
      ...decisions.map((r) => ({
        ...this.base('decide', r.hazard, r.deadline),
        forWhomId: r.requestedBy,
        actingForId: r.deciderId === personId ? null : r.deciderId,
        request: { id: r.requestId, kind: r.kind, details: r.details },
      })),
    ];
    for (const [id, name] of await this.org.names(items.flatMap((i) => [i.forWhomId, i.actingForId]).filter((x): x is string => !!x))) names.set(id, name);
    const named = (id: string | null) => (id && names.has(id) ? { id, name: names.get(id)! } : null);
    const sorted = items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (Date.parse(a.due ?? '9999') - Date.parse(b.due ?? '9999')));
    return { items: sorted.map(({ forWhomId, actingForId, ...i }) => ({ ...i, forWhom: named(forWhomId), actingFor: named(actingForId) })) };
  }

  private base(kind: WorkKind, h: WorkHazard, due: string | null) {
    return {
      kind,
      due,
      overdue: due !== null && Date.parse(due) < Date.now(),
      hazard: { id: h.id, title: h.title, unitId: h.unitId, unitName: h.unitName, category: h.category, severity: h.severity, status: h.status, stageDeadline: h.stageDeadline },
    };
  }

  /** Rectified hazards in the person's units whose workflow names them (or one they act for) a verifier. */
  private async verifying(personId: string, whom: string[]): Promise<WorkHazard[]> {
    const candidates = await this.work.toVerify(await this.access.visibleUnitIds(personId));
    const checked = await Promise.all(
      candidates.map(async (h) => {
        // A workflow that cannot answer now (no worker polling, Temporal away) leaves its hazard out of the list rather than failing it.
        const { live } = await queryWorkflow(this.temporal, h.workflowId, hazardStateQuery, { when: /still being assigned/, say: '' }).catch(() => ({ live: null }));
        const state = live as HazardWorkflowState | null;
        return state && state.verifiers.some((v) => whom.includes(v) && v !== state.rectifierId) && !whom.includes(state.rectifierId ?? '') ? [h] : [];
      }),
    );
    return checked.flat();
  }
}

/** The leader the hazard goes up to if the holder's step lapses. */
const nextUp = (h: WorkHazard): string | null => (h.chain && h.currentRung !== null ? (h.chain.rungs[h.currentRung + 1]?.person.id ?? null) : null);
