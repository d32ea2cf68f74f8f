import type { ResponsibilityChain } from '../org/responsibility-chain.js';
import type { PinnedPolicy } from '../policies/policy.js';
import type { Severity } from '../shared/vocabulary.js';
import { remindersPassed } from './deadlines.js';
import type { DomainEvent, HazardEventPayloads, Notice, Outcome } from './events.js';
import { acknowledge, clone, closeHazard, deadlineFor, escalateTo, iso, leaderNotice, moveTo, openStage, reject, requestReview, requestView, requireHolder, requireOpen, SUPERVISION_LAPSES } from './rules.js';
import { type ApprovalRequest, type Clock, type EscalationNeed, type LifecycleState, type RectificationPlan, currentVerifiers, holder, nextRung } from './state.js';
import { applySupervisionCommand, type SupervisionCommand } from './supervision.js';

/** A stored file of evidence, as the API describes it after checking its content. */
export type EvidenceFile = HazardEventPayloads['evidence_attached'];

/**
 * Who may add evidence to a hazard: whoever reported or found it, and everyone it puts to work
 * (the chain, co-owners, verifiers, supervisors); the API says whether the actor is the reporter.
 */
export function mayAttachEvidence(state: LifecycleState, personId: string, reporter: boolean): boolean {
  const involved = [...(state.chain?.rungs.map((r) => r.person.id) ?? []), ...state.coOwners.map((c) => c.person.id), ...state.verifiers, ...state.supervisors];
  return reporter || involved.includes(personId);
}

/** The hazard's start and the actions people take on it: pure reducers from state and command to state and events. */

/**
 * `actsFor`: the person pinned on the chain whose post the actor now holds (a successor after a
 * change of post). The API establishes it from the org chart at the time of the action.
 */
export type LifecycleCommand = { actsFor?: string | null } & (
  | { type: 'acknowledge'; actorId: string; note?: string }
  | { type: 'submitPlan'; actorId: string; plan: RectificationPlan }
  | { type: 'requestExtension'; actorId: string; newDeadline: string; reason: string }
  | { type: 'requestEscalation'; actorId: string; reason: string; needs: EscalationNeed[]; mode: 'transfer' | 'co_own' }
  | { type: 'decide'; actorId: string; requestId: string; approve: boolean; comment: string }
  | { type: 'submitRectification'; actorId: string; summary: string; evidence: string[] }
  | { type: 'verify'; actorId: string; passed: boolean; comment: string }
  | { type: 'migratePolicy'; actorId: string; policy: PinnedPolicy; reason: string }
  | { type: 'attachEvidence'; actorId: string; reporter: boolean; file: EvidenceFile }
  | SupervisionCommand
);

// ---------------------------------------------------------------- start

export interface StartInput {
  hazardId: string;
  unitId: string;
  severity: Severity;
  chain: ResponsibilityChain;
  verifiers: string[];
  supervisors: string[];
  policy: PinnedPolicy;
}

/** The state once the chain is known: assigned to the first rung of the ladder, or unassigned. */
export function startLifecycle(input: StartInput, clock: Clock): Outcome {
  const state: LifecycleState = {
    hazardId: input.hazardId,
    unitId: input.unitId,
    severity: input.severity,
    status: 'reported',
    chain: input.chain,
    currentRung: null,
    stage: null,
    coOwners: [],
    pendingRequest: null,
    requestCount: 0,
    plan: null,
    rectifierId: null,
    rectificationAttempts: 0,
    verificationFailures: 0,
    verifiers: input.verifiers,
    supervisors: input.supervisors,
    supervised: false,
    reviewRequested: false,
    policy: input.policy,
    holders: [],
    missedDeadlines: [],
  };
  const first = input.chain.rungs.findIndex((r) => input.policy.document.ladder.includes(r.level));
  if (first < 0) {
    state.status = 'unassigned';
    return {
      state,
      events: [{ type: 'assignment_failed', actorId: null, payload: { chain: input.chain, reason: 'nobody holds a post on the responsibility chain' }, notify: [] }],
    };
  }
  moveTo(state, first, clock);
  state.status = 'assigned';
  state.stage = openStage('acknowledge', deadlineFor(state, 'acknowledge', clock), clock);
  const to = input.chain.rungs[first]!;
  const notify: Notice[] = [{ recipientId: to.person.id, kind: 'assigned' }];
  // 重大隐患 must be reported to the superior unit.
  const superior = input.chain.rungs.find((r) => r.level === 'superior_unit');
  if (input.severity === 'major' && superior && superior.person.id !== to.person.id) notify.push({ recipientId: superior.person.id, kind: 'major_hazard_reported' });
  return {
    state,
    events: [{ type: 'assigned', actorId: null, payload: { chain: input.chain, to, deadline: iso(state.stage.deadline!) }, notify }],
  };
}

/** Applies an action; throws LifecycleRejection (and changes nothing) when it is not allowed now. */
export function applyCommand(current: LifecycleState, cmd: LifecycleCommand, clock: Clock): Outcome {
  const state = clone(current);
  const events: DomainEvent[] = [];
  const h = holder(state);
  // Rights belong to the post: a successor acts for the person pinned on the chain.
  const who = cmd.actsFor ?? cmd.actorId;
  switch (cmd.type) {
    case 'acknowledge': {
      requireOpen(state);
      if (state.stage?.action !== 'acknowledge') reject('wrong_state', `the hazard is ${state.status}; it was already acknowledged`);
      requireHolder(state, who, 'acknowledge it');
      acknowledge(state, cmd.actorId, cmd.note ?? null, events, clock);
      break;
    }
    case 'submitPlan': {
      requireOpen(state);
      const allowed = state.stage?.action === 'plan' || (state.severity === 'general' && state.stage?.action === 'rectify' && state.plan === null && state.status === 'acknowledged');
      if (!allowed) reject('wrong_state', `a plan is not expected while the hazard is ${state.status}${state.stage ? ` (waiting for ${state.stage.action})` : ''}`);
      requireHolder(state, who, 'submit its plan');
      const deadline = Date.parse(cmd.plan.deadline);
      if (Number.isNaN(deadline)) reject('invalid_input', 'plan.deadline must be an ISO-8601 date-time');
      if (deadline <= clock.now) reject('invalid_input', 'plan.deadline must be in the future');
      const latest = deadlineFor(state, 'rectify', clock);
      if (deadline > latest) reject('invalid_input', `plan.deadline may be at most ${iso(latest)} under the policy; request an extension for more time`);
      if (state.severity === 'major') {
        for (const key of ['responsiblePersonId', 'measures', 'funds', 'contingencyPlan'] as const) {
          if (!cmd.plan[key]?.trim()) reject('invalid_input', `plan.${key} is required: a major hazard's plan names all five in place (五落实)`);
        }
      }
      state.plan = { ...cmd.plan, deadline: iso(deadline) };
      state.status = 'planned';
      state.stage = openStage('rectify', deadline, clock);
      events.push({ type: 'plan_submitted', actorId: cmd.actorId, payload: { plan: state.plan }, notify: leaderNotice(state, 'plan_submitted') });
      break;
    }
    case 'submitRectification': {
      requireOpen(state);
      const onTheSpot = state.severity === 'general' && state.stage?.action === 'acknowledge';
      if (state.stage?.action !== 'rectify' && !onTheSpot) {
        reject('wrong_state', state.severity === 'major' && state.stage?.action !== 'verify' ? 'a major hazard needs an accepted plan before rectification' : `the hazard is ${state.status}; no rectification is expected now`);
      }
      requireHolder(state, who, 'submit its rectification');
      if (cmd.evidence.length === 0) reject('invalid_input', 'evidence must list at least one photo, file or record');
      // 能马上解决的马上解决: a general hazard fixed on the spot is acknowledged by the same act.
      if (onTheSpot) acknowledge(state, cmd.actorId, 'fixed on the spot', events, clock);
      state.rectifierId = cmd.actorId;
      state.rectificationAttempts++;
      state.status = 'rectified';
      state.stage = openStage('verify', deadlineFor(state, 'verify', clock), clock);
      events.push({
        type: 'rectification_submitted',
        actorId: cmd.actorId,
        payload: { summary: cmd.summary, evidence: cmd.evidence, attempt: state.rectificationAttempts },
        notify: currentVerifiers(state).filter((v) => v !== cmd.actorId).map((v) => ({ recipientId: v, kind: 'verification_due' })),
      });
      break;
    }
    case 'verify': {
      if (state.status === 'closed') reject('wrong_state', 'the hazard is closed');
      if (state.stage?.action !== 'verify') reject('wrong_state', `the hazard is ${state.status}; there is no rectification to verify`);
      if (cmd.actorId === state.rectifierId) reject('not_allowed', 'the person who rectified a hazard may not verify it (separation of duties)');
      const verifiers = currentVerifiers(state);
      if (!verifiers.includes(who)) reject('not_allowed', `only the designated verifiers may verify: ${verifiers.join(', ') || 'none are appointed'}`);
      if (cmd.passed) {
        events.push({ type: 'verification_passed', actorId: cmd.actorId, payload: { comment: cmd.comment, attempt: state.rectificationAttempts }, notify: [] });
        // 摘牌: a passed verification by the supervising person lifts the supervision.
        if (state.supervision?.terms) events.push({ type: 'supervision_lifted', actorId: cmd.actorId, payload: { supervisorId: cmd.actorId }, notify: state.supervisors.map((recipientId) => ({ recipientId, kind: 'supervision_lifted' })) });
        closeHazard(state, cmd.actorId, events, clock);
        // Lifted after terms set late or reports missed: those lapses are weighed too.
        if (state.supervisionReviews && state.missedDeadlines.some((m) => m.action === 'supervision_terms' || m.action === 'supervision_report')) requestReview(state, SUPERVISION_LAPSES, events);
      } else {
        state.verificationFailures++;
        state.status = 'rework';
        state.stage = openStage('rectify', deadlineFor(state, 'rectify', clock), clock);
        events.push({
          type: 'verification_failed',
          actorId: cmd.actorId,
          payload: { comment: cmd.comment, failures: state.verificationFailures, newDeadline: iso(state.stage.deadline!) },
          notify: h ? [{ recipientId: h.person.id, kind: 'verification_failed' }] : [],
        });
        if (state.verificationFailures > state.policy.document.maxVerificationFailures) {
          requestReview(state, 'verification_failed_too_often', events);
        }
      }
      break;
    }
    case 'requestExtension':
    case 'requestEscalation': {
      requireOpen(state);
      if (state.stage?.action === 'verify') reject('wrong_state', 'the hazard is waiting for verification');
      if (state.pendingRequest) reject('wrong_state', `request ${state.pendingRequest.id} is still waiting for ${state.pendingRequest.deciderId}'s decision`);
      requireHolder(state, who, cmd.type === 'requestExtension' ? 'request an extension' : 'request escalation');
      const deciderRung = nextRung(state, state.currentRung!);
      if (deciderRung === null) reject('wrong_state', 'there is no leader above the current holder to decide the request');
      const decider = state.chain!.rungs[deciderRung!]!;
      state.requestCount++;
      const request: ApprovalRequest = {
        id: `${state.hazardId}-r${state.requestCount}`,
        kind: cmd.type === 'requestExtension' ? 'extension' : 'escalation',
        requestedBy: who,
        requestedAt: clock.now,
        reason: cmd.reason,
        deciderRung: deciderRung!,
        deciderId: decider.person.id,
        deadline: deadlineFor(state, 'decision', clock),
        lapsedBy: [],
      };
      if (cmd.type === 'requestExtension') {
        if (state.stage?.action === 'acknowledge') reject('wrong_state', 'acknowledging needs no extension; acknowledge the hazard first');
        const newDeadline = Date.parse(cmd.newDeadline);
        if (Number.isNaN(newDeadline)) reject('invalid_input', 'newDeadline must be an ISO-8601 date-time');
        if (state.stage?.deadline !== null && state.stage?.deadline !== undefined && newDeadline <= state.stage.deadline) {
          reject('invalid_input', `newDeadline must be later than the current deadline ${iso(state.stage.deadline)}`);
        }
        if (newDeadline <= clock.now) reject('invalid_input', 'newDeadline must be in the future');
        request.newDeadline = newDeadline;
      } else {
        if (cmd.needs.length === 0) reject('invalid_input', 'needs must name what the leader should provide');
        request.needs = cmd.needs;
        request.mode = cmd.mode;
      }
      state.pendingRequest = request;
      events.push({ type: 'request_submitted', actorId: cmd.actorId, payload: { request: requestView(request) }, notify: [{ recipientId: decider.person.id, kind: 'decision_due' }] });
      break;
    }
    case 'decide': {
      const request = state.pendingRequest;
      if (!request || request.id !== cmd.requestId) reject('wrong_state', `request ${cmd.requestId} is not waiting for a decision`);
      if (request!.deciderId !== who) reject('not_allowed', `only ${request!.deciderId}, the leader on the next rung, may decide request ${request!.id}`);
      state.pendingRequest = null;
      const view = requestView(request!);
      const told: Notice[] = [{ recipientId: request!.requestedBy, kind: 'request_decided' }];
      events.push(
        cmd.approve
          ? { type: 'request_approved', actorId: cmd.actorId, payload: { request: view, approved: true, comment: cmd.comment }, notify: told }
          : { type: 'request_rejected', actorId: cmd.actorId, payload: { request: view, approved: false, comment: cmd.comment }, notify: told },
      );
      if (cmd.approve && request!.kind === 'extension' && state.stage) {
        const from = state.stage.deadline;
        state.stage.deadline = request!.newDeadline!;
        state.stage.reminded = remindersPassed(state.stage, state.policy.document.reminders, clock.now);
        events.push({ type: 'deadline_extended', actorId: cmd.actorId, payload: { action: state.stage.action, from: from === null ? null : iso(from), to: iso(state.stage.deadline) }, notify: [] });
      }
      if (cmd.approve && request!.kind === 'escalation') {
        const leader = state.chain!.rungs[request!.deciderRung]!;
        if (request!.mode === 'transfer') {
          escalateTo(state, request!.deciderRung, 'request_approved', cmd.actorId, events, clock);
        } else {
          const deadline = deadlineFor(state, 'escalationStep', clock);
          state.coOwners = [...state.coOwners.filter((c) => c.person.id !== leader.person.id), { person: leader.person, deadline, missed: false }];
          events.push({ type: 'co_owner_added', actorId: cmd.actorId, payload: { coOwner: leader.person, deadline: iso(deadline), needs: request!.needs }, notify: [] });
        }
      }
      break;
    }
    case 'listForSupervision':
    case 'setSupervisionTerms':
    case 'reportProgress':
      applySupervisionCommand(state, cmd, events, clock);
      break;
    case 'attachEvidence': {
      if (state.status === 'closed') reject('wrong_state', 'the hazard is closed; its evidence is final');
      if (!mayAttachEvidence(state, who, cmd.reporter)) reject('not_allowed', 'only the reporter and the people the hazard involves may add evidence to it');
      events.push({ type: 'evidence_attached', actorId: cmd.actorId, payload: { ...cmd.file }, notify: [] });
      break;
    }
    case 'migratePolicy': {
      if (state.status === 'closed') reject('wrong_state', 'the hazard is closed');
      if (!state.supervisors.includes(cmd.actorId)) reject('not_allowed', `only the unit's principal or the superior unit's principal may change a hazard's policy`);
      if (cmd.policy.name === state.policy.name && cmd.policy.version <= state.policy.version) {
        reject('wrong_state', `the hazard already follows ${state.policy.name} v${state.policy.version}; only a newer version can be adopted`);
      }
      const from = { name: state.policy.name, version: state.policy.version };
      state.policy = cmd.policy;
      events.push({ type: 'policy_migrated', actorId: cmd.actorId, payload: { from, to: { name: cmd.policy.name, version: cmd.policy.version }, reason: cmd.reason }, notify: [] });
      break;
    }
  }
  if (cmd.actsFor && cmd.actsFor !== cmd.actorId) {
    for (const e of events) e.payload = { ...e.payload, actsFor: cmd.actsFor };
  }
  return { state, events };
}
