export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
export const TEMPORAL_TASK_QUEUE = Symbol('TEMPORAL_TASK_QUEUE');
/** Optional: interceptors for the API's client's workflow calls (the metrics module times them). */
export const TEMPORAL_CLIENT_INTERCEPTORS = Symbol('TEMPORAL_CLIENT_INTERCEPTORS');
