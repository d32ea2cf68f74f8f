import { setHandler } from '@temporalio/workflow';
import { sanctionEnd, SANCTIONS, type ReviewAppeal, type ReviewAuthority, type ReviewState } from '#domain';
import { refuse } from '../hazards/hazard.messages.js';
import { CaseLog, waitUntil } from '../shared/case-log.js';
import { appealSanctionUpdate, APPEAL_OUTCOMES, decideAppealUpdate, type AppealSanctionInput, type DecideAppealInput } from './accountability-review.messages.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export interface AppealsContext {
  state: ReviewState;
  log: CaseLog;
  /** The authorities in order, and who decided each proposal. */
  authorities: () => ReviewAuthority[];
  deciders: Map<string, string>;
  windowMs: number;
  decisionMs: number;
}

/** The authority above the one who decided a proposal, or null when the decider was the last. */
function appellate(ctx: AppealsContext, proposalId: string): ReviewAuthority | null {
  const list = ctx.authorities();
  const at = list.findIndex((a) => a.personId === ctx.deciders.get(proposalId));
  return at >= 0 ? (list[at + 1] ?? null) : null;
}

/** Registers the appeal and appeal-decision updates (refused until the appeal window opens). */
export function registerAppeals(ctx: AppealsContext): void {
  const { state, log } = ctx;
  const appeals = () => (state.appeals ??= []);
  function checkAppeal(arg: AppealSanctionInput): void {
    if (state.status !== 'appeals' || state.appealsUntil == null || Date.now() >= state.appealsUntil) {
      refuse('wrong_state', state.appealsUntil ? `the window for appeals closed at ${iso(state.appealsUntil)}` : 'appeals open once every proposal is decided');
    }
    const proposal = state.proposals.find((p) => p.id === arg.proposalId);
    if (!proposal) refuse('invalid_input', `proposalId: review ${state.reviewId} has no proposal ${arg.proposalId}`);
    if (proposal!.personId !== arg.actorId) refuse('not_allowed', 'only the person sanctioned may appeal the sanction');
    if (!proposal!.decidedSanction) refuse('wrong_state', 'there is no sanction to appeal: the proposal was dismissed');
    if (appeals().some((a) => a.proposalId === arg.proposalId)) refuse('wrong_state', 'the sanction was already appealed; an appeal is heard once');
    if (!appellate(ctx, arg.proposalId)) refuse('not_allowed', `no authority above ${ctx.deciders.get(arg.proposalId)}, who decided it, can hear an appeal`);
    if (!arg.grounds?.trim()) refuse('invalid_input', 'grounds must not be empty');
  }
  function checkDecision(arg: DecideAppealInput): void {
    const appeal = appeals().find((a) => a.proposalId === arg.proposalId);
    if (!appeal) refuse('invalid_input', `proposalId: no appeal of proposal ${arg.proposalId} was filed`);
    if (arg.actorId !== appeal!.authority.personId) refuse('not_allowed', `only ${appeal!.authority.personId}, the authority above the one who decided, may decide this appeal`);
    if (appeal!.status !== 'pending') refuse('wrong_state', `the appeal was already ${appeal!.status}; its decision is final`);
    if (!(APPEAL_OUTCOMES as readonly string[]).includes(arg.outcome)) refuse('invalid_input', `outcome must be one of: ${APPEAL_OUTCOMES.join(', ')}`);
    if (!arg.reason?.trim()) refuse('invalid_input', 'reason must not be empty');
    if (arg.outcome === 'changed') {
      if (!arg.sanction || !(SANCTIONS as readonly string[]).includes(arg.sanction)) refuse('invalid_input', `sanction is required to change it: one of ${SANCTIONS.join(', ')}`);
      if (arg.sanction === appeal!.sanction) refuse('invalid_input', `sanction ${arg.sanction} is the one appealed; reject the appeal instead`);
    } else if (arg.sanction) refuse('invalid_input', 'sanction is only given when the outcome is changed');
  }

  setHandler(
    appealSanctionUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkAppeal(arg);
        const proposal = state.proposals.find((p) => p.id === arg.proposalId)!;
        const authority = appellate(ctx, arg.proposalId)!;
        const appeal: ReviewAppeal = { proposalId: proposal.id, personId: proposal.personId, grounds: arg.grounds.trim(), filedAt: Date.now(), authority, deadline: Date.now() + ctx.decisionMs, status: 'pending', sanction: proposal.decidedSanction };
        await log.record(
          [{ type: 'sanction_appealed', actorId: arg.actorId, payload: { proposalId: appeal.proposalId, personId: appeal.personId, grounds: appeal.grounds, authority, deadline: iso(appeal.deadline)! }, notify: [{ recipientId: authority.personId, kind: 'appeal_decision_due' }] }],
          arg.correlationId ?? null,
        );
        appeals().push(appeal);
        return state;
      }),
    { validator: checkAppeal },
  );

  setHandler(
    decideAppealUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkDecision(arg);
        const appeal = appeals().find((a) => a.proposalId === arg.proposalId)!;
        const sanction = arg.outcome === 'rejected' ? appeal.sanction : arg.outcome === 'changed' ? arg.sanction! : null;
        // A changed sanction's term is counted from the appeal's decision.
        const endsAt = arg.outcome === 'changed' ? sanctionEnd(arg.sanction!, Date.now()) : null;
        await log.record(
          [{
            type: 'appeal_decided',
            actorId: arg.actorId,
            payload: { proposalId: appeal.proposalId, personId: appeal.personId, outcome: arg.outcome, sanction, reason: arg.reason.trim(), endsAt: iso(endsAt) },
            notify: [{ recipientId: appeal.personId, kind: 'appeal_decided' }],
          }],
          arg.correlationId ?? null,
        );
        appeal.status = arg.outcome;
        appeal.sanction = sanction;
        const proposal = state.proposals.find((p) => p.id === appeal.proposalId)!;
        proposal.decidedSanction = sanction;
        return state;
      }),
    { validator: checkDecision },
  );
}

/**
 * Holds the review open for appeals: until the window closes and every appeal is decided or has
 * lapsed (the sanction then stands). Nothing to hear when no proposal ended in a sanction.
 */
export async function hearAppeals(ctx: AppealsContext): Promise<void> {
  const { state, log } = ctx;
  const sanctioned = state.proposals.filter((p) => p.decidedSanction);
  if (sanctioned.length === 0) return;
  state.appeals ??= [];
  state.appealsUntil = Date.now() + ctx.windowMs;
  state.status = 'appeals';
  await log.exclusive(() =>
    log.record([{
      type: 'appeals_open',
      actorId: null,
      payload: { status: 'appeals', appealsUntil: iso(state.appealsUntil!)!, proposalIds: sanctioned.map((p) => p.id) },
      notify: sanctioned.map((p) => ({ recipientId: p.personId, kind: 'review_appeal_window' })),
    }]),
  );
  const pending = () => state.appeals!.filter((a) => a.status === 'pending');
  for (;;) {
    const next = Math.min(state.appealsUntil!, ...pending().map((a) => a.deadline));
    if (Date.now() >= state.appealsUntil! && pending().length === 0) return;
    await waitUntil(log, next);
    await log.exclusive(async () => {
      for (const a of pending().filter((x) => Date.now() >= x.deadline)) {
        await log.record([{
          type: 'appeal_lapsed',
          actorId: null,
          payload: { proposalId: a.proposalId, personId: a.personId, authority: a.authority, sanction: a.sanction! },
          notify: [{ recipientId: a.personId, kind: 'appeal_lapsed' }, { recipientId: a.authority.personId, kind: 'appeal_lapsed' }],
        }]);
        a.status = 'lapsed';
      }
    });
  }
}
