import { allHandlersFinished, condition, patched, setHandler } from '@temporalio/workflow';
import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { reviewStream, sanctionEnd, SANCTIONS, type AccountabilityReviewInput, type PreparedReview, type ReviewAuthority, type ReviewState } from '#domain';
import { decideProposalUpdate, reviewStateQuery, submitStatementUpdate, type DecideProposalInput, type SubmitStatementInput } from './accountability-review.messages.js';
import { caseActivities as acts, CaseLog, waitUntil } from '../shared/case-log.js';
import { hearAppeals, registerAppeals, type AppealsContext } from './review-appeals.js';
import { registerFindings } from './review-findings.js';

/** v1: once every proposal is decided, the sanctioned may appeal (申诉) within the policy's window; runs started before close at once. */
export const REVIEW_APPEALS_PATCH = 'review-appeals-v1';
import { refuse } from '../hazards/hazard.messages.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * 责任倒查和追究: reconstructs who answered for what, proposes sanctions, hears statements within
 * a window, and waits for the reviewing authority's decision on each proposal; a lapsed decision
 * passes to the next authority up. Started by a hazard's workflow, an incident's, or by hand.
 */
export async function accountabilityReviewWorkflow(input: AccountabilityReviewInput): Promise<ReviewState> {
  const log = new CaseLog(reviewStream(input.reviewId));
  const appealsOn = patched(REVIEW_APPEALS_PATCH);
  const state: ReviewState = {
    reviewId: input.reviewId,
    status: 'preparing',
    proposals: [],
    statementsFrom: [],
    authority: null,
    lapsedAuthorities: [],
    statementsUntil: null,
    decisionDeadline: null,
  };
  let authorities: ReviewAuthority[] = [];
  let decisionMs = 0;
  let severity: 'general' | 'major' = 'general';
  let prepared: PreparedReview | null = null;

  setHandler(reviewStateQuery, () => state);
  const deciders = new Map<string, string>();
  const appeals: AppealsContext = { state, log, authorities: () => authorities, deciders, windowMs: 0, decisionMs: 0 };
  if (appealsOn) registerAppeals(appeals);
  // A new update: runs that never receive it replay as before.
  registerFindings({ state, log, rules: () => prepared?.rules, severity: () => severity, statementWindowMs: () => prepared?.statementWindowMs ?? 0 });

  /** The person's window to state their case: the review's, or their own when a later finding concerned them. */
  const statementsUntilFor = (personId: string) => state.lateStatementsUntil?.[personId] ?? state.statementsUntil;
  const statementsOpen = (personId?: string) => {
    const until = personId ? statementsUntilFor(personId) : state.statementsUntil;
    return until !== null && Date.now() < until;
  };
  function checkStatement(arg: SubmitStatementInput): void {
    if (state.status === 'preparing') refuse('wrong_state', 'the review is still being prepared');
    if (!state.proposals.some((p) => p.personId === arg.actorId)) refuse('not_allowed', 'only a person with a proposed sanction in this review may submit a statement');
    if (state.statementsFrom.includes(arg.actorId)) refuse('wrong_state', 'your statement is already recorded; it cannot be replaced');
    if (!statementsOpen(arg.actorId)) refuse('wrong_state', `the statement window closed at ${iso(statementsUntilFor(arg.actorId))}`);
    if (!arg.text?.trim()) refuse('invalid_input', 'text must not be empty');
  }
  function checkDecision(arg: DecideProposalInput): void {
    if (state.status === 'preparing') refuse('wrong_state', 'the review is still being prepared');
    const proposal = state.proposals.find((p) => p.id === arg.proposalId);
    if (!proposal) refuse('invalid_input', `proposalId: review ${state.reviewId} has no proposal ${arg.proposalId}`);
    if ((arg.actsFor ?? arg.actorId) !== state.authority?.personId) {
      const who = state.authority?.referral ? `who carries its referral to the ${state.authority.referral.body.replace(/_/g, ' ')} body` : `principal of ${state.authority?.unitId}`;
      refuse('not_allowed', `only the reviewing authority (${state.authority?.personId}, ${who}) may decide this review's proposals`);
    }
    if (proposal!.status !== 'proposed') refuse('wrong_state', `proposal ${arg.proposalId} was already decided (${proposal!.status})`);
    if (statementsOpen(proposal!.personId) && !state.statementsFrom.includes(proposal!.personId)) {
      refuse('wrong_state', `${proposal!.personId} may still submit a statement until ${iso(statementsUntilFor(proposal!.personId))}; decide after that`);
    }
    if (!arg.reason?.trim()) refuse('invalid_input', 'reason must not be empty');
    if (arg.outcome === 'change') {
      if (!arg.sanction || !(SANCTIONS as readonly string[]).includes(arg.sanction)) refuse('invalid_input', `sanction is required to change a proposal: one of ${SANCTIONS.join(', ')}`);
      if (arg.sanction === proposal!.proposedSanction) refuse('invalid_input', `sanction ${arg.sanction} is what was proposed; accept the proposal instead`);
    } else if (arg.sanction) refuse('invalid_input', `sanction is only given when the outcome is change`);
  }

  setHandler(
    submitStatementUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkStatement(arg);
        await log.record([{ type: 'statement_submitted', actorId: arg.actorId, payload: { text: arg.text.trim() }, notify: state.authority ? [{ recipientId: state.authority.personId, kind: 'review_statement' }] : [] }], arg.correlationId ?? null);
        state.statementsFrom.push(arg.actorId);
        return state;
      }),
    { validator: checkStatement },
  );

  setHandler(
    decideProposalUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkDecision(arg);
        const proposal = state.proposals.find((p) => p.id === arg.proposalId)!;
        const status = arg.outcome === 'accept' ? 'accepted' : arg.outcome === 'change' ? 'changed' : 'dismissed';
        const sanction = arg.outcome === 'accept' ? proposal.proposedSanction : arg.outcome === 'change' ? arg.sanction! : null;
        const now = Date.now();
        await log.record(
          [{
            type: 'proposal_decided',
            actorId: arg.actorId,
            payload: { proposalId: proposal.id, personId: proposal.personId, outcome: arg.outcome, status, proposed: proposal.proposedSanction, sanction, reason: arg.reason.trim(), startsAt: sanction ? iso(now) : null, endsAt: sanction ? iso(sanctionEnd(sanction, now)) : null, severity, ...(arg.actsFor ? { actsFor: arg.actsFor } : {}) },
            notify: [{ recipientId: proposal.personId, kind: 'review_decided' }],
          }],
          arg.correlationId ?? null,
        );
        proposal.status = status;
        proposal.decidedSanction = sanction;
        deciders.set(proposal.id, arg.actorId);
        return state;
      }),
    { validator: checkDecision },
  );

  await acts.openAccountabilityReview(input);
  try {
    prepared = await acts.prepareReview({ reviewId: input.reviewId });
  } catch (err) {
    // What no retry can fix (no one on the chain to review it) ends the review, saying why.
    const failure = err instanceof ActivityFailure ? err.cause : err;
    if (!(failure instanceof ApplicationFailure && failure.nonRetryable)) throw err;
    state.status = 'preparation_failed';
    await log.exclusive(() => log.record([{ type: 'review_closed', actorId: null, payload: { status: 'preparation_failed', reason: failure.message }, notify: [] }]));
    await condition(allHandlersFinished);
    return state;
  }
  authorities = prepared.authorities;
  decisionMs = prepared.decisionMs;
  appeals.windowMs = prepared.appealWindowMs ?? 0;
  appeals.decisionMs = prepared.appealDecisionMs ?? prepared.decisionMs;
  severity = prepared.severity;
  state.proposals = prepared.proposals.map((p) => ({ ...p, status: 'proposed', decidedSanction: null }));

  if (state.proposals.length === 0) {
    await log.exclusive(() => log.record([{ type: 'review_closed', actorId: null, payload: { status: 'no_sanctions', reason: 'no one is found to have failed their duty' }, notify: [] }]));
    state.status = 'no_sanctions';
    return state;
  }

  state.authority = authorities[0] ?? null;
  state.statementsUntil = Date.now() + prepared.statementWindowMs;
  state.decisionDeadline = state.statementsUntil + decisionMs;
  state.status = 'statements';
  await log.exclusive(() =>
    log.record([{
      type: 'review_opened',
      actorId: input.requestedBy ?? null,
      payload: { status: state.status, reason: input.reason, proposals: state.proposals, authority: state.authority, statementsUntil: iso(state.statementsUntil), decisionDeadline: iso(state.decisionDeadline) },
      notify: [
        ...state.proposals.map((p) => ({ recipientId: p.personId, kind: 'review_statement_invited' as const })),
        ...(state.authority ? [{ recipientId: state.authority.personId, kind: state.authority.referral ? ('review_referred' as const) : ('review_decision_due' as const) }] : []),
      ],
    }]),
  );

  const undecided = () => state.proposals.some((p) => p.status === 'proposed');
  while (undecided()) {
    if (state.status === 'statements' && !statementsOpen()) {
      state.status = 'deciding';
      await log.exclusive(() => log.record([{ type: 'decisions_open', actorId: null, payload: { status: state.status, authority: state.authority, statementsUntil: iso(state.statementsUntil), decisionDeadline: iso(state.decisionDeadline), statementsFrom: state.statementsFrom }, notify: [] }]));
      continue;
    }
    const next = state.status === 'statements' ? state.statementsUntil : state.decisionDeadline;
    const due = await waitUntil(log, next, () => !undecided());
    if (!due || !undecided() || state.status === 'statements') continue;
    await log.exclusive(async () => {
      if (!undecided()) return;
      // The authority let the decision lapse: it passes to the next one up, or stays overdue at the top.
      const lapsed = state.authority!;
      state.lapsedAuthorities.push(lapsed.personId);
      const index = authorities.findIndex((a) => a.personId === lapsed.personId);
      const up = authorities[index + 1] ?? null;
      if (up) state.authority = up;
      state.decisionDeadline = up ? Date.now() + decisionMs : null;
      await log.record([{
        type: 'review_decision_lapsed',
        actorId: null,
        payload: { status: state.status, lapsedBy: lapsed, authority: state.authority, escalatedTo: up, statementsUntil: iso(state.statementsUntil), decisionDeadline: iso(state.decisionDeadline) },
        notify: [{ recipientId: lapsed.personId, kind: 'review_decision_lapsed' as const }, ...(up ? [{ recipientId: up.personId, kind: 'review_decision_due' as const }] : [])],
      }]);
    });
  }
  state.decisionDeadline = null;
  if (appealsOn) await hearAppeals(appeals);
  state.status = 'decided';
  await log.exclusive(() => log.record([{ type: 'review_closed', actorId: null, payload: { status: 'decided', proposals: state.proposals }, notify: [] }]));
  await condition(allHandlersFinished);
  return state;
}
