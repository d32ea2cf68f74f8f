/**
 * The org chart's two time rules, once for every query over posts (`positions`) and
 * responsibility areas, whose rows are closed (valid_to) rather than changed or deleted.
 */

/** The row is part of today's org chart. */
export const currentSql = (alias?: string) => `${alias ? `${alias}.` : ''}valid_to IS NULL`;

/** The row was in force at the instant bound to `param` (e.g. `$2`). */
export const validAtSql = (param: string, alias?: string) => {
  const a = alias ? `${alias}.` : '';
  return `${a}valid_from <= ${param} AND (${a}valid_to IS NULL OR ${a}valid_to > ${param})`;
};
