import { CHECKLIST_TEMPLATES, chinaIsWorkday, DEFAULT_RISK_TEMPLATE, holidayAhead, isStatutoryHoliday, longHolidays, touchesHoliday, dutyRunTitle, riskLevel, validateDutySpec, validateRiskTemplate, workingDayStart } from '#domain';

const beijing = (iso: string) => Date.parse(`${iso}+08:00`);
const iso = (ms: number) => new Date(ms).toISOString();

describe('recurring duties', () => {
  it('a run due on a working day starts then; one due on a rest day waits for 09:00 of the next working day (调休 counted)', () => {
    expect(iso(workingDayStart(beijing('2026-12-01T09:00:00'), chinaIsWorkday))).toBe(iso(beijing('2026-12-01T09:00:00')));
    // National Day 2026: 1–7 October off, Saturday 10 October a make-up working day.
    expect(iso(workingDayStart(beijing('2026-10-01T09:00:00'), chinaIsWorkday))).toBe(iso(beijing('2026-10-08T09:00:00')));
    expect(iso(workingDayStart(beijing('2026-10-09T23:30:00'), chinaIsWorkday))).toBe(iso(beijing('2026-10-09T23:30:00')));
    // A Sunday late in the evening: the Monday, not the Sunday's own 09:00.
    expect(iso(workingDayStart(beijing('2026-11-29T22:00:00'), chinaIsWorkday))).toBe(iso(beijing('2026-11-30T09:00:00')));
  });

  it('a spec is a calendar or an interval, never both, with real dates and the deployment’s shortest interval', () => {
    expect(validateDutySpec({ calendar: { dayOfMonth: 1, hour: 9, minute: 0 } }, 3600)).toEqual([]);
    expect(validateDutySpec({ everySeconds: 3600 }, 3600)).toEqual([]);
    expect(validateDutySpec({ everySeconds: 60 }, 3600)).toEqual([{ field: 'spec.everySeconds', reason: 'must be at least 3600', code: 'min', params: { limit: 3600 } }]);
    expect(validateDutySpec({} as never, 1)).toEqual([{ field: 'spec', reason: 'give exactly one of calendar or everySeconds' }]);
    expect(validateDutySpec({ calendar: { hour: 9, minute: 0 }, everySeconds: 5 } as never, 1)[0]!.field).toBe('spec');
    expect(validateDutySpec({ calendar: { month: 4, dayOfMonth: 31, hour: 9, minute: 0 } }, 1)).toEqual([{ field: 'spec.calendar.dayOfMonth', reason: 'month 4 has no day 31', code: 'noSuchDay', params: { month: 4, day: 31 } }]);
    expect(validateDutySpec({ calendar: { month: 2, dayOfMonth: 29, hour: 9, minute: 0 } }, 1)).toEqual([]);
  });

  it('every template has unique item ids, text in both languages, and backup items that need evidence', () => {
    for (const [kind, byType] of Object.entries(CHECKLIST_TEMPLATES)) {
      for (const [type, items] of Object.entries(byType)) {
        const ids = items.map((i) => i.id);
        expect({ kind, type, repeated: ids.filter((id, n) => ids.indexOf(id) !== n) }).toEqual({ kind, type, repeated: [] });
        for (const i of items) expect(i.text).toMatch(/^\p{Script=Han}.* · [A-Z][ -~()]+$/u);
      }
    }
    expect(CHECKLIST_TEMPLATES.backup_check.archive.every((i) => i.category === 'backup' && i.evidenceRequired)).toBe(true);
  });

  it('a run is titled by the Beijing month it is for (the year, for letters)', () => {
    expect(dutyRunTitle('月度安全自查 · Monthly self-inspection', 'self_inspection', beijing('2027-01-01T00:30:00'))).toBe('月度安全自查 · Monthly self-inspection (2027-01)');
    expect(dutyRunTitle('责任书 · Letters', 'letter_round', beijing('2027-01-05T09:00:00'))).toBe('责任书 · Letters (2027)');
  });
});

describe('risk-assessment template', () => {
  it('ships a default template whose ids are unique, and names a repeated indicator, group or area', () => {
    expect(validateRiskTemplate(DEFAULT_RISK_TEMPLATE)).toEqual([]);
    const area = DEFAULT_RISK_TEMPLATE.areas[0]!;
    const repeated = { ...DEFAULT_RISK_TEMPLATE, areas: [...DEFAULT_RISK_TEMPLATE.areas, { ...area, groups: [{ ...area.groups[0]!, indicators: [area.groups[0]!.indicators[0]!] }] }] };
    const n = DEFAULT_RISK_TEMPLATE.areas.length;
    expect(validateRiskTemplate(repeated).map((p) => p.field)).toEqual([`areas.${n}.id`, `areas.${n}.groups.0.id`, `areas.${n}.groups.0.indicators.0.id`]);
    expect(validateRiskTemplate(repeated)[2]!.reason).toBe(`indicator id "${area.groups[0]!.indicators[0]!.id}" is already used at areas.0.groups.0.indicators.0`);
    expect(validateRiskTemplate({ name: 'empty', areas: [] })).toEqual([{ field: 'areas', reason: 'a template needs at least one indicator' }]);
    expect(riskLevel([{ result: 'none' }, { result: 'danger' }])).toBe('medium');
    expect(riskLevel([{ result: 'danger' }, { result: 'high' }])).toBe('high');
    expect(riskLevel([{ result: 'none' }])).toBe('low');
  });
});

describe('long holidays for the pre-holiday inspection (节前安全检查)', () => {
  it('takes Spring Festival and National Day from the holiday table, and reckons them where the table has no such year yet', () => {
    expect(longHolidays(2026)).toEqual([
      { key: '2026-spring-festival', nameZh: '春节', nameEn: 'Spring Festival', startsOn: '2026-02-15', fromTable: true },
      { key: '2026-national-day', nameZh: '国庆节', nameEn: 'National Day', startsOn: '2026-10-01', fromTable: true },
    ]);
    // chinese-days 1.5.7 lists no 2027 holidays: the eve of the lunar new year (2027-02-06) and 1 October.
    expect(longHolidays(2027).map((h) => [h.startsOn, h.fromTable])).toEqual([['2027-02-05', false], ['2027-10-01', false]]);
    expect(holidayAhead('2026-12-03', 64)?.key).toBe('2027-spring-festival');
    expect(holidayAhead('2026-12-03', 63)).toBeNull();
    expect(holidayAhead('2026-09-25', 10)?.key).toBe('2026-national-day');
    expect(holidayAhead('2026-10-01', 10)).toBeNull();
    // 领导带班 on holidays: a statutory holiday, not a weekend; a night shift into 1 October touches one.
    expect(isStatutoryHoliday('2026-10-01')).toBe(true);
    expect(isStatutoryHoliday('2026-11-28')).toBe(false);
    expect(touchesHoliday(Date.parse('2026-09-30T20:00:00+08:00'), Date.parse('2026-10-01T08:00:00+08:00'))).toBe(true);
    expect(touchesHoliday(Date.parse('2026-11-28T08:00:00+08:00'), Date.parse('2026-11-29T08:00:00+08:00'))).toBe(false);
  });
});
