import fc from 'fast-check';
import {
  advanceTime,
  applyCommand,
  DEFAULT_POLICY,
  LifecycleRejection,
  nextDueAt,
  startLifecycle,
  type Clock,
  type EscalationNeed,
  type EscalationPolicy,
  type LifecycleCommand,
  type LifecycleState,
  type ResponsibilityChain,
} from '#domain';

const S = 1000;
const policy: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [0.5],
  maxVerificationFailures: 1,
  severities: {
    general: { acknowledge: 'PT10S', plan: 'PT10S', rectify: 'PT20S', verify: 'PT10S', decision: 'PT5S', escalationStep: 'PT10S' },
    major: { acknowledge: 'PT10S', plan: 'PT10S', rectify: 'PT60S', verify: 'PT10S', decision: 'PT5S', escalationStep: 'PT10S' },
  },
};
const person = (id: string) => ({ id, name: id });
const chain: ResponsibilityChain = {
  unitId: 'u',
  category: 'fire',
  departmentId: 'u-sec',
  gaps: [],
  rungs: [
    { level: 'department_head', unitId: 'u', person: person('head'), departmentId: 'u-sec' },
    { level: 'deputy', unitId: 'u', person: person('deputy') },
    { level: 'principal', unitId: 'u', person: person('principal') },
    { level: 'superior_unit', unitId: 'city', person: person('city-principal') },
  ],
};
const T0 = Date.parse('2026-11-25T00:00:00Z');
const at = (seconds: number): Clock => ({ now: T0 + seconds * S, isWorkday: () => true });

function start(severity: 'general' | 'major' = 'general'): LifecycleState {
  return startLifecycle(
    { hazardId: 'h', unitId: 'u', severity, chain, verifiers: ['officer', 'head'], supervisors: ['principal', 'city-principal'], policy: { name: 'test', version: 1, document: policy } },
    at(0),
  ).state;
}

function run(state: LifecycleState, cmd: LifecycleCommand, seconds: number) {
  return applyCommand(state, cmd, at(seconds));
}

function rejection(fn: () => unknown): LifecycleRejection {
  try {
    fn();
  } catch (e) {
    if (e instanceof LifecycleRejection) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

const plan = { responsiblePersonId: 'head', measures: 'replace wiring', funds: '¥20,000 from the safety budget', deadline: new Date(T0 + 40 * S).toISOString(), contingencyPlan: 'cut power nightly' };

describe('hazard lifecycle', () => {
  it('carries a general hazard from assignment to closure', () => {
    let s = start();
    expect(s).toMatchObject({ status: 'assigned', currentRung: 0, stage: { action: 'acknowledge', deadline: T0 + 10 * S } });
    s = run(s, { type: 'acknowledge', actorId: 'head' }, 1).state;
    expect(s.stage).toMatchObject({ action: 'rectify', deadline: T0 + 21 * S });
    s = run(s, { type: 'submitRectification', actorId: 'head', summary: 'done', evidence: ['photo.jpg'] }, 2).state;
    expect(s).toMatchObject({ status: 'rectified', rectifierId: 'head', stage: { action: 'verify' } });
    const closed = run(s, { type: 'verify', actorId: 'officer', passed: true, comment: 'ok' }, 3);
    expect(closed.state.status).toBe('closed');
    expect(closed.events.map((e) => e.type)).toEqual(['verification_passed', 'closed']);
    expect(nextDueAt(closed.state)).toBeNull();
  });

  it('lets a general hazard be fixed on the spot, acknowledging it in the same act', () => {
    const out = run(start(), { type: 'submitRectification', actorId: 'head', summary: 'moved the heater', evidence: ['p.jpg'] }, 1);
    expect(out.events.map((e) => e.type)).toEqual(['acknowledged', 'rectification_submitted']);
  });

  it('requires the five in place for a major hazard plan, within the policy', () => {
    let s = run(start('major'), { type: 'acknowledge', actorId: 'head' }, 1).state;
    expect(s.stage?.action).toBe('plan');
    expect(rejection(() => run(s, { type: 'submitRectification', actorId: 'head', summary: 'x', evidence: ['e'] }, 2)).code).toBe('wrong_state');
    expect(rejection(() => run(s, { type: 'submitPlan', actorId: 'head', plan: { ...plan, funds: ' ' } }, 2)).message).toMatch(/plan\.funds.*五落实/);
    const tooLate = new Date(T0 + 3600 * S).toISOString();
    expect(rejection(() => run(s, { type: 'submitPlan', actorId: 'head', plan: { ...plan, deadline: tooLate } }, 2)).message).toMatch(/extension/);
    s = run(s, { type: 'submitPlan', actorId: 'head', plan }, 2).state;
    expect(s).toMatchObject({ status: 'planned', stage: { action: 'rectify', deadline: T0 + 40 * S } });
  });

  it('refuses wrong people with not_allowed and wrong moments with wrong_state', () => {
    const s = start();
    expect(rejection(() => run(s, { type: 'acknowledge', actorId: 'deputy' }, 1)).code).toBe('not_allowed');
    expect(rejection(() => run(s, { type: 'verify', actorId: 'officer', passed: true, comment: '' }, 1)).code).toBe('wrong_state');
    const rectified = run(s, { type: 'submitRectification', actorId: 'head', summary: 'x', evidence: ['e'] }, 1).state;
    expect(rejection(() => run(rectified, { type: 'verify', actorId: 'head', passed: true, comment: '' }, 2)).message).toMatch(/separation of duties/);
    expect(rejection(() => run(rectified, { type: 'verify', actorId: 'stranger', passed: true, comment: '' }, 2)).code).toBe('not_allowed');
  });

  it('sends a reminder at half time, then escalates rung by rung and lists the hazard at the top (挂牌督办)', () => {
    let s = start();
    expect(nextDueAt(s)).toBe(T0 + 5 * S);
    let out = advanceTime(s, at(5));
    expect(out.events.map((e) => e.type)).toEqual(['reminder_sent']);
    s = out.state;
    out = advanceTime(s, at(10));
    expect(out.events.map((e) => e.type)).toEqual(['deadline_missed', 'escalated']);
    expect(out.events[1]!.notify).toEqual([
      { recipientId: 'deputy', kind: 'escalated_to_you' },
      { recipientId: 'head', kind: 'escalated_from_you' },
    ]);
    s = out.state;
    expect(s).toMatchObject({ currentRung: 1, stage: { action: 'acknowledge', deadline: T0 + 20 * S } });
    s = advanceTime(s, at(20)).state;
    out = advanceTime(s, at(30));
    expect(out.events.map((e) => e.type)).toEqual(['deadline_missed', 'escalated', 'supervision_listed']);
    s = out.state;
    expect(s.supervised).toBe(true);
    out = advanceTime(s, at(40));
    expect(out.events.map((e) => e.type)).toEqual(['deadline_missed', 'accountability_review_requested']);
    expect(nextDueAt(out.state)).toBeNull();
    expect(out.state.holders.map((h) => h.personId)).toEqual(['head', 'deputy', 'principal', 'city-principal']);
    expect(out.state.missedDeadlines.map((m) => m.personIds)).toEqual([['head'], ['deputy'], ['principal'], ['city-principal']]);
  });

  it('extends a deadline when the next leader approves, and changes nothing when they reject', () => {
    const s = run(start(), { type: 'acknowledge', actorId: 'head' }, 1).state;
    const asked = run(s, { type: 'requestExtension', actorId: 'head', newDeadline: new Date(T0 + 100 * S).toISOString(), reason: 'parts on order' }, 2);
    const req = asked.state.pendingRequest!;
    expect(req).toMatchObject({ deciderId: 'deputy', kind: 'extension' });
    expect(rejection(() => run(asked.state, { type: 'decide', actorId: 'principal', requestId: req.id, approve: true, comment: '' }, 3)).code).toBe('not_allowed');
    const approved = run(asked.state, { type: 'decide', actorId: 'deputy', requestId: req.id, approve: true, comment: 'fine' }, 3);
    expect(approved.state.stage?.deadline).toBe(T0 + 100 * S);
    expect(approved.events.map((e) => e.type)).toEqual(['request_approved', 'deadline_extended']);
    const rejected = run(asked.state, { type: 'decide', actorId: 'deputy', requestId: req.id, approve: false, comment: 'no' }, 3);
    expect(rejected.state.stage).toEqual(s.stage);
    expect(rejected.state.pendingRequest).toBeNull();
  });

  it('moves ownership up on an approved escalation request, or adds the leader as co-owner', () => {
    const s = run(start(), { type: 'acknowledge', actorId: 'head' }, 1).state;
    const ask = (mode: 'transfer' | 'co_own') => run(s, { type: 'requestEscalation', actorId: 'head', reason: 'needs funds', needs: ['funds'], mode }, 2).state;
    const transfer = ask('transfer');
    const moved = run(transfer, { type: 'decide', actorId: 'deputy', requestId: transfer.pendingRequest!.id, approve: true, comment: '' }, 3).state;
    expect(moved.currentRung).toBe(1);
    const co = ask('co_own');
    const joined = run(co, { type: 'decide', actorId: 'deputy', requestId: co.pendingRequest!.id, approve: true, comment: '' }, 3).state;
    expect(joined.currentRung).toBe(0);
    expect(joined.coOwners.map((c) => c.person.id)).toEqual(['deputy']);
    expect(run(joined, { type: 'submitRectification', actorId: 'deputy', summary: 'funded', evidence: ['x'] }, 4).state.rectifierId).toBe('deputy');
  });

  it('escalates an undecided request to the next leader and records the lapse against the first', () => {
    const s = run(start(), { type: 'acknowledge', actorId: 'head' }, 1).state;
    const asked = run(s, { type: 'requestEscalation', actorId: 'head', reason: 'authority', needs: ['authority'], mode: 'transfer' }, 2).state;
    const out = advanceTime(asked, at(7));
    expect(out.events.map((e) => e.type)).toEqual(['decision_lapsed']);
    expect(out.state.pendingRequest).toMatchObject({ deciderId: 'principal', lapsedBy: ['deputy'] });
    expect(out.state.missedDeadlines).toEqual([{ action: 'decision', personIds: ['deputy'], deadline: T0 + 7 * S, at: T0 + 7 * S }]);
  });

  it('returns a failed verification to rework and requests a review once failures pass the limit', () => {
    let s = run(start(), { type: 'submitRectification', actorId: 'head', summary: 'x', evidence: ['e'] }, 1).state;
    let out = run(s, { type: 'verify', actorId: 'officer', passed: false, comment: 'still leaking' }, 2);
    expect(out.state).toMatchObject({ status: 'rework', verificationFailures: 1, stage: { action: 'rectify' } });
    s = run(out.state, { type: 'submitRectification', actorId: 'head', summary: 'y', evidence: ['e2'] }, 3).state;
    out = run(s, { type: 'verify', actorId: 'officer', passed: false, comment: 'no' }, 4);
    expect(out.events.map((e) => e.type)).toEqual(['verification_failed', 'accountability_review_requested']);
    s = run(out.state, { type: 'submitRectification', actorId: 'head', summary: 'z', evidence: ['e3'] }, 5).state;
    out = run(s, { type: 'verify', actorId: 'officer', passed: false, comment: 'no' }, 6);
    expect(out.events.map((e) => e.type)).toEqual(['verification_failed']);
    expect(out.state.rectificationAttempts).toBe(3);
  });

  it('lets only supervisors adopt a newer policy version', () => {
    const s = start();
    const newer = { name: 'test', version: 2, document: policy };
    expect(rejection(() => run(s, { type: 'migratePolicy', actorId: 'head', policy: newer, reason: 'r' }, 1)).code).toBe('not_allowed');
    expect(rejection(() => run(s, { type: 'migratePolicy', actorId: 'principal', policy: { ...newer, version: 1 }, reason: 'r' }, 1)).code).toBe('wrong_state');
    expect(run(s, { type: 'migratePolicy', actorId: 'principal', policy: newer, reason: 'r' }, 1).state.policy.version).toBe(2);
  });
});

describe('lifecycle properties', () => {
  const people = ['head', 'deputy', 'principal', 'city-principal', 'officer', 'stranger'];
  const command: fc.Arbitrary<LifecycleCommand> = fc.oneof(
    fc.record({ type: fc.constant('acknowledge' as const), actorId: fc.constantFrom(...people) }),
    fc.record({ type: fc.constant('submitPlan' as const), actorId: fc.constantFrom(...people), plan: fc.constant(plan) }),
    fc.record({ type: fc.constant('submitRectification' as const), actorId: fc.constantFrom(...people), summary: fc.constant('s'), evidence: fc.constantFrom<string[][]>([], ['e']) }),
    fc.record({ type: fc.constant('verify' as const), actorId: fc.constantFrom(...people), passed: fc.boolean(), comment: fc.constant('') }),
    fc.record({ type: fc.constant('requestExtension' as const), actorId: fc.constantFrom(...people), newDeadline: fc.constant(new Date(T0 + 500 * S).toISOString()), reason: fc.constant('r') }),
    fc.record({ type: fc.constant('requestEscalation' as const), actorId: fc.constantFrom(...people), reason: fc.constant('r'), needs: fc.constant<EscalationNeed[]>(['funds']), mode: fc.constantFrom('transfer' as const, 'co_own' as const) }),
    fc.record({ type: fc.constant('decide' as const), actorId: fc.constantFrom(...people), requestId: fc.constantFrom('h-r1', 'h-r2', 'h-r3'), approve: fc.boolean(), comment: fc.constant('') }),
  );
  const step = fc.record({ wait: fc.integer({ min: 0, max: 15 }), cmd: fc.option(command, { nil: undefined }) });

  it('never goes back to an earlier rung, never reopens a closed hazard, and a rejection changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom('general' as const, 'major' as const), fc.array(step, { maxLength: 40 }), (severity, steps) => {
        let s = start(severity);
        let t = 0;
        let reviews = 0;
        for (const { wait, cmd } of steps) {
          t += wait;
          // Deliver every due timer in order, as the workflow does.
          for (let due = nextDueAt(s); due !== null && due <= T0 + t * S; due = nextDueAt(s)) {
            const out = advanceTime(s, { now: due, isWorkday: () => true });
            expect(out.events.length).toBeGreaterThan(0);
            expect(out.state.currentRung!).toBeGreaterThanOrEqual(s.currentRung!);
            reviews += out.events.filter((e) => e.type === 'accountability_review_requested').length;
            s = out.state;
          }
          if (!cmd) continue;
          const before = JSON.stringify(s);
          try {
            const out = applyCommand(s, cmd, at(t));
            expect(out.events.length).toBeGreaterThan(0);
            expect(out.state.currentRung!).toBeGreaterThanOrEqual(s.currentRung!);
            if (s.status === 'closed') throw new Error('a closed hazard accepted a command');
            reviews += out.events.filter((e) => e.type === 'accountability_review_requested').length;
            s = out.state;
          } catch (e) {
            if (!(e instanceof LifecycleRejection)) throw e;
            expect(JSON.stringify(s)).toBe(before);
          }
          if (s.status === 'closed') expect(nextDueAt(s)).toBeNull();
          expect(reviews).toBeLessThanOrEqual(1);
          const open = s.holders.filter((h) => h.to === null);
          expect(open.length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
