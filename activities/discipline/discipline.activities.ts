import type { ActivityDeps } from '../shared/case-deps.js';

/** Side effects of unit discipline; every one is safe to retry. */
export function createDisciplineActivities({ sanctions }: ActivityDeps<'sanctions'>) {
  return {
    /** Records the end of every sanction whose term has run out, once each; how many it recorded. */
    recordEndedSanctions(): Promise<number> {
      return sanctions.recordEnded();
    },
  };
}

export type DisciplineActivities = ReturnType<typeof createDisciplineActivities>;
