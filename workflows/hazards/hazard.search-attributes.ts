import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';

/**
 * What operators filter hazards by in the Temporal UI and with `temporal workflow list --query`,
 * e.g. `HazardUnit = 'city-a' AND HazardOverdue = true`. The workflow keeps them current from
 * patch search-attributes-v9 on; the API sets the first values when it starts the workflow.
 */
export const HAZARD_UNIT = defineSearchAttributeKey('HazardUnit', SearchAttributeType.KEYWORD);
export const HAZARD_STATUS = defineSearchAttributeKey('HazardStatus', SearchAttributeType.KEYWORD);
export const HAZARD_SEVERITY = defineSearchAttributeKey('HazardSeverity', SearchAttributeType.KEYWORD);
/** The person who holds the hazard now (its current rung's post holder). */
export const HAZARD_HOLDER = defineSearchAttributeKey('HazardHolder', SearchAttributeType.KEYWORD);
/** The current step's deadline; `HazardDeadline < '<now>'` is the overdue rule to the second. */
export const HAZARD_DEADLINE = defineSearchAttributeKey('HazardDeadline', SearchAttributeType.DATETIME);
/** Overdue as of the hazard's last change (a missed deadline that still stands), the ledger's rule. */
export const HAZARD_OVERDUE = defineSearchAttributeKey('HazardOverdue', SearchAttributeType.BOOL);

/** Every key, for registering them on a Temporal namespace. */
export const HAZARD_SEARCH_ATTRIBUTES = [HAZARD_UNIT, HAZARD_STATUS, HAZARD_SEVERITY, HAZARD_HOLDER, HAZARD_DEADLINE, HAZARD_OVERDUE] as const;

/** The values a hazard starts with, before its chain is known. */
export function initialHazardSearchAttributes(i: { unitId: string; severity: string }): SearchAttributePair[] {
  return [
    { key: HAZARD_UNIT, value: i.unitId },
    { key: HAZARD_SEVERITY, value: i.severity },
    { key: HAZARD_STATUS, value: 'reported' },
    { key: HAZARD_OVERDUE, value: false },
  ];
}
