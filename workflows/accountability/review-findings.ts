import { setHandler } from '@temporalio/workflow';
import { CONDUCTS, graver, reviewProposalId, sanctionFor, SANCTIONABLE, SANCTIONS, type ReviewState, type Sanction, type SanctionRule, type Severity } from '#domain';
import { refuse } from '../hazards/hazard.messages.js';
import type { CaseLog } from '../shared/case-log.js';
import { addFindingUpdate, type AddFindingInput } from './accountability-review.messages.js';

export interface FindingsContext {
  state: ReviewState;
  log: CaseLog;
  rules: () => readonly SanctionRule[] | undefined;
  severity: () => Severity;
  statementWindowMs: () => number;
}

/**
 * The reviewing authority adds findings (with evidence) while proposals are open: a sanctionable
 * finding adds its conduct to the person's open proposal (the graver sanction wins) or opens one,
 * and a person newly concerned, or whose proposal a finding made graver, gets their own window to
 * state their case before it is decided (unless they have already stated it).
 */
export function registerFindings(ctx: FindingsContext): void {
  const { state, log } = ctx;
  function sanctionOf(arg: AddFindingInput): Sanction | null {
    if (arg.sanction) return arg.sanction;
    const rules = ctx.rules();
    return rules ? sanctionFor(rules, arg.conduct, ctx.severity()) : null;
  }
  function check(arg: AddFindingInput): void {
    if (state.status !== 'statements' && state.status !== 'deciding') refuse('wrong_state', state.status === 'preparing' ? 'the review is still being prepared' : `findings are added while proposals are open; the review is ${state.status}`);
    if ((arg.actsFor ?? arg.actorId) !== state.authority?.personId) refuse('not_allowed', `only the reviewing authority (${state.authority?.personId}) may add findings to this review`);
    if (!(CONDUCTS as readonly string[]).includes(arg.conduct)) refuse('invalid_input', `conduct must be one of: ${CONDUCTS.join(', ')}`);
    if (arg.sanction && !(SANCTIONS as readonly string[]).includes(arg.sanction)) refuse('invalid_input', `sanction must be one of: ${SANCTIONS.join(', ')}`);
    if (arg.sanction && !SANCTIONABLE.includes(arg.conduct)) refuse('invalid_input', `conduct ${arg.conduct} carries no sanction`);
    if (!arg.detail?.trim()) refuse('invalid_input', 'detail must not be empty');
    if (!Array.isArray(arg.evidence) || arg.evidence.length === 0) refuse('invalid_input', 'evidence must name at least one item');
    if (arg.personId === state.authority?.personId) refuse('invalid_input', 'personId: the reviewing authority cannot be among those concerned');
    const proposal = state.proposals.find((p) => p.personId === arg.personId);
    if (proposal && proposal.status !== 'proposed') refuse('wrong_state', `the proposal for ${arg.personId} was already decided (${proposal.status}); it can only be appealed`);
    if (SANCTIONABLE.includes(arg.conduct) && !sanctionOf(arg)) refuse('invalid_input', `sanction: the policy's rules give no sanction for ${arg.conduct}; name one`);
  }

  setHandler(
    addFindingUpdate,
    (arg) =>
      log.exclusive(async () => {
        check(arg);
        const sanction = SANCTIONABLE.includes(arg.conduct) ? sanctionOf(arg) : null;
        let proposal = state.proposals.find((p) => p.personId === arg.personId) ?? null;
        let statementsUntil: number | null = null;
        let heard = false;
        if (sanction && proposal) {
          const before = `${proposal.conducts.join()}|${proposal.proposedSanction}`;
          proposal.conducts = proposal.conducts.includes(arg.conduct) ? proposal.conducts : [...proposal.conducts, arg.conduct];
          proposal.proposedSanction = graver(proposal.proposedSanction, sanction);
          // A person is heard on what is held against them: an aggravated proposal opens a window again.
          heard = before !== `${proposal.conducts.join()}|${proposal.proposedSanction}` && !state.statementsFrom.includes(arg.personId);
        } else if (sanction) {
          proposal = { id: reviewProposalId(state.reviewId, arg.personId), personId: arg.personId, conducts: [arg.conduct], proposedSanction: sanction, status: 'proposed', decidedSanction: null };
          state.proposals.push(proposal);
          heard = true;
        }
        if (heard) {
          statementsUntil = Math.max(Date.now() + ctx.statementWindowMs(), state.lateStatementsUntil?.[arg.personId] ?? state.statementsUntil ?? 0);
          state.lateStatementsUntil = { ...(state.lateStatementsUntil ?? {}), [arg.personId]: statementsUntil };
        }
        await log.record(
          [{
            type: 'finding_added',
            actorId: arg.actorId,
            payload: { ...(arg.actsFor ? { actsFor: arg.actsFor } : {}), personId: arg.personId, conduct: arg.conduct, detail: arg.detail.trim(), evidence: arg.evidence, proposal: sanction ? { ...proposal! } : null, statementsUntil: statementsUntil === null ? null : new Date(statementsUntil).toISOString() },
            notify: heard ? [{ recipientId: arg.personId, kind: 'review_statement_invited' }] : [],
          }],
          arg.correlationId ?? null,
        );
        return state;
      }),
    { validator: check },
  );
}
