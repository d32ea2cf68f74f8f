import fc from 'fast-check';
import chineseDays from 'chinese-days';
import { addDuration, assertPolicyHolds, chinaDate, DEFAULT_POLICY, parseDuration, pinForRisk, PolicyInvalidError, validatePolicy } from '#domain';

const isWorkday = (d: string) => chineseDays.isWorkday(d);

describe('parseDuration', () => {
  it.each([
    ['PT30S', 30_000],
    ['PT1.5S', 1_500],
    ['PT2H30M', 9_000_000],
    ['P3D', 259_200_000],
    ['P1W', 604_800_000],
    ['P1DT1S', 86_401_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'P', 'PT', '3D', 'P1M', 'P1Y', 'PT0S', 'P-1D', 'PT1.2345S'])('rejects %j', (text) => {
    expect(() => parseDuration(text)).toThrow(/ISO-8601|longer than zero/);
  });

  it('round-trips any composition of weeks, days, hours, minutes and seconds', () => {
    fc.assert(
      fc.property(fc.nat(5), fc.nat(30), fc.nat(48), fc.nat(120), fc.nat(120), (w, d, h, m, s) => {
        fc.pre(w + d + h + m + s > 0);
        const text = `P${w ? `${w}W` : ''}${d ? `${d}D` : ''}${h || m || s ? `T${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}` : ''}`;
        expect(parseDuration(text)).toBe((((w * 7 + d) * 24 + h) * 60 + m) * 60_000 + s * 1000);
      }),
    );
  });
});

describe('validatePolicy', () => {
  it('accepts the default policy', () => expect(validatePolicy(DEFAULT_POLICY)).toEqual([]));

  it('names each bad field', () => {
    const bad = {
      ...DEFAULT_POLICY,
      reminders: [0.75, 0.5],
      maxVerificationFailures: -1,
      calendar: 'lunar',
      ladder: ['principal', 'deputy'],
      severities: { general: { ...DEFAULT_POLICY.severities.general, rectify: 'soon' }, major: DEFAULT_POLICY.severities.major },
      colour: 'red',
    };
    expect(validatePolicy(bad).map((p) => p.field).sort()).toEqual(
      ['calendar', 'colour', 'ladder', 'maxVerificationFailures', 'reminders', 'severities.general.rectify'].sort(),
    );
  });
});

describe('addDuration', () => {
  const at = (iso: string) => Date.parse(iso);

  it('adds natural time as is', () => {
    expect(addDuration(at('2026-09-30T02:00:00Z'), parseDuration('P3D'), 'natural', isWorkday)).toBe(at('2026-10-03T02:00:00Z'));
  });

  it('skips the National Day holiday and counts the make-up workday', () => {
    // 2026-09-30 10:00 in Beijing; 1–7 October are holidays, Saturday 10 October is a make-up workday.
    const from = at('2026-09-30T02:00:00Z');
    expect(chinaDate(addDuration(from, parseDuration('P1D'), 'working_days', isWorkday))).toBe('2026-10-08');
    expect(chinaDate(addDuration(from, parseDuration('P3D'), 'working_days', isWorkday))).toBe('2026-10-10');
  });

  it('never ends on a non-working day, and is never earlier than the natural deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('2025-01-01T00:00:00Z'), max: at('2026-11-30T00:00:00Z') }), fc.integer({ min: 1, max: 20 }), (from, days) => {
        const end = addDuration(from, days * 86_400_000, 'working_days', isWorkday);
        expect(isWorkday(chinaDate(end))).toBe(true);
        expect(end).toBeGreaterThanOrEqual(from + days * 86_400_000);
      }),
      { numRuns: 200 },
    );
  });
});

describe('assertPolicyHolds (a pinned policy is checked before a hazard starts on it)', () => {
  it('passes the default policy', () => {
    expect(() => assertPolicyHolds(DEFAULT_POLICY)).not.toThrow();
  });

  it('names every fault of a document that does not hold, shape and durations alike', () => {
    const { general } = DEFAULT_POLICY.severities;
    const broken = { ...DEFAULT_POLICY, ladder: [], severities: { general: { ...general, plan: 'soon' } } };
    expect(() => assertPolicyHolds(broken)).toThrow(PolicyInvalidError);
    expect(() => assertPolicyHolds(broken)).toThrow(/ladder must list rungs.*severities\.general\.plan "soon" is not an ISO-8601 duration.*severities\.major is missing/);
  });

  it('shortens the acknowledge, plan and rectify deadlines of a unit at high or medium risk by the policy’s factors, and leaves the rest', () => {
    const pinned = { name: 'p', version: 3, document: DEFAULT_POLICY };
    const high = pinForRisk(pinned, 'high');
    expect(high.riskLevel).toBe('high');
    expect(parseDuration(high.document.severities.major.acknowledge)).toBe(parseDuration('PT2H'));
    expect(parseDuration(high.document.severities.general.rectify)).toBe(parseDuration('P3DT12H'));
    expect(high.document.severities.major.verify).toBe(DEFAULT_POLICY.severities.major.verify);
    expect(parseDuration(pinForRisk(pinned, 'medium').document.severities.major.rectify)).toBe(parseDuration('P22DT12H'));
    expect(pinForRisk(pinned, 'low')).toBe(pinned);
    expect(pinForRisk(pinned, null)).toBe(pinned);
    const custom = { ...pinned, document: { ...DEFAULT_POLICY, riskLevels: { high: 1 } } };
    expect(pinForRisk(custom, 'high')).toBe(custom);
    expect(validatePolicy(high.document)).toEqual([]);
    expect(validatePolicy({ ...DEFAULT_POLICY, riskLevels: { medium: 0 } })).toEqual([{ field: 'riskLevels.medium', reason: 'must be a fraction of the deadlines greater than 0 and at most 1' }]);
  });
});
