/**
 * The overdue rule, once for every query: a hazard is overdue while it is open and the deadline of
 * the step it waits for has passed (the domain's `isOverdue`). Written so that the partial index
 * `hazards_overdue_idx` (status <> 'closed', stage_deadline set) serves it.
 */
export const overdueSql = (alias: string) => `${alias}.status <> 'closed' AND ${alias}.stage_deadline < now()`;

/** Its negation, for "not overdue" filters. */
export const notOverdueSql = (alias: string) => `(${alias}.status = 'closed' OR ${alias}.stage_deadline IS NULL OR ${alias}.stage_deadline >= now())`;
