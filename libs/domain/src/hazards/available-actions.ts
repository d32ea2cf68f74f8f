import { applyCommand, type LifecycleCommand } from './commands.js';
import { deadlineFor, iso } from './rules.js';
import type { Clock, LifecycleState } from './state.js';

/** The actions a person takes on a hazard from its page, by the API's path names. */
export const PAGE_ACTIONS = ['acknowledge', 'submitPlan', 'submitRectification', 'requestExtension', 'requestEscalation', 'decide', 'verify', 'attachEvidence'] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

const DAY = 86_400_000;

/**
 * A well-formed command of each kind for this person now: what the form would send if filled in
 * sensibly. Trying it against the rules (below) answers whether the person may take the action,
 * without a second copy of the rules.
 */
function sample(action: PageAction, state: LifecycleState, actorId: string, reporter: boolean, clock: Clock): LifecycleCommand | null {
  const text = '·';
  switch (action) {
    case 'acknowledge':
      return { type: 'acknowledge', actorId };
    case 'submitPlan':
      return { type: 'submitPlan', actorId, plan: { responsiblePersonId: actorId, measures: text, funds: text, deadline: iso(deadlineFor(state, 'rectify', clock)), contingencyPlan: text } };
    case 'submitRectification':
      return { type: 'submitRectification', actorId, summary: text, evidence: [text] };
    case 'requestExtension':
      return state.stage?.deadline ? { type: 'requestExtension', actorId, newDeadline: iso(state.stage.deadline + DAY), reason: text } : null;
    case 'requestEscalation':
      return { type: 'requestEscalation', actorId, reason: text, needs: ['funds'], mode: 'transfer' };
    case 'decide':
      return state.pendingRequest ? { type: 'decide', actorId, requestId: state.pendingRequest.id, approve: true, comment: text } : null;
    case 'verify':
      return { type: 'verify', actorId, passed: true, comment: text };
    case 'attachEvidence':
      return { type: 'attachEvidence', actorId, reporter, file: { attachmentId: '', fileName: text, contentType: 'image/jpeg', size: 1, sha256: '', thumbnail: false, locationStripped: true } };
  }
}

export interface AvailableActions {
  actions: PageAction[];
  /** The policy's rectification deadline from now: the plan form's default (and its latest). */
  planDeadline: string | null;
  /** The current deadline: an extension starts after it. */
  currentDeadline: string | null;
}

/**
 * What this person may do on the hazard now, asked of the rules themselves. `actsFor` gives, per
 * action, the person whose post the actor holds now (succession), as the API resolves it.
 */
export function availableActions(state: LifecycleState, actorId: string, o: { reporter: boolean; actsFor: Partial<Record<PageAction, string | null>> }, clock: Clock): AvailableActions {
  const actions = PAGE_ACTIONS.filter((action) => {
    const cmd = sample(action, state, actorId, o.reporter, clock);
    if (!cmd) return false;
    try {
      applyCommand(state, { ...cmd, actsFor: o.actsFor[action] ?? null }, clock);
      return true;
    } catch {
      return false;
    }
  });
  return {
    actions,
    planDeadline: actions.includes('submitPlan') ? iso(deadlineFor(state, 'rectify', clock)) : null,
    currentDeadline: state.stage?.deadline ? iso(state.stage.deadline) : null,
  };
}
