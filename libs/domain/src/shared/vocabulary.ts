/** The product's vocabulary: closed sets shared by the API, the workflows and the database. */

/** Ids of units, departments, people and policy names: lowercase letters, digits and dashes. */
export const ORG_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const HAZARD_CATEGORIES = [
  'natural_disaster',
  'fire',
  'water',
  'theft',
  'light',
  'dust',
  'pests',
  'climate',
  'building',
  'visitors',
  'confidentiality',
  'network',
  'backup',
  'digitisation',
  'funds',
] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

/** 一般隐患 / 重大隐患 */
export const SEVERITIES = ['general', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** 自查 / 督查 / staff report / sensor */
export const HAZARD_SOURCES = ['self_inspection', 'supervision', 'report', 'sensor'] as const;
export type HazardSource = (typeof HAZARD_SOURCES)[number];

/** `discipline_officer` (纪检组长): carries a review referred out of the hierarchy to the body that oversees the top unit. */
export const POSITION_KINDS = ['principal', 'deputy', 'department_head', 'safety_officer', 'discipline_officer', 'staff'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

/**
 * Lifecycle statuses (隐患闭环: 上报 → 评估 → 整改 → 验收 → 销号); `rework` follows a failed verification,
 * `intake_failed` a report whose intake no retry can complete (a reference or policy that does not hold).
 */
export const HAZARD_STATUSES = ['reported', 'unassigned', 'assigned', 'acknowledged', 'planned', 'rectified', 'rework', 'closed', 'intake_failed'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

