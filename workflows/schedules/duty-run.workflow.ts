import { ParentClosePolicy, sleep, startChild, uuid4, workflowInfo } from '@temporalio/workflow';
import {
  addDuration,
  campaignWorkflowId,
  chinaDate,
  chinaIsWorkday,
  CHECKLIST_TEMPLATES,
  DEFAULT_DISCIPLINE,
  disciplineOf,
  dutyRunStream,
  dutyRunTitle,
  holidayAhead,
  noticesTo,
  parseDuration,
  previousQuarter,
  statisticsWorkflowId,
  signingWorkflowId,
  workingDayStart,
  type CampaignInput,
  type ChecklistDutyKind,
  type DutyRunInput,
  type SigningInput,
  type StatisticsReportInput,
  type UnitType,
} from '#domain';
import { caseActivities as acts, CaseLog } from '../shared/case-log.js';
import { supervisionCampaignWorkflow } from '../campaigns/supervision-campaign.workflow.js';
import { letterSigningWorkflow } from '../letters/letter-signing.workflow.js';
import { statisticsReportWorkflow } from '../statistics/statistics-report.workflow.js';

/**
 * One run of a recurring duty, started by its Temporal Schedule (or triggered by hand): held to the
 * next working day where the duty asks for one, then the self-inspection or backup check opened as
 * a campaign per unit type (one checklist each), or the year's letter round. It ends when what it
 * opened has ended, so that the schedule's overlap policy sees a run still open as running.
 */
export async function dutyRunWorkflow(input: DutyRunInput): Promise<{ submitted: number; notSubmitted: number; skipped: boolean }> {
  const runId = workflowInfo().workflowId;
  const log = new CaseLog(dutyRunStream(runId));
  const { schedule, policy, units } = await acts.beginDutyRun({ scheduleId: input.scheduleId });
  const dueAt = Date.now();
  const heldUntil = schedule.workingDay ? workingDayStart(dueAt, chinaIsWorkday) : dueAt;
  await log.exclusive(() =>
    log.record([{ type: 'duty_run_started', actorId: null, payload: { scheduleId: schedule.id, unitId: schedule.unitId, kind: schedule.kind, dueAt: new Date(dueAt).toISOString(), heldUntil: heldUntil > dueAt ? new Date(heldUntil).toISOString() : null }, notify: [] }]),
  );
  if (heldUntil > dueAt) await sleep(heldUntil - dueAt);

  const startedAt = Date.now();
  const duties = disciplineOf(policy.document).duties;
  const time = parseDuration(
    { letter_round: duties.letterRound, backup_check: duties.backupCheck, self_inspection: duties.selfInspection, pre_holiday_inspection: duties.selfInspection, risk_assessment: duties.riskAssessment ?? DEFAULT_DISCIPLINE.duties.riskAssessment!, statistics_report: duties.statisticsPerLevel ?? DEFAULT_DISCIPLINE.duties.statisticsPerLevel! }[schedule.kind],
  );
  let deadline = new Date(addDuration(startedAt, time, policy.document.calendar, chinaIsWorkday)).toISOString();
  let title = dutyRunTitle(schedule.title, schedule.kind, startedAt);
  const skip = async (reason: 'already_signing' | 'no_units' | 'no_holiday_ahead' | 'already_done', holiday?: string) => {
    await log.exclusive(() => log.record([{ type: 'duty_run_skipped', actorId: null, payload: { scheduleId: schedule.id, reason, ...(holiday ? { holiday } : {}) }, notify: [] }]));
    return { submitted: 0, notSubmitted: 0, skipped: true };
  };

  if (schedule.kind === 'letter_round') {
    const signing: SigningInput = {
      signingId: uuid4(), unitId: schedule.unitId, year: Number(chinaDate(startedAt).slice(0, 4)), startedAt: new Date(startedAt).toISOString(), deadline,
      letters: disciplineOf(policy.document).letters, createdBy: schedule.createdBy,
    };
    const stored = await acts.openDutySigning({
      id: signing.signingId, scheduleId: schedule.id, unitId: signing.unitId, year: signing.year, deadline, createdBy: schedule.createdBy, createdAt: signing.startedAt, workflowId: signingWorkflowId(signing.signingId),
    });
    if (stored !== signing.signingId) return skip('already_signing');
    const child = await startChild(letterSigningWorkflow, { workflowId: signingWorkflowId(signing.signingId), args: [signing], parentClosePolicy: ParentClosePolicy.ABANDON });
    await log.exclusive(() => log.record([{ type: 'duty_run_opened', actorId: null, payload: { scheduleId: schedule.id, campaignIds: [], signingId: signing.signingId, deadline, units: [schedule.unitId] }, notify: [] }]));
    const result = await child.result();
    const signed = result.letters.filter((l) => l.status === 'signed').length;
    return finish(signed, result.letters.length - signed);
  }

  if (units.length === 0) return skip('no_units');
  if (schedule.kind === 'risk_assessment') return riskAssessmentRound();
  if (schedule.kind === 'statistics_report') return statisticsRound();
  if (schedule.kind === 'pre_holiday_inspection') {
    // 节前安全检查: only when a long holiday's first day is within the lead; once a holiday; due by its eve.
    const lead = parseDuration(duties.preHolidayLead ?? DEFAULT_DISCIPLINE.duties.preHolidayLead!);
    const holiday = holidayAhead(chinaDate(startedAt), Math.max(1, Math.ceil(lead / 86_400_000)));
    if (!holiday) return skip('no_holiday_ahead');
    if (await acts.holidayInspected({ scheduleId: schedule.id, holidayKey: holiday.key, runStream: dutyRunStream(runId) })) return skip('already_done', holiday.key);
    await log.exclusive(() => log.record([{ type: 'duty_run_holiday', actorId: null, payload: { scheduleId: schedule.id, holiday }, notify: [] }]));
    title = `${schedule.title}（${holiday.startsOn.slice(0, 4)}年${holiday.nameZh} · ${holiday.nameEn}）`.slice(0, 200);
    deadline = new Date(Date.parse(`${holiday.startsOn}T00:00:00+08:00`)).toISOString();
  }
  const byType = new Map<UnitType, string[]>();
  for (const u of units) byType.set(u.type, [...(byType.get(u.type) ?? []), u.unitId]);
  const campaigns: CampaignInput[] = [...byType].map(([type, unitIds]) => ({
    campaignId: uuid4(), issuerUnitId: schedule.unitId, title, checklist: CHECKLIST_TEMPLATES[schedule.kind as ChecklistDutyKind][type], unitIds,
    startedAt: new Date(startedAt).toISOString(), deadline, policy, createdBy: schedule.createdBy,
  }));
  const children = [];
  for (const c of campaigns) {
    await acts.openDutyCampaign({
      id: c.campaignId, scheduleId: schedule.id, dutyRun: runId, issuerUnitId: c.issuerUnitId, title: c.title, checklist: c.checklist, deadline, policyName: policy.name,
      policyVersion: policy.version, createdBy: c.createdBy, createdAt: c.startedAt, workflowId: campaignWorkflowId(c.campaignId), unitIds: c.unitIds,
    });
    children.push(await startChild(supervisionCampaignWorkflow, { workflowId: campaignWorkflowId(c.campaignId), args: [c], parentClosePolicy: ParentClosePolicy.ABANDON }));
  }
  await log.exclusive(() =>
    log.record([{ type: 'duty_run_opened', actorId: null, payload: { scheduleId: schedule.id, campaignIds: campaigns.map((c) => c.campaignId), signingId: null, deadline, units: units.map((u) => u.unitId) }, notify: [] }]),
  );
  const results = await Promise.all(children.map((c) => c.result()));
  return finish(results.reduce((n, r) => n + r.submitted, 0), results.reduce((n, r) => n + r.notSubmitted, 0));

  /** 风险自评: each unit in scope is asked to assess its risks by the deadline; those that have not are reported to their principal and the schedule's unit. */
  async function riskAssessmentRound() {
    const unitIds = units.map((u) => u.unitId);
    const contacts = await acts.warningContacts({ issuerUnitId: schedule.unitId, unitIds });
    await log.exclusive(() =>
      log.record([
        ...contacts.units.map((c) => ({
          type: 'risk_assessment_due' as const, actorId: null, payload: { scheduleId: schedule.id, unitId: c.unitId, unitName: c.unitName, deadline },
          notify: noticesTo('risk_assessment_due', c.principalId, c.officers),
        })),
        { type: 'duty_run_opened' as const, actorId: null, payload: { scheduleId: schedule.id, campaignIds: [], signingId: null, deadline, units: unitIds }, notify: [] },
      ]),
    );
    await sleep(Math.max(0, Date.parse(deadline) - Date.now()));
    const assessed = await acts.unitsSelfAssessedSince({ unitIds, since: new Date(startedAt).toISOString() });
    const missed = contacts.units.filter((c) => !assessed.includes(c.unitId));
    if (missed.length) {
      await log.exclusive(() =>
        log.record(missed.map((c) => ({
          type: 'risk_assessment_missed' as const, actorId: null, payload: { scheduleId: schedule.id, unitId: c.unitId, unitName: c.unitName, deadline },
          notify: noticesTo('risk_assessment_missed', c.principalId, contacts.issuer.officers),
        }))),
      );
    }
    return finish(assessed.length, missed.length);
  }

  /** 季度统计报告: last quarter's report over the unit and those below it, sent up level by level; once a quarter. */
  async function statisticsRound() {
    const period = previousQuarter(startedAt);
    const units = await acts.statisticsUnits({ rootUnitId: schedule.unitId, startedAt: new Date(startedAt).toISOString(), perLevelMs: time });
    const report: StatisticsReportInput = { reportId: uuid4(), scheduleId: schedule.id, rootUnitId: schedule.unitId, period, units, startedAt: new Date(startedAt).toISOString(), createdBy: schedule.createdBy };
    const workflowId = statisticsWorkflowId(report.reportId);
    const stored = await acts.openStatisticsReport({ ...report, title: `${schedule.title}（${period.year}年第${period.quarter}季度 · Q${period.quarter} ${period.year}）`.slice(0, 200), workflowId });
    if (stored !== report.reportId) return skip('already_done', `${period.year}-Q${period.quarter}`);
    const child = await startChild(statisticsReportWorkflow, { workflowId, args: [report], parentClosePolicy: ParentClosePolicy.ABANDON });
    const lastDue = units.map((u) => u.dueAt).sort().at(-1)!;
    await log.exclusive(() => log.record([{ type: 'duty_run_opened', actorId: null, payload: { scheduleId: schedule.id, campaignIds: [], signingId: null, deadline: lastDue, units: units.map((u) => u.unitId), statisticsReportId: report.reportId }, notify: [] }]));
    const result = await child.result();
    return finish(result.submitted, result.notSubmitted);
  }

  async function finish(submitted: number, notSubmitted: number) {
    await log.exclusive(() => log.record([{ type: 'duty_run_finished', actorId: null, payload: { scheduleId: schedule.id, submitted, notSubmitted }, notify: [] }]));
    return { submitted, notSubmitted, skipped: false };
  }
}
