import { ApplicationFailure } from '@temporalio/common';
import type { DutySchedule, PinnedPolicy, UnitType } from '#domain';
import type { RunCampaignRow } from '#persistence';
import type { ActivityDeps } from '../shared/case-deps.js';

/** Side effects of a recurring duty's run; every one is safe to retry. */
export function createDutyActivities({ schedules, policies, org, risk }: ActivityDeps<'schedules' | 'policies' | 'org' | 'risk'>) {
  return {
    /**
     * The schedule as it is now (a change applies from the next run), its policy pinned for the
     * run, and the units the run covers: the owning unit and every unit below it, with their types.
     * A schedule deleted or policy removed under a queued run fails it for good, not in a retry loop.
     */
    async beginDutyRun(input: { scheduleId: string }): Promise<{ schedule: DutySchedule; policy: PinnedPolicy; units: Array<{ unitId: string; type: UnitType }> }> {
      const row = await schedules.find(input.scheduleId);
      if (!row) throw ApplicationFailure.nonRetryable(`schedule ${input.scheduleId} does not exist`, 'schedule_missing');
      const policy = await policies.find(row.policyName);
      if (!policy) throw ApplicationFailure.nonRetryable(`policy "${row.policyName}" does not exist`, 'policy_missing');
      const scope = [row.unitId, ...(await org.unitsBelow(row.unitId)).filter((u) => u !== row.unitId)];
      const { id, unitId, kind, title, spec, overlap, workingDay, policyName, createdBy } = row;
      return {
        schedule: { id, unitId, kind, title, spec, overlap, workingDay, policyName, createdBy },
        policy: { name: policy.name, version: policy.version, document: policy.document },
        units: await schedules.unitTypes(scope),
      };
    },

    /** 节前安全检查 once a holiday: whether another run of the schedule already inspected for it. */
    holidayInspected(input: { scheduleId: string; holidayKey: string; runStream: string }): Promise<boolean> {
      return schedules.holidayInspected(input.scheduleId, input.holidayKey, input.runStream);
    },

    /** 风险自评: the units in scope that assessed themselves since the run asked them. */
    unitsSelfAssessedSince(input: { unitIds: string[]; since: string }): Promise<string[]> {
      return risk.selfAssessedSince(input.unitIds, input.since);
    },

    openDutyCampaign(input: RunCampaignRow): Promise<void> {
      return schedules.openRunCampaign(input);
    },

    openDutySigning(input: { id: string; scheduleId: string; unitId: string; year: number; deadline: string; createdBy: string; createdAt: string; workflowId: string }): Promise<string | null> {
      return schedules.openRunSigning(input);
    },
  };
}

export type DutyActivities = ReturnType<typeof createDutyActivities>;
