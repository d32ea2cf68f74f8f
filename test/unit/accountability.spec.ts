import fc from 'fast-check';
import {
  answerableFor,
  assessHazardConduct,
  assessIncidentConduct,
  DEFAULT_SANCTION_RULES,
  proposeSanctions,
  sanctionEnd,
  sanctionFor,
  SANCTIONS,
  validateDiscipline,
  yellowCardDue,
  type ChainRung,
  type LetterRecord,
  type ReviewSourceEvent,
} from '#domain';

const rung = (level: ChainRung['level'], id: string, unitId = 'u'): ChainRung => ({ level, unitId, person: { id, name: id } });
const CHAIN = [rung('department_head', 'head'), rung('deputy', 'deputy'), rung('principal', 'principal'), rung('superior_unit', 'city', 'parent')];
const t = (s: number) => new Date(Date.UTC(2026, 5, 1, 8, 0, s)).toISOString();

/** Hand-made events carry only the payload fields a case needs, so they are cast to the stored shape. */
function log(...events: Array<{ type: string; actorId: string | null; occurredAt: string; payload: object }>): ReviewSourceEvent[] {
  return events.map((e, i) => ({ ...e, sequence: i + 1 }) as ReviewSourceEvent);
}
const assigned = { type: 'assigned', actorId: null, occurredAt: t(0), payload: { chain: { rungs: CHAIN }, to: CHAIN[0] } };
const missed = (at: number, action: string, personIds: string[], deadline: number) => ({ type: 'deadline_missed', actorId: null, occurredAt: t(at), payload: { action, personIds, deadline: t(deadline), lateByMs: (at - deadline) * 1000 } });
const escalated = (at: number, to: number) => ({ type: 'escalated', actorId: null, occurredAt: t(at), payload: { reason: 'deadline_missed', from: CHAIN[to - 1], to: CHAIN[to] } });

describe('assessHazardConduct', () => {
  it('excuses the holder who asked for escalation in time and proposes sanctions for the leaders who let it lapse', () => {
    const events = log(
      assigned,
      { type: 'acknowledged', actorId: 'head', occurredAt: t(1), payload: {} },
      { type: 'request_submitted', actorId: 'head', occurredAt: t(2), payload: { request: { id: 'r1', kind: 'escalation', requestedBy: 'head', deciderId: 'deputy' } } },
      { type: 'decision_lapsed', actorId: null, occurredAt: t(4), payload: { requestId: 'r1', leader: 'deputy', deadline: t(3), lateByMs: 1000, escalatedTo: { id: 'principal' } } },
      missed(6, 'rectify', ['head'], 5),
      escalated(6, 1),
      missed(9, 'rectify', ['deputy'], 9),
      escalated(9, 2),
      { type: 'plan_submitted', actorId: 'principal', occurredAt: t(10), payload: {} },
    );
    const a = assessHazardConduct({ category: 'fire', severity: 'general', events, letters: [], maxVerificationFailures: 2, rules: DEFAULT_SANCTION_RULES });
    const conduct = (p: string) => a.findings.filter((f) => f.personId === p).map((f) => f.conduct).sort();
    expect(conduct('head')).toEqual(['escalated_properly']);
    expect(conduct('deputy')).toEqual(['lapsed_decision', 'no_action']);
    expect(conduct('principal')).toEqual(['acted_in_time']);
    expect(a.proposals).toEqual([{ personId: 'deputy', conducts: ['lapsed_decision', 'no_action'], sanction: 'demerit', grounds: expect.any(Array) }]);
    expect(a.timeline.find((e) => e.type === 'escalated' && e.sequence === 8)?.holder).toMatchObject({ personId: 'principal', level: 'principal', basis: 'org_chart' });
  });

  it('holds a holder who missed a deadline but acted afterwards as late, and one whose request was rejected as having not acted', () => {
    const events = log(
      { ...assigned, payload: { chain: { rungs: [CHAIN[3]] }, to: CHAIN[3] } },
      missed(5, 'acknowledge', ['city'], 4),
      { type: 'acknowledged', actorId: 'city', occurredAt: t(8), payload: {} },
    );
    const late = assessHazardConduct({ category: 'fire', severity: 'major', events, letters: [], maxVerificationFailures: 2, rules: DEFAULT_SANCTION_RULES });
    expect(late.findings).toEqual([expect.objectContaining({ personId: 'city', conduct: 'late', lateByMs: 4000 })]);
    expect(late.proposals[0]).toMatchObject({ personId: 'city', sanction: 'demerit' });

    const rejected = log(
      assigned,
      { type: 'request_submitted', actorId: 'head', occurredAt: t(1), payload: { request: { id: 'r1', kind: 'escalation', requestedBy: 'head' } } },
      { type: 'request_rejected', actorId: 'deputy', occurredAt: t(2), payload: { request: { id: 'r1' } } },
      missed(6, 'rectify', ['head'], 5),
    );
    const r = assessHazardConduct({ category: 'fire', severity: 'general', events: rejected, letters: [], maxVerificationFailures: 2, rules: DEFAULT_SANCTION_RULES });
    expect(r.findings.find((f) => f.personId === 'head')?.conduct).toBe('no_action');
  });

  it('counts repeated failed fixes as evasion', () => {
    const fix = (at: number) => ({ type: 'rectification_submitted', actorId: 'head', occurredAt: t(at), payload: {} });
    const fail = (at: number) => ({ type: 'verification_failed', actorId: 'officer', occurredAt: t(at), payload: {} });
    const events = log(assigned, fix(1), fail(2), fix(3), fail(4), fix(5), fail(6));
    const a = assessHazardConduct({ category: 'fire', severity: 'major', events, letters: [], maxVerificationFailures: 2, rules: DEFAULT_SANCTION_RULES });
    expect(a.proposals).toEqual([expect.objectContaining({ personId: 'head', conducts: ['evaded'], sanction: 'removal' })]);
  });

  it('attributes a rung to the signer of the letter valid at that moment', () => {
    const letters: LetterRecord[] = [
      { id: 'L-old', unitId: 'u', level: 'deputy', signerId: 'old-deputy', categories: ['fire'], periodStart: t(0), periodEnd: t(100), signedAt: t(0) },
      { id: 'L-it', unitId: 'u', level: 'deputy', signerId: 'it-deputy', categories: ['network'], periodStart: t(0), periodEnd: t(100), signedAt: t(0) },
    ];
    expect(answerableFor(letters, CHAIN[1]!, 'fire', Date.parse(t(50)))).toEqual({ personId: 'old-deputy', basis: 'letter', letterId: 'L-old' });
    expect(answerableFor(letters, CHAIN[1]!, 'fire', Date.parse(t(200)))).toEqual({ personId: 'deputy', basis: 'org_chart', letterId: null });
    expect(answerableFor(letters, CHAIN[1]!, 'water', Date.parse(t(50)))).toMatchObject({ basis: 'org_chart' });
    const unsigned = letters.map((l) => ({ ...l, signedAt: null }));
    expect(answerableFor(unsigned, CHAIN[1]!, 'fire', Date.parse(t(50)))).toMatchObject({ basis: 'org_chart' });
  });
});

describe('assessHazardConduct under supervision and in a follow-up review', () => {
  const top = [CHAIN[3]!];
  const events = log(
    { ...assigned, payload: { chain: { rungs: top }, to: CHAIN[3] } },
    missed(5, 'rectify', ['city'], 4),
    { type: 'accountability_review_requested', actorId: null, occurredAt: t(5), payload: { reason: 'top_rung_deadline_missed' } },
    { type: 'supervision_opened', actorId: null, occurredAt: t(5), payload: { unitId: 'parent', reason: 'top_rung_deadline_missed', termsDue: t(9), note: null } },
    { type: 'supervision_terms_lapsed', actorId: null, occurredAt: t(10), payload: { termsDue: t(9), personIds: ['city'] } },
    { type: 'supervision_terms_set', actorId: 'city', occurredAt: t(12), payload: {} },
    { type: 'supervision_report_missed', actorId: null, occurredAt: t(20), payload: { due: t(18), personIds: ['city'], missed: 1 } },
    missed(40, 'rectify', ['city'], 39),
  );
  const assess = (findingsAfter?: number) => assessHazardConduct({ category: 'fire', severity: 'general', events, letters: [], maxVerificationFailures: 2, rules: DEFAULT_SANCTION_RULES, findingsAfter });

  it('holds terms not set in time as a lapsed decision and a missed progress report as late', () => {
    const all = assess();
    expect(all.findings.map((f) => [f.conduct, f.lateByMs])).toEqual([['no_action', 1000], ['lapsed_decision', 1000], ['late', 2000], ['no_action', 1000]]);
    expect(all.findings[1]!.detail).toMatch(/did not set the supervision \(挂牌督办\) terms/);
  });

  it('weighs only what came after the events its first review covered, while telling the whole timeline', () => {
    const followUp = assess(3);
    expect(followUp.timeline).toHaveLength(events.length);
    expect(followUp.findings.map((f) => f.conduct)).toEqual(['lapsed_decision', 'late', 'no_action']);
    expect(assess(events.length).findings).toEqual([]);
  });
});

describe('assessIncidentConduct', () => {
  it('finds the unit late and a level that let the deadline pass without forwarding', () => {
    const a = assessIncidentConduct({
      severity: 'major',
      letters: [],
      rules: DEFAULT_SANCTION_RULES,
      levels: [
        { unitId: 'county', principalId: 'county-p', receivedAt: t(0), dueAt: t(10), passedOnAt: t(20), outcome: 'reported', actorId: 'x' },
        { unitId: 'city', principalId: 'city-p', receivedAt: t(20), dueAt: t(30), passedOnAt: t(40), outcome: 'missed', actorId: null },
        { unitId: 'prov', principalId: 'prov-p', receivedAt: t(40), dueAt: null, passedOnAt: null, outcome: 'received', actorId: null },
      ],
    });
    expect(a.findings.map((f) => [f.personId, f.conduct, f.lateByMs])).toEqual([['county-p', 'late', 10_000], ['city-p', 'no_action', 10_000]]);
    expect(a.proposals.map((p) => [p.personId, p.sanction])).toEqual([['city-p', 'major_demerit'], ['county-p', 'demerit']]);
  });
});

describe('sanction rules', () => {
  it('prefers a rule for the severity over a general one, and proposes the gravest sanction per person', () => {
    const rules = [{ conduct: 'late', sanction: 'warning' }, { conduct: 'late', severity: 'major', sanction: 'demotion' }, { conduct: 'no_action', sanction: 'demerit' }] as const;
    expect(sanctionFor(rules, 'late', 'general')).toBe('warning');
    expect(sanctionFor(rules, 'late', 'major')).toBe('demotion');
    expect(sanctionFor(rules, 'evaded', 'major')).toBeNull();
    const base = { at: t(0), basis: 'org_chart' as const, letterId: null, lateByMs: null, detail: 'd' };
    const proposals = proposeSanctions([{ ...base, personId: 'a', conduct: 'late' }, { ...base, personId: 'a', conduct: 'no_action' }, { ...base, personId: 'b', conduct: 'acted_in_time' }], 'general', rules);
    expect(proposals).toEqual([{ personId: 'a', conducts: ['late', 'no_action'], sanction: 'demerit', grounds: ['d', 'd'] }]);
  });

  it('weighs a loss in an incident (从重): the aggravated rule applies only with it, and never lightens the plain one', () => {
    const rules = [
      { conduct: 'late', sanction: 'demerit' },
      { conduct: 'late', severity: 'major', sanction: 'demotion' },
      { conduct: 'late', aggravating: 'incident_loss', sanction: 'major_demerit' },
      { conduct: 'evaded', aggravating: 'incident_loss', sanction: 'removal' },
    ] as const;
    expect(sanctionFor(rules, 'late', 'general')).toBe('demerit');
    expect(sanctionFor(rules, 'late', 'general', ['incident_loss'])).toBe('major_demerit');
    // The plain rule for a major hazard is already graver than the aggravated one: it stands.
    expect(sanctionFor(rules, 'late', 'major', ['incident_loss'])).toBe('demotion');
    // Only an aggravated rule exists: it applies with the circumstance, nothing without it.
    expect(sanctionFor(rules, 'evaded', 'general')).toBeNull();
    expect(sanctionFor(rules, 'evaded', 'general', ['incident_loss'])).toBe('removal');
    expect(validateDiscipline({ accountability: { statementWindow: 'P5D', decision: 'P30D', rules: [{ conduct: 'late', aggravating: 'rain', sanction: 'warning' }] } })).toEqual([
      { field: 'discipline.accountability.rules[0].aggravating', reason: 'must be one of: incident_loss' },
    ]);
  });

  it('ends a sanction its months later, clamping to the month’s last day; dismissal never ends', () => {
    expect(new Date(sanctionEnd('warning', Date.parse('2026-08-31T10:00:00Z'))!).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(new Date(sanctionEnd('demerit', Date.parse('2026-03-15T00:00:00Z'))!).toISOString()).toBe('2027-03-15T00:00:00.000Z');
    expect(sanctionEnd('dismissal', Date.now())).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2090-01-01') }), fc.constantFrom(...SANCTIONS.filter((s) => s !== 'dismissal')), (start, s) => {
        const end = sanctionEnd(s, start)!;
        const months = { warning: 6, demerit: 12, major_demerit: 18, demotion: 24, removal: 24 }[s];
        expect(end - start).toBeGreaterThanOrEqual(months * 28 * 86_400_000);
        expect(end - start).toBeLessThanOrEqual(months * 31 * 86_400_000);
      }),
    );
  });

  it('issues a yellow card on either count of the rule', () => {
    const rule = { window: 'P365D', overdueMajorHazards: 2, lapsedEscalations: 5, validity: 'P365D' };
    expect(yellowCardDue(rule, { overdueMajorHazards: 1, lapsedEscalations: 4 })).toEqual([]);
    expect(yellowCardDue(rule, { overdueMajorHazards: 2, lapsedEscalations: 0 })).toHaveLength(1);
    expect(yellowCardDue(rule, { overdueMajorHazards: 3, lapsedEscalations: 5 })).toHaveLength(2);
  });

  it('validates a discipline section field by field', () => {
    expect(validateDiscipline({ incidents: { unitReport: 'PT1H', forwardPerLevel: 'PT2H', reviewWhenLate: true } })).toEqual([]);
    expect(validateDiscipline({ campaigns: { reminders: [0.5, 0.2], escalateAt: 1.5 }, yellowCard: { window: 'P1Y', overdueMajorHazards: 0, lapsedEscalations: 1, validity: 'P1D' } }).map((p) => p.field).sort()).toEqual([
      'discipline.campaigns.escalateAt', 'discipline.campaigns.reminders', 'discipline.yellowCard.overdueMajorHazards', 'discipline.yellowCard.window',
    ]);
    expect(validateDiscipline([])).toEqual([{ field: 'discipline', reason: 'must be an object' }]);
  });
});
