import { Injectable } from '@nestjs/common';
import { availableActions, chinaIsWorkday, PAGE_ACTIONS, type HazardWorkflowState, type PageAction } from '#domain';
import { AttachmentRepository, OrgRepository, type HazardEntity } from '#persistence';
import type { ActionInput } from '../../../../workflows/hazards/hazard.messages.js';
import { HazardsService } from './hazards.service.js';

type Detail = Awaited<ReturnType<HazardsService['detail']>>;

/**
 * A hazard as its page shows it to one person: the detail, the names of everyone and every unit
 * it mentions (a page shows names, not ids), and what this person may do now, with the policy's
 * defaults for the forms. The rules answer "may I" themselves (availableActions tries each action).
 */
@Injectable()
export class HazardPageService {
  constructor(
    private readonly hazards: HazardsService,
    private readonly org: OrgRepository,
    private readonly attachments: AttachmentRepository,
  ) {}

  async detail(id: string, personId: string) {
    const hazard = await this.hazards.visibleHazard(id, personId);
    const detail = await this.hazards.detail(hazard);
    const live = detail.live as HazardWorkflowState | null;
    const [names, you] = await Promise.all([this.names(detail, live), this.you(hazard, personId, live)]);
    return { ...detail, names, you };
  }

  private async you(hazard: HazardEntity, personId: string, live: HazardWorkflowState | null) {
    if (!live) return { actions: [], planDeadline: null, currentDeadline: null };
    const actsFor: Partial<Record<PageAction, string | null>> = {};
    for (const action of PAGE_ACTIONS) {
      // Someone who has left the post that put them on the chain may do nothing the post did.
      actsFor[action] = await this.hazards.succession(hazard, action, { actorId: personId } as ActionInput).then(
        (arg) => arg.actsFor ?? null,
        () => '',
      );
    }
    const reporter = (await this.attachments.reporters(hazard.id)).includes(personId);
    const open = availableActions(live, personId, { reporter, actsFor }, { now: Date.now(), isWorkday: chinaIsWorkday });
    return { ...open, actions: open.actions.filter((a) => actsFor[a] !== '') };
  }

  private async names(d: Detail, live: HazardWorkflowState | null) {
    const people = new Set<string>([d.discoveredBy, ...(d.responsiblePerson ? [d.responsiblePerson.id] : [])]);
    const units = new Set<string>([d.unitId]);
    for (const r of d.chain?.rungs ?? []) {
      people.add(r.person.id);
      units.add(r.unitId);
    }
    for (const e of d.events) if (e.actorId) people.add(e.actorId);
    for (const r of d.requests) for (const p of [r.requestedBy, r.deciderId, r.decidedBy]) if (p) people.add(p);
    for (const p of [...(live?.verifiers ?? []), ...(live?.holders.map((h) => h.personId) ?? []), live?.plan?.responsiblePersonId]) if (p) people.add(p);
    const [personNames, unitRows] = await Promise.all([this.org.names([...people]), this.org.units([...units])]);
    return { people: Object.fromEntries(personNames), units: Object.fromEntries(unitRows.map((u) => [u.id, u.name])) };
  }
}
