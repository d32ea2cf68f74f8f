import { NOTICE_KINDS, noticesTo, renderNotice, uniquePeople, type NoticeContext } from '#domain';

const NOW = Date.parse('2026-12-02T06:00:00Z');
const names: Record<string, string> = { 'east-head': '王建国', 'east-deputy': '李红' };

function context(kind: NoticeContext['kind'], lang: 'zh' | 'en', payload: Record<string, unknown> = {}): NoticeContext {
  return {
    kind,
    payload: { type: 'x', deadline: '2026-12-02T08:00:00Z', action: 'acknowledge', reason: 'deadline_missed', from: { person: { id: 'east-head' } }, to: { person: { id: 'east-deputy' } }, approved: true, ...payload },
    unitName: lang === 'zh' ? '东县档案馆' : 'East County Archives',
    title: lang === 'zh' ? '二号库房漏水' : 'Leak in store 2',
    name: (id) => names[id] ?? id,
    now: NOW,
  };
}

describe('notice text', () => {
  it('says every kind in Chinese with no English, and in English with no Chinese', () => {
    for (const kind of NOTICE_KINDS) {
      // A criticism or commendation quotes its reason, which people write: here in Chinese.
      const zh = renderNotice(context(kind, 'zh', kind === 'criticism_circulated' || kind === 'unit_commended' ? { reason: '多次超期' } : {}), 'zh');
      const en = renderNotice(context(kind, 'en'), 'en');
      expect({ kind, zh: /[A-Za-z]/.test(zh.subject + zh.body) }).toEqual({ kind, zh: false });
      expect({ kind, en: /[\u4e00-\u9fff]/.test(en.subject + en.body.replace(/[王建国李红]/g, '')) }).toEqual({ kind, en: false });
      expect(zh.subject.startsWith('【')).toBe(true);
    }
  });

  it('names the unit, the hazard and what is asked by when, in Beijing time and counted from now', () => {
    expect(renderNotice(context('deadline_approaching', 'zh'), 'zh').subject).toBe('【超期预警】东县档案馆 · 二号库房漏水 · 签收期限 12月2日 16:00（2 小时后）');
    expect(renderNotice(context('deadline_approaching', 'en'), 'en').subject).toBe('[Deadline soon] East County Archives · Leak in store 2 · acknowledge by 2 Dec 16:00 Beijing time (in 2 hours)');
    expect(renderNotice(context('verification_failed', 'zh', { deadline: undefined, newDeadline: '2026-12-01T06:00:00Z' }), 'zh').body).toContain('（已超期 24 小时）前重新整改');
  });

  it('tells the next rung why it came, and the previous holder that it moved up, by name', () => {
    expect(renderNotice(context('escalated_to_you', 'zh'), 'zh').body).toBe('王建国未在期限内签收，「二号库房漏水」现上报由您负责。请在 12月2日 16:00（2 小时后）前签收。');
    expect(renderNotice(context('escalated_to_you', 'en', { reason: 'post_vacant' }), 'en').body).toContain('王建国’s post is vacant');
    expect(renderNotice(context('escalated_from_you', 'zh'), 'zh').body).toContain('已上报至李红');
  });

  it('marks an acting person’s copy with the name of the one they act for', () => {
    expect(renderNotice({ ...context('decision_due', 'zh'), actingFor: 'east-head' }, 'zh').subject).toMatch(/（代王建国）$/);
  });
});

describe('whom a notice goes to', () => {
  it('names each person once, in the order first named, skipping posts nobody holds', () => {
    expect(uniquePeople('a', null, ['b', 'a'], undefined, 'c', ['c'])).toEqual(['a', 'b', 'c']);
    expect(noticesTo('drill_missed', 'owner', null, ['officer', 'owner'])).toEqual([{ recipientId: 'owner', kind: 'drill_missed' }, { recipientId: 'officer', kind: 'drill_missed' }]);
    expect(noticesTo('drill_missed')).toEqual([]);
  });
});
