import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import { CHECK_IN_OPENS_BEFORE_MS, noticesTo, parseDuration, shiftStream, type ShiftInput, type ShiftState } from '#domain';
import { caseActivities as acts, CaseLog, waitUntil } from '../shared/case-log.js';
import { refuse } from '../hazards/hazard.messages.js';
import {
  answerSwapUpdate, assignLeaderSignal, checkInUpdate, decideSwapUpdate, handoverUpdate, requestSwapUpdate, shiftStateQuery,
  type AnswerSwapInput, type AssignLeaderInput, type CheckInInput, type DecideSwapInput, type HandoverInput, type RequestSwapInput,
} from './duty-shift.messages.js';

/**
 * One duty shift (值班): the person on duty checks in; a check-in missing after the grace goes to
 * the safety officers, and after one more step to the principal and the leader in charge; after
 * the shift the handover log (交接班记录) is due within its grace, or its absence is recorded.
 * Before it starts, the person on duty may hand it to another (换班), who accepts, and the safety
 * officer approves; a red warning may put a leader in charge of it (领导带班).
 */
export async function dutyShiftWorkflow(input: ShiftInput): Promise<ShiftState> {
  const log = new CaseLog(shiftStream(input.shiftId));
  const starts = Date.parse(input.startsAt);
  const ends = Date.parse(input.endsAt);
  const missedAt = starts + parseDuration(input.roster.checkInGrace);
  const escalateAt = missedAt + parseDuration(input.roster.escalationStep);
  const handoverDue = ends + parseDuration(input.roster.handoverGrace);
  const state: ShiftState = { shiftId: input.shiftId, status: 'scheduled', checkedInAt: null, lateByMs: null, handedOverAt: null, personId: input.personId, leaderId: input.leaderId, swap: null };
  const onDutyNow = () => state.personId ?? input.personId;
  let contacts: { principalId: string | null; officers: string[] } | null = null;
  setHandler(shiftStateQuery, () => state);

  const onDuty = (actorId: string) => {
    if (actorId !== onDutyNow()) refuse('not_allowed', `only ${onDutyNow()}, who is on duty, may check in, hand over or swap this shift`);
  };
  const notStarted = () => {
    if (Date.now() >= starts) refuse('wrong_state', `the shift started at ${input.startsAt}; it can no longer be swapped`);
  };
  function checkRequestSwap(arg: RequestSwapInput): void {
    onDuty(arg.actorId);
    notStarted();
    if (state.swap) refuse('wrong_state', `a swap to ${state.swap.toPersonId} is already under way`);
    if (arg.toPersonId === onDutyNow()) refuse('invalid_input', 'toPersonId: is already on duty for this shift');
  }
  function checkAnswerSwap(arg: AnswerSwapInput): void {
    notStarted();
    if (!state.swap || state.swap.status !== 'requested') refuse('wrong_state', 'no swap is waiting for an answer');
    if (arg.actorId !== state.swap!.toPersonId) refuse('not_allowed', `only ${state.swap!.toPersonId}, who was asked, may answer`);
  }
  function checkDecideSwap(_arg: DecideSwapInput): void {
    notStarted();
    if (!state.swap || state.swap.status !== 'accepted') refuse('wrong_state', 'no accepted swap is waiting for approval');
  }
  const swapPayload = () => ({ fromPersonId: onDutyNow(), toPersonId: state.swap!.toPersonId, startsAt: input.startsAt });
  setHandler(
    requestSwapUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkRequestSwap(arg);
        await log.record([{ type: 'shift_swap_requested', actorId: arg.actorId, payload: { fromPersonId: onDutyNow(), toPersonId: arg.toPersonId, note: arg.note, startsAt: input.startsAt }, notify: [{ recipientId: arg.toPersonId, kind: 'shift_swap_requested' }] }], arg.correlationId ?? null);
        state.swap = { toPersonId: arg.toPersonId, status: 'requested' };
        return state;
      }),
    { validator: checkRequestSwap },
  );
  setHandler(
    answerSwapUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkAnswerSwap(arg);
        await condition(() => contacts !== null);
        const notify = arg.accept ? contacts!.officers.map((o) => ({ recipientId: o, kind: 'shift_swap_accepted' as const })) : [{ recipientId: onDutyNow(), kind: 'shift_swap_decided' as const }];
        await log.record([{ type: 'shift_swap_answered', actorId: arg.actorId, payload: { ...swapPayload(), accepted: arg.accept, note: arg.note }, notify }], arg.correlationId ?? null);
        state.swap = arg.accept ? { toPersonId: state.swap!.toPersonId, status: 'accepted' } : null;
        return state;
      }),
    { validator: checkAnswerSwap },
  );
  setHandler(
    decideSwapUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkDecideSwap(arg);
        const payload = { ...swapPayload(), approved: arg.approve, note: arg.note };
        await log.record([{ type: 'shift_swap_decided', actorId: arg.actorId, payload, notify: [payload.fromPersonId, payload.toPersonId].map((recipientId) => ({ recipientId, kind: 'shift_swap_decided' as const })) }], arg.correlationId ?? null);
        if (arg.approve) state.personId = payload.toPersonId;
        state.swap = null;
        return state;
      }),
    { validator: checkDecideSwap },
  );
  setHandler(assignLeaderSignal, (arg: AssignLeaderInput) =>
    log.exclusive(async () => {
      // A leader already in charge stays; a shift over needs none.
      if (state.leaderId || Date.now() >= ends) return;
      await log.record([{ type: 'shift_leader_assigned', actorId: null, payload: { leaderId: arg.leaderId, warningId: arg.warningId }, notify: [] }]);
      state.leaderId = arg.leaderId;
    }),
  );
  function checkCheckIn(arg: CheckInInput): void {
    onDuty(arg.actorId);
    if (state.checkedInAt) refuse('wrong_state', 'already checked in');
    if (Date.now() < starts - CHECK_IN_OPENS_BEFORE_MS) refuse('wrong_state', `check-in opens 30 minutes before the shift starts at ${input.startsAt}`);
    if (Date.now() >= ends) refuse('wrong_state', `the shift ended at ${input.endsAt}`);
  }
  function checkHandover(arg: HandoverInput): void {
    onDuty(arg.actorId);
    if (!state.checkedInAt) refuse('wrong_state', 'check in before handing over');
    if (state.handedOverAt) refuse('wrong_state', 'already handed over');
    if (Date.now() >= handoverDue) refuse('wrong_state', `the handover log was due by ${new Date(handoverDue).toISOString()}; its absence is on record`);
  }
  setHandler(
    checkInUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkCheckIn(arg);
        const lateByMs = Math.max(0, Date.now() - starts);
        await log.record([{ type: 'shift_checked_in', actorId: arg.actorId, payload: { late: lateByMs > 0, lateByMs }, notify: [] }], arg.correlationId ?? null);
        state.status = 'checked_in';
        state.checkedInAt = new Date().toISOString();
        state.lateByMs = lateByMs;
        return state;
      }),
    { validator: checkCheckIn },
  );
  setHandler(
    handoverUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkHandover(arg);
        await log.record([{ type: 'shift_handed_over', actorId: arg.actorId, payload: { log: arg.log, late: Date.now() > ends }, notify: [] }], arg.correlationId ?? null);
        state.status = 'handed_over';
        state.handedOverAt = new Date().toISOString();
        return state;
      }),
    { validator: checkHandover },
  );

  await log.exclusive(() =>
    log.record([{
      type: 'shift_published', actorId: input.publishedBy,
      payload: { unitId: input.unitId, personId: input.personId, leaderId: input.leaderId, startsAt: input.startsAt, endsAt: input.endsAt },
      notify: [{ recipientId: input.personId, kind: 'shift_assigned' }],
    }]),
  );
  contacts = await acts.campaignUnitContacts({ unitId: input.unitId });

  const checkedIn = () => state.checkedInAt !== null;
  while (!checkedIn() && Date.now() < missedAt) await waitUntil(log, missedAt);
  if (!checkedIn()) {
    await log.exclusive(async () => {
      if (checkedIn()) return;
      await log.record([{ type: 'shift_check_in_missed', actorId: null, payload: { personId: onDutyNow(), startsAt: input.startsAt, dueAt: new Date(missedAt).toISOString() }, notify: contacts!.officers.map((o) => ({ recipientId: o, kind: 'shift_check_in_missed' as const })) }]);
      state.status = 'missed';
    });
    while (!checkedIn() && Date.now() < escalateAt) await waitUntil(log, escalateAt);
    if (!checkedIn()) {
      await log.exclusive(async () => {
        if (checkedIn()) return;
        await log.record([{ type: 'shift_check_in_escalated', actorId: null, payload: { personId: onDutyNow(), startsAt: input.startsAt, to: contacts!.principalId }, notify: noticesTo('shift_check_in_escalated', contacts!.principalId, state.leaderId) }]);
      });
    }
  }
  // Until the handover is due: a check-in still counts (late) before the end, the log after it.
  while (!state.handedOverAt && Date.now() < handoverDue) await waitUntil(log, handoverDue);
  if (checkedIn() && !state.handedOverAt) {
    await log.exclusive(async () => {
      if (state.handedOverAt) return;
      await log.record([{ type: 'shift_handover_missing', actorId: null, payload: { personId: onDutyNow(), endsAt: input.endsAt, dueAt: new Date(handoverDue).toISOString() }, notify: contacts!.officers.map((o) => ({ recipientId: o, kind: 'shift_handover_missing' as const })) }]);
      state.status = 'no_handover';
    });
  }
  await condition(() => log.idle && allHandlersFinished());
  return state;
}
