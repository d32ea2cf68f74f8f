/** The hazard workflow's patches, oldest first; each is asked once, before the first await. */

/**
 * The intake activities (re-write the intake, resolve the chain) run as local activities: they
 * cost no task round trip through the server, and their input is fixed by the workflow's input.
 * Patch v1 wrote events that way too, but a local activity's input is computed again when its
 * workflow task is retried (after a worker crash), with a later clock: the retry could compute
 * other events (a missed deadline instead of a reminder) for the same sequence numbers, and the
 * idempotent insert would keep a mix of both. The fault suite caught it. From v2 on, events are
 * written by regular activities, whose input the server records before they run. Runs recorded
 * under either version replay on their own path.
 */
export const LOCAL_ACTIVITIES_PATCH = 'local-activities-v1';
export const EVENTS_AS_ACTIVITIES_PATCH = 'event-records-as-activities-v2';
/**
 * v1 and v2 asked `patched()` at the first write, after the intake's local activities. When a local
 * activity outlasts its workflow task (a worker killed, a slow database), its result and the
 * commands that follow land in different workflow tasks, and on replay `patched()` answers false
 * in the task before its marker: the replay takes the v1 branch and fails with TMPRL1100 (the
 * fault suite caught one). From v3 on the workflow asks once, first thing, where the marker and
 * the question always share the first task. The SDK answers true on replay only for markers of
 * the task being replayed: https://github.com/temporalio/sdk-typescript/pull/188
 */
export const PATCHES_AT_START_PATCH = 'patches-at-start-v3';
/**
 * v4: an intake that no retry can complete (an activity's non-retryable failure: a unit or person
 * that does not exist; a pinned policy that does not hold) ends the workflow with the
 * hazard in `intake_failed`, recorded and notified, instead of retrying for ever while the hazard
 * reads "still being assigned". Runs recorded before v4 keep their path.
 */
export const INTAKE_FAILURE_PATCH = 'intake-failure-v4';

/** v5: the handlers' lock is async-mutex's (see handlerLock); runs started before keep theirs. */
export const HANDLER_MUTEX_PATCH = 'handler-mutex-v5';
/**
 * v6: when the top rung's deadline passes, the superior unit takes the hazard under supervision
 * (挂牌督办) with terms of its own, and the hazard stays overdue until they are met, instead of the
 * clock stopping. Runs started before keep the stopped clock until a superior lists them by hand.
 */
export const SUPERVISION_STAGE_PATCH = 'supervision-stage-v6';
/**
 * v7: a rung whose post nobody holds (its holder left, no successor or acting person named) is
 * skipped when the hazard reaches it instead of waiting out its deadline, and every vacancy on the
 * chain is recorded against the unit that left the post empty. Runs started before wait as they did.
 */
export const VACANT_RUNGS_PATCH = 'vacant-rungs-v7';
/**
 * v8: lapses under supervision after the hazard's review was asked for (a missed supervision
 * deadline; at lifting, terms set late or progress reports missed) open a follow-up review, once,
 * that weighs only what happened since its first review. Runs started before leave them unreviewed.
 */
export const SUPERVISION_REVIEWS_PATCH = 'supervision-reviews-v8';
/**
 * v9: the workflow keeps its search attributes (HazardStatus, HazardHolder, HazardDeadline,
 * HazardOverdue beside the unit and severity the API starts it with) current after every change,
 * so that operators can find hazards in the Temporal UI and with `temporal workflow list --query`.
 * The upserts are commands of their own; runs started before record none.
 */
export const SEARCH_ATTRIBUTES_PATCH = 'search-attributes-v9';
