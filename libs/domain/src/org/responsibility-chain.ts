import type { HazardCategory, PositionKind } from '../shared/vocabulary.js';

/** What the chain resolver needs to know about one unit at one moment. */
export interface OrgSnapshot {
  unit: { id: string; name: string };
  /** The supervising unit and its principal; absent for the top of the tree. */
  superior: { id: string; name: string; principal: PersonRef | null } | null;
  /** Hazard category → owning department, as valid at the moment of the snapshot. */
  responsibilityAreas: Partial<Record<HazardCategory, string>>;
  positions: PositionHolding[];
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface PositionHolding {
  person: PersonRef;
  kind: PositionKind;
  /** For department heads: the department they lead. */
  departmentId?: string | null;
  /** For deputies in charge: the departments they oversee (分管). */
  oversees?: readonly string[];
}

export const RUNG_LEVELS = ['department_head', 'deputy', 'principal', 'superior_unit'] as const;
export type RungLevel = (typeof RUNG_LEVELS)[number];

export interface ChainRung {
  level: RungLevel;
  unitId: string;
  person: PersonRef;
  departmentId?: string;
}

export type ChainGap =
  | { kind: 'no_responsibility_area'; category: HazardCategory }
  | { kind: 'vacant'; level: RungLevel; unitId?: string }
  | { kind: 'merged'; level: RungLevel; personId: string };

export interface ResponsibilityChain {
  unitId: string;
  category: HazardCategory;
  departmentId: string | null;
  /** Ordered from the person who handles the hazard to the top of the ladder. */
  rungs: ChainRung[];
  /** Why the ladder is shorter than four rungs, so that nobody has to guess. */
  gaps: ChainGap[];
}

const byPersonId = (a: PositionHolding, b: PositionHolding) => a.person.id.localeCompare(b.person.id);

/**
 * The principal-responsible-person ladder for a category in a unit:
 * department head (各负其责) → deputy in charge (分管副职) → principal (一把手) → superior unit (挂牌督办).
 * Vacant rungs are skipped; a person holding two rungs keeps only the lower one, since
 * escalating to oneself gains nothing. Ties are broken by person id so the result is stable.
 */
export function resolveResponsibilityChain(org: OrgSnapshot, category: HazardCategory): ResponsibilityChain {
  const gaps: ChainGap[] = [];
  const departmentId = org.responsibilityAreas[category] ?? null;
  if (departmentId === null) gaps.push({ kind: 'no_responsibility_area', category });

  const holders = [...org.positions].sort(byPersonId);
  const candidates: Array<{ level: RungLevel; unitId: string; rung: ChainRung | null }> = [];

  const head = departmentId
    ? holders.find((p) => p.kind === 'department_head' && p.departmentId === departmentId)
    : undefined;
  candidates.push({
    level: 'department_head',
    unitId: org.unit.id,
    rung: head ? { level: 'department_head', unitId: org.unit.id, person: head.person, departmentId: departmentId! } : null,
  });

  const deputy = departmentId
    ? holders.find((p) => p.kind === 'deputy' && (p.oversees ?? []).includes(departmentId))
    : undefined;
  candidates.push({
    level: 'deputy',
    unitId: org.unit.id,
    rung: deputy ? { level: 'deputy', unitId: org.unit.id, person: deputy.person } : null,
  });

  const principal = holders.find((p) => p.kind === 'principal');
  candidates.push({
    level: 'principal',
    unitId: org.unit.id,
    rung: principal ? { level: 'principal', unitId: org.unit.id, person: principal.person } : null,
  });

  if (org.superior) {
    const top = org.superior.principal;
    candidates.push({
      level: 'superior_unit',
      unitId: org.superior.id,
      rung: top ? { level: 'superior_unit', unitId: org.superior.id, person: top } : null,
    });
  }

  const rungs: ChainRung[] = [];
  for (const { level, unitId, rung } of candidates) {
    // Without a responsibility area there is no department rung to be vacant.
    if (!rung) {
      if (departmentId !== null || level === 'principal' || level === 'superior_unit') gaps.push({ kind: 'vacant', level, unitId });
      continue;
    }
    if (rungs.some((r) => r.person.id === rung.person.id)) {
      gaps.push({ kind: 'merged', level, personId: rung.person.id });
      continue;
    }
    rungs.push(rung);
  }
  return { unitId: org.unit.id, category, departmentId, rungs, gaps };
}
