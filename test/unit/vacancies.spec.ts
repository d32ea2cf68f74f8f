import { advanceTime, DEFAULT_POLICY, nextDueAt, recordChainVacancies, skipVacantRung, startLifecycle, type Clock, type EscalationPolicy, type LifecycleState, type ResponsibilityChain } from '#domain';

const S = 1000;
const policy: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [],
  severities: {
    general: { acknowledge: 'PT10S', plan: 'PT10S', rectify: 'PT20S', verify: 'PT10S', decision: 'PT5S', escalationStep: 'PT10S' },
    major: { acknowledge: 'PT10S', plan: 'PT10S', rectify: 'PT60S', verify: 'PT10S', decision: 'PT5S', escalationStep: 'PT10S' },
  },
};
const person = (id: string) => ({ id, name: id });
const chain: ResponsibilityChain = {
  unitId: 'u', category: 'fire', departmentId: 'u-sec',
  gaps: [{ kind: 'vacant', level: 'deputy', unitId: 'u' }],
  rungs: [
    { level: 'department_head', unitId: 'u', person: person('head'), departmentId: 'u-sec' },
    { level: 'principal', unitId: 'u', person: person('principal') },
    { level: 'superior_unit', unitId: 'city', person: person('city-principal') },
  ],
};
const T0 = Date.parse('2026-11-25T00:00:00Z');
const at = (seconds: number): Clock => ({ now: T0 + seconds * S, isWorkday: () => true });
const start = (): LifecycleState =>
  startLifecycle({ hazardId: 'h', unitId: 'u', severity: 'general', chain, verifiers: ['officer'], supervisors: ['principal', 'city-principal'], policy: { name: 'p', version: 1, document: policy } }, at(0)).state;

describe('vacant posts on the chain (vacant-rungs-v7)', () => {
  it('records each vacancy the chain skipped at assignment against its unit, once', () => {
    const out = recordChainVacancies(start());
    expect(out.events).toEqual([{ type: 'rung_vacant', actorId: null, payload: { level: 'deputy', unitId: 'u', personId: null, rung: null, found: 'at_assignment' }, notify: [] }]);
    expect(out.state.vacanciesRecorded).toBe(true);
  });

  it('moves a hazard past a rung whose post emptied at once, with a fresh step deadline, and tells the next holder (the superior unit: listed for supervision)', () => {
    // The head's deadline passes: the hazard reaches the principal, whose post is now empty.
    let state = start();
    state = advanceTime(state, { now: nextDueAt(state)!, isWorkday: () => true }).state;
    expect(state.currentRung).toBe(1);
    const out = skipVacantRung(state, 1, at(12));
    expect(out.events.map((e) => e.type)).toEqual(['rung_vacant', 'escalated', 'supervision_listed']);
    expect(out.events[0]).toMatchObject({ payload: { level: 'principal', unitId: 'u', personId: 'principal', rung: 1, found: 'at_escalation' }, notify: [{ recipientId: 'city-principal', kind: 'post_vacant' }] });
    expect(out.events[1]!.payload).toMatchObject({ reason: 'post_vacant' });
    expect(out.state.currentRung).toBe(2);
    expect(out.state.stage!.deadline).toBe(T0 + 22 * S);
  });

  it('only records a vacant top rung, and does nothing once the hazard has moved on', () => {
    let state = start();
    for (let i = 0; i < 2; i++) state = advanceTime(state, { now: nextDueAt(state)!, isWorkday: () => true }).state;
    expect(state.currentRung).toBe(2);
    const top = skipVacantRung(state, 2, at(25));
    expect(top.events.map((e) => e.type)).toEqual(['rung_vacant']);
    expect(top.state.currentRung).toBe(2);
    expect(skipVacantRung(state, 1, at(25)).events).toEqual([]);
  });
});
