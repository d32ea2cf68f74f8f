import { applyCommand, availableActions, DEFAULT_POLICY, startLifecycle, type Clock, type EscalationPolicy, type LifecycleState, type ResponsibilityChain } from '#domain';

/** What a hazard's page offers each person is asked of the rules (availableActions), not a copy of them. */
const policy: EscalationPolicy = {
  ...DEFAULT_POLICY,
  severities: {
    general: { acknowledge: 'PT1H', plan: 'PT1H', rectify: 'P7D', verify: 'PT1H', decision: 'PT1H', escalationStep: 'PT1H' },
    major: { acknowledge: 'PT1H', plan: 'PT1H', rectify: 'P30D', verify: 'PT1H', decision: 'PT1H', escalationStep: 'PT1H' },
  },
};
const person = (id: string) => ({ id, name: id });
const chain: ResponsibilityChain = {
  unitId: 'u',
  category: 'water',
  departmentId: 'u-custody',
  gaps: [],
  rungs: [
    { level: 'department_head', unitId: 'u', person: person('head'), departmentId: 'u-custody' },
    { level: 'deputy', unitId: 'u', person: person('deputy') },
    { level: 'principal', unitId: 'u', person: person('principal') },
    { level: 'superior_unit', unitId: 'city', person: person('city-principal') },
  ],
};
const T0 = Date.parse('2026-12-01T00:00:00Z');
const clock: Clock = { now: T0, isWorkday: () => true };
const start = (severity: 'general' | 'major'): LifecycleState =>
  startLifecycle({ hazardId: 'h', unitId: 'u', severity, chain, verifiers: ['officer'], supervisors: ['principal', 'city-principal'], policy: { name: 't', version: 1, document: policy } }, clock).state;
const offered = (s: LifecycleState, who: string, reporter = false) => availableActions(s, who, { reporter, actsFor: {} }, clock);

describe('availableActions: what the page offers, by the rules', () => {
  it('offers the holder acknowledging and asking for time or help; the reporter only evidence; others nothing', () => {
    const s = start('major');
    // A major hazard is not rectified before its plan, and acknowledging needs no extension.
    expect(offered(s, 'head').actions).toEqual(['acknowledge', 'requestEscalation', 'attachEvidence']);
    expect(offered(start('general'), 'head').actions).toEqual(['acknowledge', 'submitRectification', 'requestEscalation', 'attachEvidence']);
    expect(offered(s, 'staff', true).actions).toEqual(['attachEvidence']);
    expect(offered(s, 'staff').actions).toEqual([]);
    expect(offered(s, 'deputy').actions).toEqual(['attachEvidence']);
  });

  it('gives the plan form the policy’s rectification deadline (30 days for a major hazard), and an extension the current deadline to start from', () => {
    const s = applyCommand(start('major'), { type: 'acknowledge', actorId: 'head' }, clock).state;
    const you = offered(s, 'head');
    expect(you.actions).toContain('submitPlan');
    expect(you.planDeadline).toBe(new Date(T0 + 30 * 86_400_000).toISOString());
    expect(you.currentDeadline).toBe(new Date(s.stage!.deadline!).toISOString());
    expect(offered(s, 'officer').planDeadline).toBeNull();
  });

  it('offers the decision to the leader the request waits for, and verification to the verifier but never to the rectifier', () => {
    let s = applyCommand(start('general'), { type: 'acknowledge', actorId: 'head' }, clock).state;
    s = applyCommand(s, { type: 'requestExtension', actorId: 'head', newDeadline: new Date(T0 + 30 * 86_400_000).toISOString(), reason: 'parts' }, clock).state;
    expect(offered(s, 'deputy').actions).toContain('decide');
    expect(offered(s, 'principal').actions).not.toContain('decide');
    s = applyCommand(s, { type: 'decide', actorId: 'deputy', requestId: s.pendingRequest!.id, approve: true, comment: 'ok' }, clock).state;
    s = applyCommand(s, { type: 'submitRectification', actorId: 'head', summary: 'done', evidence: ['p'] }, clock).state;
    expect(offered(s, 'officer').actions).toEqual(['verify', 'attachEvidence']);
    expect(offered(s, 'head').actions).not.toContain('verify');
    s = applyCommand(s, { type: 'verify', actorId: 'officer', passed: true, comment: 'ok' }, clock).state;
    expect(offered(s, 'officer').actions).toEqual([]);
  });
});
