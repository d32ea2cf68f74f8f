import type { Repositories } from '#persistence';

/** What the activities of one feature need: the repositories it names. */
export type ActivityDeps<K extends keyof Repositories> = Pick<Repositories, K>;
