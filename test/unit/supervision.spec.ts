import { advanceTime, applyCommand, DEFAULT_POLICY, LifecycleRejection, nextDueAt, startLifecycle, type Clock, type DomainEvent, type EscalationPolicy, type LifecycleCommand, type LifecycleState, type ResponsibilityChain } from '#domain';

const S = 1000;
const policy: EscalationPolicy = {
  ...DEFAULT_POLICY,
  reminders: [],
  severities: {
    general: { acknowledge: 'PT10S', plan: 'PT10S', rectify: 'PT20S', verify: 'PT10S', decision: 'PT5S', escalationStep: 'PT10S' },
    major: { acknowledge: 'PT10S', plan: 'PT10S', rectify: 'PT60S', verify: 'PT10S', decision: 'PT5S', escalationStep: 'PT10S' },
  },
  discipline: { supervision: { termsWithin: 'PT30S', longestDeadline: 'PT1000S' } },
};
const person = (id: string) => ({ id, name: id });
const chain: ResponsibilityChain = {
  unitId: 'u', category: 'fire', departmentId: 'u-sec', gaps: [],
  rungs: [
    { level: 'department_head', unitId: 'u', person: person('head'), departmentId: 'u-sec' },
    { level: 'principal', unitId: 'u', person: person('principal') },
    { level: 'superior_unit', unitId: 'city', person: person('city-principal') },
  ],
};
const T0 = Date.parse('2026-11-25T00:00:00Z');
const at = (seconds: number): Clock => ({ now: T0 + seconds * S, isWorkday: () => true });

/** A hazard whose run started with supervision-stage-v6 (true) or before it (false). */
function start(supervisionStage: boolean): LifecycleState {
  const s = startLifecycle({ hazardId: 'h', unitId: 'u', severity: 'general', chain, verifiers: ['officer'], supervisors: ['principal', 'city-principal'], policy: { name: 'p', version: 1, document: policy } }, at(0)).state;
  return supervisionStage ? { ...s, supervisionStage } : s;
}
/** Lets every deadline pass up to `seconds`, as the workflow's timer would. */
function tick(state: LifecycleState, seconds: number) {
  const types: string[] = [];
  for (let due = nextDueAt(state); due !== null && due <= at(seconds).now; due = nextDueAt(state)) {
    const out = advanceTime(state, { now: due, isWorkday: () => true });
    types.push(...out.events.map((e) => e.type));
    state = out.state;
  }
  return { state, types };
}
const act = (state: LifecycleState, cmd: LifecycleCommand, seconds: number) => applyCommand(state, cmd, at(seconds));
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof LifecycleRejection) return `${e.code}: ${e.message}`;
    throw e;
  }
  throw new Error('not refused');
};
const terms = (deadline: number, reportEvery: string | null = 'PT100S', supervisorId = 'city-officer'): LifecycleCommand => ({ type: 'setSupervisionTerms', actorId: 'city-officer', deadline: new Date(T0 + deadline * S).toISOString(), supervisorId, reportEvery, note: '' });

describe('supervision after the top rung (挂牌督办)', () => {
  it('opens supervision when the top rung lapses, keeping the lapsed deadline (overdue) and a clock for the terms', () => {
    const { state, types } = tick(start(true), 35);
    expect(types).toEqual(['deadline_missed', 'escalated', 'deadline_missed', 'escalated', 'supervision_listed', 'deadline_missed', 'accountability_review_requested', 'supervision_opened']);
    expect(state.supervision).toMatchObject({ unitId: 'city', reason: 'top_rung_deadline_missed', lapsedDeadline: T0 + 30 * S, termsDue: T0 + 60 * S, terms: null });
    expect(state.stage!.deadline).toBe(T0 + 30 * S);
    expect(nextDueAt(state)).toBe(T0 + 60 * S);
  });

  it('records terms not set in time against the top rung, once, and then waits without a clock', () => {
    const { state, types } = tick(tick(start(true), 35).state, 100);
    expect(types).toEqual(['supervision_terms_lapsed']);
    expect(state.missedDeadlines[state.missedDeadlines.length - 1]).toMatchObject({ action: 'supervision_terms', personIds: ['city-principal'] });
    expect(nextDueAt(state)).toBeNull();
  });

  it('runs every step on the supervision deadline once the terms are set, chases missed progress reports, and lifts on the supervisor’s verification', () => {
    let s = tick(start(true), 35).state;
    expect(refusal(() => act(s, terms(500, 'PT100S', 'city-principal'), 36))).toMatch(/invalid_input: supervisorId/);
    expect(refusal(() => act(s, terms(2000), 36))).toMatch(/at most PT1000S/);
    expect(refusal(() => act(s, terms(30), 36))).toMatch(/in the future/);
    s = act(s, terms(500), 36).state;
    expect(s.stage!.deadline).toBe(T0 + 500 * S);
    expect(refusal(() => act(s, terms(400), 37))).toMatch(/wrong_state: the supervision terms were set/);
    const reports = tick(s, 350);
    expect(reports.types).toEqual(['supervision_report_missed', 'supervision_report_missed', 'supervision_report_missed']);
    s = act(reports.state, { type: 'reportProgress', actorId: 'city-principal', text: 'on it' }, 351).state;
    expect(s.supervision!.nextReportDue).toBe(T0 + 451 * S);
    s = act(s, { type: 'submitRectification', actorId: 'city-principal', summary: 'fixed', evidence: ['p'] }, 360).state;
    expect(s.stage).toMatchObject({ action: 'verify', deadline: T0 + 500 * S });
    expect(refusal(() => act(s, { type: 'verify', actorId: 'officer', passed: true, comment: '' }, 361))).toMatch(/not_allowed/);
    const lifted = act(s, { type: 'verify', actorId: 'city-officer', passed: true, comment: '' }, 361);
    expect(lifted.events.map((e) => e.type)).toEqual(['verification_passed', 'supervision_lifted', 'closed']);
  });

  it('keeps a hazard overdue, its clock stopped, once the supervision deadline has passed', () => {
    const s = act(tick(start(true), 35).state, terms(50, null), 36).state;
    const { state, types } = tick(s, 200);
    expect(types).toEqual(['deadline_missed']);
    expect(state.supervision!.deadlineMissed).toBe(true);
    expect(nextDueAt(state)).toBeNull();
    const fixed = act(state, { type: 'submitRectification', actorId: 'city-principal', summary: 'late', evidence: ['p'] }, 210).state;
    expect(fixed.stage!.deadline).toBe(T0 + 50 * S);
  });

  it('migrates a run that lapsed at the top before v6 when the superior lists it by hand: overdue on the lapsed deadline until terms are set', () => {
    const old = tick(start(false), 35).state;
    expect(old.stage!.deadline).toBeNull();
    expect(old.supervision).toBeUndefined();
    const listed = act(old, { type: 'listForSupervision', actorId: 'city-officer', reason: 'lapsed under the old rules' }, 40);
    expect(listed.events.map((e) => e.type)).toEqual(['supervision_opened']);
    expect(listed.state.supervision).toMatchObject({ reason: 'listed_by_hand', listedBy: 'city-officer', lapsedDeadline: T0 + 30 * S, termsDue: T0 + 70 * S });
    expect(listed.state.stage!.deadline).toBe(T0 + 30 * S);
    expect(refusal(() => act(listed.state, { type: 'listForSupervision', actorId: 'city-officer', reason: 'again' }, 41))).toMatch(/already under supervision/);
  });

  it('stops the clock at the top, as before, for a run started before v6', () => {
    const { state, types } = tick(start(false), 100);
    expect(types).not.toContain('supervision_opened');
    expect(nextDueAt(state)).toBeNull();
  });
});

describe('reviews the policy opens for deadlines missed on the way', () => {
  const withTrigger = (n: number): LifecycleState => {
    const s = start(true);
    return { ...s, policy: { ...s.policy, document: { ...policy, discipline: { ...policy.discipline, reviews: { afterMissedDeadlines: n } } } } };
  };

  it('opens the review at the Nth missed deadline, before the top rung, and it stays when the hazard is fixed', () => {
    const { state, types } = tick(withTrigger(2), 25);
    expect(types).toEqual(['deadline_missed', 'escalated', 'deadline_missed', 'accountability_review_requested', 'escalated', 'supervision_listed']);
    const requested = advanceTime(withTrigger(2), at(10)).events;
    expect(requested.map((e) => e.type)).not.toContain('accountability_review_requested');
    const fixed = act(state, { type: 'submitRectification', actorId: 'city-principal', summary: 'fixed', evidence: ['p'] }, 26).state;
    expect(fixed.reviewRequested).toBe(true);
  });

  it('never opens one for that reason when the policy leaves it at 0, the default', () => {
    expect(tick(withTrigger(0), 25).types).not.toContain('accountability_review_requested');
    expect(tick(start(true), 25).types).not.toContain('accountability_review_requested');
  });
});

describe('the follow-up review of lapses under supervision (supervision-reviews-v8)', () => {
  const v8 = (): LifecycleState => ({ ...start(true), supervisionReviews: true });
  const reviewReasons = (events: readonly DomainEvent[]) => events.flatMap((e) => (e.type === 'accountability_review_requested' ? [e.payload.reason] : []));

  it('opens it, once, when the supervision deadline passes after the first review was asked for', () => {
    const lapsed = tick(v8(), 35);
    expect(lapsed.state.reviewRequested).toBe(true);
    const s = act(lapsed.state, terms(50, null), 36).state;
    const missed = advanceTime(s, at(50));
    expect(missed.events.map((e) => e.type)).toEqual(['deadline_missed', 'accountability_review_requested']);
    expect(reviewReasons(missed.events)).toEqual(['supervision_lapses']);
    expect(missed.state.supervisionReviewRequested).toBe(true);
    // Lifted later: the follow-up already covers it.
    const fixed = act(missed.state, { type: 'submitRectification', actorId: 'city-principal', summary: 'late', evidence: ['p'] }, 60).state;
    expect(reviewReasons(act(fixed, { type: 'verify', actorId: 'city-officer', passed: true, comment: '' }, 61).events)).toEqual([]);
  });

  it('opens it at lifting when terms were set late or reports were missed, and not when supervision went to plan', () => {
    const late = act(tick(tick(v8(), 35).state, 70).state, terms(500, 'PT100S'), 71).state;
    const rectified = act(late, { type: 'submitRectification', actorId: 'city-principal', summary: 'fixed', evidence: ['p'] }, 80).state;
    const lifted = act(rectified, { type: 'verify', actorId: 'city-officer', passed: true, comment: '' }, 81);
    expect(lifted.events.map((e) => e.type)).toEqual(['verification_passed', 'supervision_lifted', 'closed', 'accountability_review_requested']);
    expect(reviewReasons(lifted.events)).toEqual(['supervision_lapses']);

    const onPlan = act(tick(v8(), 35).state, terms(500, 'PT100S'), 36).state;
    const done = act(act(onPlan, { type: 'submitRectification', actorId: 'city-principal', summary: 'fixed', evidence: ['p'] }, 40).state, { type: 'verify', actorId: 'city-officer', passed: true, comment: '' }, 41);
    expect(reviewReasons(done.events)).toEqual([]);
  });

  it('never opens one in a run started before v8', () => {
    const s = act(tick(start(true), 35).state, terms(50, null), 36).state;
    expect(advanceTime(s, at(50)).events.map((e) => e.type)).toEqual(['deadline_missed']);
  });
});
