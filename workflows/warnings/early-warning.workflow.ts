import { allHandlersFinished, condition, getExternalWorkflowHandle, patched, setHandler } from '@temporalio/workflow';
import { noticesTo, warningStream, type WarningInput, type WarningState, type WarningSummaryUnit } from '#domain';
import { caseActivities as acts, CaseLog, waitUntil } from '../shared/case-log.js';
import { refuse } from '../hazards/hazard.messages.js';
import { assignLeaderSignal } from '../roster/duty-shift.messages.js';
import { confirmMeasuresUpdate, liftWarningUpdate, warningStateQuery, type ConfirmMeasuresInput, type LiftWarningInput } from './early-warning.messages.js';

/**
 * 预警: the units in scope confirm the required measures by the level's deadline; at the deadline
 * each unit that has not is escalated to its principal and the issuer's safety officers. The
 * warning stays in force until the issuer lifts it, which compiles the summary per unit.
 */
export async function earlyWarningWorkflow(input: WarningInput): Promise<WarningState> {
  // From red-warning-leaders-v1 a red warning puts each unit's principal in charge of its shifts (领导带班).
  const leadersOnDuty = input.level === 'red' && patched('red-warning-leaders-v1');
  const log = new CaseLog(warningStream(input.warningId));
  const confirmBy = Date.parse(input.confirmBy);
  const state: WarningState = {
    warningId: input.warningId,
    status: 'active',
    units: input.unitIds.map((unitId) => ({ unitId, status: 'pending', confirmedAt: null, confirmedBy: null, notDone: [] })),
  };
  const results = new Map<string, ConfirmMeasuresInput['results']>();
  let lifted: LiftWarningInput | null = null;
  setHandler(warningStateQuery, () => state);

  function checkConfirm(arg: ConfirmMeasuresInput): void {
    if (state.status !== 'active' || lifted) refuse('wrong_state', 'the warning has been lifted');
    const unit = state.units.find((u) => u.unitId === arg.unitId);
    if (!unit) refuse('invalid_input', `unitId: ${arg.unitId} is not in the scope of this warning`);
    if (unit!.status === 'confirmed' || unit!.status === 'confirmed_late') refuse('wrong_state', `${arg.unitId} has already confirmed its measures`);
    const ids = input.measures.map((m) => m.id);
    const given = arg.results.map((r) => r.measureId);
    const unknown = given.filter((id) => !ids.includes(id));
    if (unknown.length) refuse('invalid_input', `results: ${unknown.join(', ')} not among the warning's measures`);
    if (new Set(given).size !== given.length) refuse('invalid_input', 'results: a measure is given more than once');
    const missing = ids.filter((id) => !given.includes(id));
    if (missing.length) refuse('invalid_input', `results: every measure needs an answer; missing ${missing.join(', ')}`);
  }
  function checkLift(_arg: LiftWarningInput): void {
    if (state.status !== 'active' || lifted) refuse('wrong_state', 'the warning has already been lifted');
  }

  const contacts = await acts.warningContacts({ issuerUnitId: input.issuerUnitId, unitIds: input.unitIds });
  const nameOf = (unitId: string) => contacts.units.find((c) => c.unitId === unitId)?.unitName ?? unitId;

  setHandler(
    confirmMeasuresUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkConfirm(arg);
        const unit = state.units.find((u) => u.unitId === arg.unitId)!;
        const late = Date.now() > confirmBy;
        await log.record([{ type: 'warning_confirmed', actorId: arg.actorId, payload: { unitId: arg.unitId, unitName: nameOf(arg.unitId), results: arg.results, late }, notify: [] }], arg.correlationId ?? null);
        unit.status = late ? 'confirmed_late' : 'confirmed';
        unit.confirmedAt = new Date().toISOString();
        unit.confirmedBy = arg.actorId;
        unit.notDone = arg.results.filter((r) => !r.done).map((r) => r.measureId);
        results.set(arg.unitId, arg.results);
        return state;
      }),
    { validator: checkConfirm },
  );
  setHandler(
    liftWarningUpdate,
    // Answers once the lifting and its summary are recorded, so the caller reads the warning lifted.
    async (arg) => {
      checkLift(arg);
      lifted = arg;
      await condition(() => state.status === 'lifted');
      return state;
    },
    { validator: checkLift },
  );

  await log.exclusive(() =>
    log.record([{
      type: 'warning_issued', actorId: input.issuedBy,
      payload: { level: input.level, title: input.title, measures: input.measures, units: input.unitIds, confirmBy: input.confirmBy },
      notify: contacts.units.flatMap((c) => noticesTo('warning_issued', c.principalId, c.officers)),
    }]),
  );

  if (leadersOnDuty) await putLeadersOnDuty();

  // Until the deadline, or an earlier lifting; then every unit still pending is escalated once.
  while (!lifted && Date.now() < confirmBy) await waitUntil(log, confirmBy, () => lifted !== null);
  if (!lifted) {
    await log.exclusive(async () => {
      for (const unit of state.units.filter((u) => u.status === 'pending')) {
        const c = contacts.units.find((x) => x.unitId === unit.unitId)!;
        await log.record([{ type: 'warning_escalated', actorId: null, payload: { unitId: unit.unitId, unitName: c.unitName, confirmBy: input.confirmBy, to: c.principalId }, notify: noticesTo('warning_escalated', c.principalId, contacts.issuer.officers) }]);
        unit.status = 'escalated';
      }
    });
  }
  await condition(() => lifted !== null);
  const lift = lifted as LiftWarningInput | null;
  await log.exclusive(async () => {
    const units: WarningSummaryUnit[] = state.units.map((u) => {
      const r = results.get(u.unitId) ?? [];
      return { unitId: u.unitId, status: u.status, confirmedAt: u.confirmedAt, measuresDone: r.filter((x) => x.done).length, measuresNotDone: u.status === 'pending' || u.status === 'escalated' ? input.measures.map((m) => m.id) : u.notDone };
    });
    await log.record(
      [{ type: 'warning_lifted', actorId: lift!.actorId, payload: { note: lift!.note, units }, notify: contacts.units.flatMap((c) => (c.principalId ? [{ recipientId: c.principalId, kind: 'warning_lifted' as const }] : [])) }],
      lift!.correlationId ?? null,
    );
    state.status = 'lifted';
  });
  await condition(() => log.idle && allHandlersFinished());
  return state;

  /** Each unit's principal leads its shifts while the warning is in force; shifts published later get one from the API. */
  async function putLeadersOnDuty(): Promise<void> {
    const units = await acts.redWarningShifts({ unitIds: input.unitIds });
    for (const u of units) {
      if (!u.leaderId) continue;
      for (const s of u.shifts) {
        // A shift whose workflow has ended needs no leader.
        await getExternalWorkflowHandle(s.workflowId).signal(assignLeaderSignal, { leaderId: u.leaderId, warningId: input.warningId }).catch(() => undefined);
      }
    }
    await log.exclusive(() =>
      log.record([{
        type: 'warning_leaders_on_duty', actorId: null,
        payload: { units: units.map((u) => ({ unitId: u.unitId, leaderId: u.leaderId, shiftIds: u.leaderId ? u.shifts.map((s) => s.shiftId) : [] })) },
        notify: noticesTo('shift_leader_on_duty', ...units.map((u) => u.leaderId)),
      }]),
    );
  }
}
