import type { CaseEventRecord } from '#domain';
import type { ActivityDeps } from './case-deps.js';

/** Appends reviews', incidents', campaigns' and signings' events to their streams; safe to retry. */
export function createCaseEventActivities({ caseEvents }: ActivityDeps<'caseEvents'>) {
  return {
    /** Appends events to their stream and applies each one's effects to the read models, once. */
    recordCaseEvents(records: CaseEventRecord[]): Promise<void> {
      return caseEvents.append(records);
    },
  };
}

export type CaseEventActivities = ReturnType<typeof createCaseEventActivities>;
