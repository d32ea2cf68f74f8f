import fc from 'fast-check';
import {
  HAZARD_CATEGORIES,
  RUNG_LEVELS,
  resolveResponsibilityChain,
  type OrgSnapshot,
  type PositionHolding,
} from '#domain';

const person = (id: string) => ({ id, name: id.toUpperCase() });

function county(overrides: Partial<OrgSnapshot> = {}): OrgSnapshot {
  return {
    unit: { id: 'c1', name: 'County 1' },
    superior: { id: 'city', name: 'City', principal: person('city-principal') },
    responsibilityAreas: { fire: 'c1-security', network: 'c1-it' },
    positions: [
      { person: person('principal'), kind: 'principal' },
      { person: person('deputy-sec'), kind: 'deputy', oversees: ['c1-security'] },
      { person: person('deputy-it'), kind: 'deputy', oversees: ['c1-it'] },
      { person: person('head-sec'), kind: 'department_head', departmentId: 'c1-security' },
      { person: person('head-it'), kind: 'department_head', departmentId: 'c1-it' },
      { person: person('staff'), kind: 'staff' },
    ],
    ...overrides,
  };
}

describe('resolveResponsibilityChain', () => {
  it('climbs department head → deputy in charge → principal → superior unit', () => {
    const chain = resolveResponsibilityChain(county(), 'network');
    expect(chain.departmentId).toBe('c1-it');
    expect(chain.rungs.map((r) => [r.level, r.person.id, r.unitId])).toEqual([
      ['department_head', 'head-it', 'c1'],
      ['deputy', 'deputy-it', 'c1'],
      ['principal', 'principal', 'c1'],
      ['superior_unit', 'city-principal', 'city'],
    ]);
    expect(chain.gaps).toEqual([]);
  });

  it('routes each category to the deputy who oversees its department', () => {
    expect(resolveResponsibilityChain(county(), 'fire').rungs[1]!.person.id).toBe('deputy-sec');
  });

  it('skips a vacant post and says so', () => {
    const org = county({ positions: county().positions.filter((p) => p.person.id !== 'head-it') });
    const chain = resolveResponsibilityChain(org, 'network');
    expect(chain.rungs[0]).toMatchObject({ level: 'deputy', person: { id: 'deputy-it' } });
    expect(chain.gaps).toEqual([{ kind: 'vacant', level: 'department_head', unitId: 'c1' }]);
  });

  it('gives an unmapped category to the principal, who bears overall responsibility', () => {
    const chain = resolveResponsibilityChain(county(), 'pests');
    expect(chain.departmentId).toBeNull();
    expect(chain.rungs.map((r) => r.level)).toEqual(['principal', 'superior_unit']);
    expect(chain.gaps).toEqual([{ kind: 'no_responsibility_area', category: 'pests' }]);
  });

  it('does not escalate to the same person twice', () => {
    const positions: PositionHolding[] = [
      { person: person('principal'), kind: 'principal' },
      { person: person('principal'), kind: 'deputy', oversees: ['c1-security'] },
      { person: person('head-sec'), kind: 'department_head', departmentId: 'c1-security' },
    ];
    const chain = resolveResponsibilityChain(county({ positions }), 'fire');
    expect(chain.rungs.map((r) => r.person.id)).toEqual(['head-sec', 'principal', 'city-principal']);
    expect(chain.gaps).toEqual([{ kind: 'merged', level: 'principal', personId: 'principal' }]);
  });

  it('ends at the principal at the top of the tree', () => {
    const chain = resolveResponsibilityChain(county({ superior: null }), 'fire');
    expect(chain.rungs.map((r) => r.level)).toEqual(['department_head', 'deputy', 'principal']);
  });

  it('records a superior unit without a principal as a vacancy', () => {
    const chain = resolveResponsibilityChain(county({ superior: { id: 'city', name: 'City', principal: null } }), 'fire');
    expect(chain.rungs).toHaveLength(3);
    expect(chain.gaps).toContainEqual({ kind: 'vacant', level: 'superior_unit', unitId: 'city' });
  });

  it('for any org: levels ascend, nobody appears twice, and every missing rung is explained', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const depts = fc.constantFrom('d1', 'd2', 'd3');
    const holding = fc.oneof(
      fc.record({ person: ids.map(person), kind: fc.constant('principal' as const) }),
      fc.record({ person: ids.map(person), kind: fc.constant('deputy' as const), oversees: fc.uniqueArray(depts, { maxLength: 3 }) }),
      fc.record({ person: ids.map(person), kind: fc.constant('department_head' as const), departmentId: depts }),
      fc.record({ person: ids.map(person), kind: fc.constant('staff' as const) }),
    );
    fc.assert(
      fc.property(
        fc.array(holding, { maxLength: 8 }),
        fc.constantFrom(...HAZARD_CATEGORIES),
        fc.option(depts, { nil: undefined }),
        fc.boolean(),
        (positions, category, dept, hasSuperior) => {
          const org = county({
            positions,
            responsibilityAreas: dept ? { [category]: dept } : {},
            superior: hasSuperior ? { id: 'city', name: 'City', principal: person('z') } : null,
          });
          const chain = resolveResponsibilityChain(org, category);
          const order = chain.rungs.map((r) => RUNG_LEVELS.indexOf(r.level));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          expect(new Set(chain.rungs.map((r) => r.person.id)).size).toBe(chain.rungs.length);
          const possible = dept ? 3 + (hasSuperior ? 1 : 0) : 1 + (hasSuperior ? 1 : 0);
          const explained = chain.gaps.filter((g) => g.kind !== 'no_responsibility_area').length;
          expect(chain.rungs.length + explained).toBe(possible);
        },
      ),
    );
  });
});
