import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import { addFigures, NO_FIGURES, noticesTo, statisticsStream, type StatisticsFigures, type StatisticsReportInput, type StatisticsState, type StatisticsUnitStatus } from '#domain';
import { caseActivities as acts, CaseLog, waitUntil } from '../shared/case-log.js';
import { refuse } from '../hazards/hazard.messages.js';
import { confirmStatisticsUpdate, statisticsStateQuery, type ConfirmStatisticsInput } from './statistics-report.messages.js';

/**
 * 季度统计报告: each unit confirms its quarter's figures, with those the units below it sent up, and
 * so sends them up; the deepest level is due first, each level above one step later. A unit not
 * confirmed by its level's deadline is flagged late (迟报) and its principal and the unit above told;
 * it may still confirm. The report is complete when the unit it goes up to has confirmed.
 */
export async function statisticsReportWorkflow(input: StatisticsReportInput): Promise<{ submitted: number; notSubmitted: number }> {
  const log = new CaseLog(statisticsStream(input.reportId));
  const state: StatisticsState = { reportId: input.reportId, status: 'collecting', units: input.units.map((u) => ({ unitId: u.unitId, status: 'pending', confirmedBy: null, confirmedAt: null })) };
  const totals = new Map<string, StatisticsFigures>();
  setHandler(statisticsStateQuery, () => state);
  const unitOf = (id: string) => input.units.find((u) => u.unitId === id)!;
  const statusOf = (id: string) => state.units.find((u) => u.unitId === id)!;
  const below = (id: string) => input.units.filter((u) => u.parentUnitId === id);
  const settled = (s: StatisticsUnitStatus) => s !== 'pending';

  function checkConfirm(arg: ConfirmStatisticsInput): void {
    const unit = state.units.find((u) => u.unitId === arg.unitId);
    if (!unit) refuse('invalid_input', `unitId: ${arg.unitId} is not in this report`);
    if (unit!.status === 'confirmed' || unit!.status === 'confirmed_late') refuse('wrong_state', `${arg.unitId} has already confirmed its report`);
    const waiting = below(arg.unitId).filter((u) => !settled(statusOf(u.unitId).status));
    if (waiting.length) refuse('wrong_state', `the units below have not reported yet: ${waiting.map((u) => u.unitName).join(', ')}`);
  }
  setHandler(
    confirmStatisticsUpdate,
    (arg) =>
      log.exclusive(async () => {
        checkConfirm(arg);
        const unit = unitOf(arg.unitId);
        const own = await acts.compileStatistics({ unitId: arg.unitId, from: input.period.from, to: input.period.to });
        const children = below(arg.unitId);
        const total = children.reduce((sum, c) => addFigures(sum, totals.get(c.unitId) ?? NO_FIGURES), own);
        const late = Date.now() > Date.parse(unit.dueAt);
        const [contacts] = unit.parentUnitId ? await acts.statisticsContacts({ unitIds: [unit.parentUnitId] }) : [];
        const notify = noticesTo('statistics_forwarded', contacts?.principalId, contacts?.officers);
        await log.record([{
          type: 'statistics_confirmed', actorId: arg.actorId,
          payload: { unitId: arg.unitId, unitName: unit.unitName, own, total, late, note: arg.note, below: children.map((c) => ({ unitId: c.unitId, status: statusOf(c.unitId).status })) },
          notify,
        }], arg.correlationId ?? null);
        totals.set(arg.unitId, total);
        Object.assign(statusOf(arg.unitId), { status: late ? 'confirmed_late' : 'confirmed', confirmedBy: arg.actorId, confirmedAt: new Date().toISOString() });
        return state;
      }),
    { validator: checkConfirm },
  );

  const contacts = await acts.statisticsContacts({ unitIds: input.units.map((u) => u.unitId) });
  /** A unit's principal and safety officers, whom its report concerns (none for no unit). */
  const told = (unitId: string | null) => {
    const c = contacts.find((x) => x.unitId === unitId);
    return c ? [c.principalId, ...c.officers] : [];
  };
  await log.exclusive(() =>
    log.record([
      { type: 'statistics_report_opened', actorId: input.createdBy, payload: { rootUnitId: input.rootUnitId, year: input.period.year, quarter: input.period.quarter, from: input.period.from, to: input.period.to, units: input.units }, notify: [] },
      ...input.units.map((u) => ({ type: 'statistics_requested' as const, actorId: null, payload: { unitId: u.unitId, unitName: u.unitName, dueAt: u.dueAt }, notify: noticesTo('statistics_due', ...told(u.unitId)) })),
    ]),
  );

  const root = statusOf(input.rootUnitId);
  const confirmed = () => root.status === 'confirmed' || root.status === 'confirmed_late';
  // Level by level, deepest first: at each level's deadline, its units still pending are flagged late.
  for (const dueAt of [...new Set(input.units.map((u) => u.dueAt))].sort()) {
    while (!confirmed() && Date.now() < Date.parse(dueAt)) await waitUntil(log, Date.parse(dueAt));
    if (confirmed()) break;
    await log.exclusive(async () => {
      const late = input.units.filter((u) => u.dueAt === dueAt && statusOf(u.unitId).status === 'pending');
      if (!late.length) return;
      await log.record(late.map((u) => {
        return { type: 'statistics_late' as const, actorId: null, payload: { unitId: u.unitId, unitName: u.unitName, dueAt }, notify: noticesTo('statistics_late', ...told(u.unitId), ...told(u.parentUnitId)) };
      }));
      for (const u of late) statusOf(u.unitId).status = 'late';
    });
  }
  await condition(confirmed);
  const total = totals.get(input.rootUnitId)!;
  const submitted = state.units.filter((u) => u.status === 'confirmed' || u.status === 'confirmed_late').length;
  await log.exclusive(() =>
    log.record([{ type: 'statistics_report_complete', actorId: null, payload: { total, confirmed: submitted, late: state.units.filter((u) => u.status !== 'confirmed').length }, notify: [] }]),
  );
  state.status = 'complete';
  await condition(() => log.idle && allHandlersFinished());
  return { submitted, notSubmitted: state.units.length - submitted };
}
