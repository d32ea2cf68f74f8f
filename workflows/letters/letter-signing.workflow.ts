import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import { parseDuration, signingStream, type SigningInput, type SigningState } from '#domain';
import { caseActivities as acts, CaseLog, waitUntil } from '../shared/case-log.js';
import { refuse } from '../hazards/hazard.messages.js';
import { signingStateQuery, signLetterUpdate, type SignLetterInput } from './letter-signing.messages.js';

/**
 * 安全责任状: a year's letters for a unit and the units below it, signed level by level. Signers
 * are reminded; at the deadline the unsigned letters are escalated to their counterparts; after
 * the policy's escalation step they are marked unsigned and the signing closes.
 */
export async function letterSigningWorkflow(input: SigningInput): Promise<SigningState> {
  const log = new CaseLog(signingStream(input.signingId));
  const state: SigningState = { signingId: input.signingId, status: 'running', letters: [] };
  const deadline = Date.parse(input.deadline);
  const closesAt = deadline + parseDuration(input.letters.escalationStep);
  setHandler(signingStateQuery, () => state);

  function check(arg: SignLetterInput): void {
    if (state.letters.length === 0) refuse('wrong_state', 'the letters are still being prepared');
    const letter = state.letters.find((l) => l.id === arg.letterId);
    if (!letter) refuse('invalid_input', `letterId: ${arg.letterId} is not a letter of this signing`);
    if (letter!.signerId !== arg.actorId) refuse('not_allowed', `only ${letter!.signerId}, whom the letter names, may sign it`);
    if (letter!.status === 'signed') refuse('wrong_state', `letter ${arg.letterId} is already signed`);
    if (state.status === 'closed' || Date.now() >= closesAt) refuse('wrong_state', `the signing closed at ${new Date(closesAt).toISOString()}; the letter is marked unsigned`);
  }
  setHandler(
    signLetterUpdate,
    (arg) =>
      log.exclusive(async () => {
        check(arg);
        const letter = state.letters.find((l) => l.id === arg.letterId)!;
        const late = Date.now() > deadline;
        await log.record([{ type: 'letter_signed', actorId: arg.actorId, payload: { letterId: letter.id, late, counterpartyId: letter.counterpartyId }, notify: letter.counterpartyId ? [{ recipientId: letter.counterpartyId, kind: 'letter_signed' }] : [] }], arg.correlationId ?? null);
        letter.status = 'signed';
        return state;
      }),
    { validator: check },
  );

  const drafts = await acts.prepareLetters({ signingId: input.signingId, unitId: input.unitId, year: input.year, deadline: input.deadline });
  state.letters = drafts.map((d) => ({ id: d.id, signerId: d.signerId, counterpartyId: d.counterpartyId, unitId: d.unitId, status: 'pending' }));
  await log.exclusive(() =>
    log.record([{ type: 'signing_started', actorId: input.createdBy, payload: { year: input.year, deadline: input.deadline, letters: state.letters.map((l) => l.id) }, notify: state.letters.map((l) => ({ recipientId: l.signerId, kind: 'letter_to_sign' })) }]),
  );

  const started = Date.parse(input.startedAt);
  const unsigned = () => state.letters.filter((l) => l.status !== 'signed');
  let reminded = 0;
  let escalated = false;
  while (unsigned().length > 0 && Date.now() < closesAt) {
    const reminderAt = reminded < input.letters.reminders.length ? started + Math.floor((deadline - started) * input.letters.reminders[reminded]!) : null;
    const next = escalated ? closesAt : Math.min(reminderAt ?? deadline, deadline);
    if (!(await waitUntil(log, next))) continue;
    await log.exclusive(async () => {
      const open = unsigned();
      if (open.length === 0) return;
      if (!escalated && Date.now() >= deadline) {
        escalated = true;
        for (const l of open) l.status = 'overdue';
        // Chased, then escalated: the counterpart and the unit's principal hear of every letter still unsigned.
        await log.record([{ type: 'letters_overdue', actorId: null, payload: { letterIds: open.map((l) => l.id), deadline: input.deadline, closesAt: new Date(closesAt).toISOString() }, notify: open.flatMap((l) => [{ recipientId: l.signerId, kind: 'letter_overdue' as const }, ...(l.counterpartyId ? [{ recipientId: l.counterpartyId, kind: 'letter_overdue_escalated' as const }] : [])]) }]);
      } else if (!escalated && reminderAt !== null && Date.now() >= reminderAt) {
        reminded++;
        await log.record([{ type: 'letters_reminded', actorId: null, payload: { letterIds: open.map((l) => l.id), reminder: reminded, deadline: input.deadline }, notify: open.map((l) => ({ recipientId: l.signerId, kind: 'letter_reminder' })) }]);
      }
    });
  }
  await condition(() => log.idle);
  state.status = 'closed';
  await log.exclusive(async () => {
    const open = unsigned();
    for (const l of open) l.status = 'unsigned';
    if (open.length) await log.record([{ type: 'letters_unsigned', actorId: null, payload: { letterIds: open.map((l) => l.id) }, notify: open.flatMap((l) => (l.counterpartyId ? [{ recipientId: l.counterpartyId, kind: 'letter_unsigned' }] : [])) }]);
    await log.record([{ type: 'signing_closed', actorId: null, payload: { signed: state.letters.filter((l) => l.status === 'signed').length, unsigned: open.length }, notify: [] }]);
  });
  await condition(allHandlersFinished);
  return state;
}
