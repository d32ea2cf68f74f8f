import { TEMPLATES, type Language, type NoticeContext, type NoticeText, type Tools } from './notice-templates.js';

export { LANGUAGES, type Language, type NoticeContext, type NoticeText } from './notice-templates.js';

/**
 * What a notice says, in Chinese and in English, rendered from its event's payload: one place per
 * language for every kind (notice-templates.ts must name them all), names instead of ids, times in
 * Beijing time and counted from now.
 */

const ACTIONS: Record<Language, Record<string, string>> = {
  zh: { acknowledge: '签收', plan: '制定整改方案', rectify: '整改', verify: '验收', decision: '审批', co_ownership: '协同整改' },
  en: { acknowledge: 'acknowledge', plan: 'submit the plan', rectify: 'rectify', verify: 'verify', decision: 'decide', co_ownership: 'co-own the rectification' },
};

function deadlineOf(p: Record<string, unknown>): string | null {
  const request = p.request as { deadline?: string } | undefined;
  for (const v of [p.deadline, p.dueAt, request?.deadline, p.termsDue, p.due, p.newDeadline, p.statementsUntil, p.decisionDeadline, p.appealsUntil, p.confirmBy, p.startsAt, p.reviewBy]) if (typeof v === 'string') return v;
  return null;
}

const BEIJING = 8 * 3600_000;
function beijing(iso: string, lang: Language): string {
  const d = new Date(new Date(iso).getTime() + BEIJING);
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return lang === 'zh' ? `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hm}` : `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${hm} Beijing time`;
}

function span(ms: number, lang: Language): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const [n, zh, en] = minutes < 90 ? [minutes, '分钟', 'minute'] : minutes < 48 * 60 ? [Math.round(minutes / 60), '小时', 'hour'] : [Math.round(minutes / 1440), '天', 'day'];
  return lang === 'zh' ? `${n} ${zh}` : `${n} ${en}${n === 1 ? '' : 's'}`;
}

function due(iso: string | null, now: number, lang: Language): string {
  if (!iso) return lang === 'zh' ? '无期限' : 'no deadline';
  const left = new Date(iso).getTime() - now;
  if (lang === 'zh') return `${beijing(iso, lang)}（${left >= 0 ? `${span(left, lang)}后` : `已超期 ${span(left, lang)}`}）`;
  return `${beijing(iso, lang)} (${left >= 0 ? `in ${span(left, lang)}` : `${span(left, lang)} overdue`})`;
}

export function renderNotice(c: NoticeContext, lang: Language): NoticeText {
  const template = TEMPLATES[c.kind][lang];
  const tools: Tools = {
    due: () => due(deadlineOf(c.payload), c.now, lang),
    person: (key) => {
      const v = c.payload[key] as { person?: { id: string } } | string | undefined;
      const id = typeof v === 'string' ? v : v?.person?.id;
      return id ? c.name(id) : lang === 'zh' ? '上一责任人' : 'the previous holder';
    },
    action: (a) => ACTIONS[lang][String(a)] ?? ACTIONS[lang].acknowledge!,
  };
  const tag = lang === 'zh' ? `【${template.tag}】` : `[${template.tag}] `;
  const acting = c.actingFor ? (lang === 'zh' ? `（代${c.name(c.actingFor)}）` : ` (acting for ${c.name(c.actingFor)})`) : '';
  return { tag: tag.trim(), subject: `${tag}${c.unitName} · ${c.title} · ${template.ask(c, tools)}${acting}`, body: template.body(c, tools) };
}
