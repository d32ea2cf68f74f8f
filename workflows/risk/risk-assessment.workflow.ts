import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { hazardWorkflowId, RISK_SEVERITY, riskStream, type HazardWorkflowInput, type RiskAssessmentInput } from '#domain';
import { caseActivities as acts, CaseLog } from '../shared/case-log.js';
import { hazardWorkflow } from '../hazards/hazard.workflow.js';

/**
 * 风险分级管控: an assessment recorded, the unit's level set from it, and each 高危 (major) or 危险
 * (general) result opened as a hazard on the unit's own chain, once.
 */
export async function riskAssessmentWorkflow(input: RiskAssessmentInput): Promise<{ hazards: Record<string, string> }> {
  const log = new CaseLog(riskStream(input.assessmentId));
  const { findings, policy, ...assessment } = input;
  await log.exclusive(() =>
    log.record([{ type: 'risk_assessed', actorId: input.assessedBy, payload: { unitId: input.unitId, level: input.level, high: findings.filter((f) => f.result === 'high').length, danger: findings.filter((f) => f.result === 'danger').length }, notify: [] }]),
  );
  const hazards: Record<string, string> = {};
  for (const finding of findings) {
    const severity = RISK_SEVERITY[finding.result];
    const intake = await acts.openRiskHazard({ assessment, finding, severity, policy });
    try {
      await startChild(hazardWorkflow, { workflowId: hazardWorkflowId(intake.hazardId), args: [{ intake, policy } satisfies HazardWorkflowInput], parentClosePolicy: ParentClosePolicy.ABANDON });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
    hazards[finding.indicator.id] = intake.hazardId;
    await log.exclusive(() => log.record([{ type: 'risk_hazard_opened', actorId: input.assessedBy, payload: { indicatorId: finding.indicator.id, hazardId: intake.hazardId, severity }, notify: [] }]));
  }
  return { hazards };
}
