import { condition, patched, proxyActivities } from '@temporalio/workflow';
import type { AccountabilityActivities } from '../../activities/accountability/accountability.activities.js';
import type { CampaignActivities } from '../../activities/campaigns/campaign.activities.js';
import type { HazardActivities } from '../../activities/hazards/hazard.activities.js';
import type { IncidentActivities } from '../../activities/incidents/incident.activities.js';
import type { LetterActivities } from '../../activities/letters/letter.activities.js';
import type { CaseEventActivities } from '../../activities/shared/case-events.activities.js';
import type { DutyActivities } from '../../activities/schedules/duty.activities.js';
import type { WarningActivities } from '../../activities/warnings/warning.activities.js';
import type { RiskActivities } from '../../activities/risk/risk.activities.js';
import type { PlanActivities } from '../../activities/plans/plan.activities.js';
import type { StatisticsActivities } from '../../activities/statistics/statistics.activities.js';
import type { CaseEvent, CaseEventRecord } from '#domain';
import { handlerLock } from './handler-lock.js';

/** As for hazards: a database outage must not lose anything, so retry without limit. */
export const CASE_ACTIVITY_OPTIONS = {
  startToCloseTimeout: '30s',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
} as const;

/** The activities of reviews, incidents, campaigns and signings (one proxy: they share the options). */
type CaseActivities = CaseEventActivities & AccountabilityActivities & IncidentActivities & CampaignActivities & LetterActivities & DutyActivities & WarningActivities & RiskActivities & PlanActivities & StatisticsActivities & Pick<HazardActivities, 'openAccountabilityReview'>;

export const caseActivities = proxyActivities<CaseActivities>(CASE_ACTIVITY_OPTIONS);

/** v1: the case workflows' lock is async-mutex's (see handlerLock); runs started before keep theirs. */
export const CASE_LOG_MUTEX_PATCH = 'case-log-mutex-v1';

/**
 * The event stream of one review, incident, campaign unit or signing. The workflow numbers its
 * events and writes them through an activity; changes run one at a time so that numbers never
 * collide, and `changes` lets a waiting loop notice that something happened. Construct it before
 * the workflow's first await: it asks for its patch.
 */
export class CaseLog {
  private last = 0;
  private readonly lock = handlerLock(patched(CASE_LOG_MUTEX_PATCH));
  changes = 0;

  constructor(readonly stream: string) {}

  async record(events: CaseEvent[], correlationId: string | null = null): Promise<void> {
    if (events.length === 0) return;
    const occurredAt = new Date().toISOString();
    const records: CaseEventRecord[] = events.map((e, i) => ({ ...e, stream: this.stream, sequence: this.last + i + 1, occurredAt, correlationId }));
    await caseActivities.recordCaseEvents(records);
    this.last += records.length;
  }

  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.lock.runExclusive(async () => {
      try {
        return await fn();
      } finally {
        this.changes++;
      }
    });
  }

  get idle(): boolean {
    return !this.lock.locked;
  }
}

/** Waits until `deadline` (epoch ms, workflow time) or until something changes; true when the deadline came. */
export async function waitUntil(log: CaseLog, deadline: number | null, also: () => boolean = () => false): Promise<boolean> {
  const seen = log.changes;
  if (deadline === null) {
    await condition(() => log.changes !== seen || also());
    return false;
  }
  const remaining = deadline - Date.now();
  if (remaining <= 0) return true;
  await condition(() => log.changes !== seen || also(), remaining);
  return Date.now() >= deadline;
}
