import type { PreparednessNoticeKind } from './notice-kinds.js';
import { en, zh, type Language, type NoticeContext, type Template } from './notice-template-base.js';

/** What the preparedness notices say (值班, 预警, 预案与演练), in both languages. */

/** 预警 levels as a Chinese reader names them. */
const LEVEL_ZH: Record<string, string> = { blue: '蓝色', yellow: '黄色', orange: '橙色', red: '红色' };
/** The person on duty a shift notice names (by name, never id). */
const onDuty = (c: NoticeContext) => (typeof c.payload.personId === 'string' ? c.name(c.payload.personId) : '');
/** A person a notice's event names, by name. */
const person = (c: NoticeContext, field: string) => (typeof c.payload[field] === 'string' ? c.name(c.payload[field] as string) : '');
/** The owner of a plan, by name. */
const owner = (c: NoticeContext) => (typeof c.payload.ownerId === 'string' ? c.name(c.payload.ownerId) : '');

export const PREPAREDNESS_TEMPLATES: Record<PreparednessNoticeKind, Record<Language, Template>> = {
  shift_assigned: {
    zh: zh('值班安排', (_, t) => `${t.due()}上岗`, (c, t) => `您被安排在${c.unitName}值班，${t.due()}开始，请按时到岗签到。`),
    en: en('Duty shift', (_, t) => `starts ${t.due()}`, (c, t) => `You are on duty at ${c.unitName}, starting ${t.due()}. Check in when you start.`),
  },
  shift_check_in_missed: {
    zh: zh('值班未到岗', () => '未签到', (c) => `${c.unitName}值班人员${onDuty(c)}未按时签到。`),
    en: en('Duty not checked in', () => 'no check-in', (c) => `${onDuty(c)}, on duty at ${c.unitName}, has not checked in.`),
  },
  shift_check_in_escalated: {
    zh: zh('值班脱岗', () => '已上报', (c) => `${c.unitName}值班人员${onDuty(c)}仍未签到，请立即处置。`),
    en: en('Duty post empty', () => 'escalated', (c) => `${onDuty(c)}, on duty at ${c.unitName}, has still not checked in. Act now.`),
  },
  shift_handover_missing: {
    zh: zh('交接班记录缺失', () => '未提交', (c) => `${c.unitName}值班人员${onDuty(c)}未提交交接班记录，已记录。`),
    en: en('No handover log', () => 'missing', (c) => `${onDuty(c)}, on duty at ${c.unitName}, filed no handover log; this is on record.`),
  },
  shift_swap_requested: {
    zh: zh('换班申请', (_, t) => `${t.due()}上岗`, (c, t) => `${person(c, 'fromPersonId')}请您替其在${c.unitName}值班（${t.due()}开始），请确认是否接受。`),
    en: en('Shift swap asked', (_, t) => `starts ${t.due()}`, (c, t) => `${person(c, 'fromPersonId')} asks you to take their duty shift at ${c.unitName}, starting ${t.due()}. Accept or decline.`),
  },
  shift_swap_accepted: {
    zh: zh('换班待审批', (_, t) => `${t.due()}上岗`, (c, t) => `${c.unitName}${t.due()}开始的值班拟由${person(c, 'fromPersonId')}换给${person(c, 'toPersonId')}，对方已接受，请审批。`),
    en: en('Shift swap to approve', (_, t) => `starts ${t.due()}`, (c, t) => `${person(c, 'toPersonId')} accepted to take ${person(c, 'fromPersonId')}’s duty shift at ${c.unitName} starting ${t.due()}. Approve or reject it.`),
  },
  shift_swap_decided: {
    zh: zh('换班审批结果', (c) => (c.payload.approved ? '已批准' : '未批准'), (c, t) => `${c.unitName}${t.due()}开始的值班由${person(c, 'fromPersonId')}换给${person(c, 'toPersonId')}：${c.payload.approved ? '已批准，请按时到岗。' : '未批准，仍由原值班人员值班。'}`),
    en: en('Shift swap decided', (c) => (c.payload.approved ? 'approved' : 'rejected'), (c, t) => `The swap of the duty shift at ${c.unitName} starting ${t.due()} from ${person(c, 'fromPersonId')} to ${person(c, 'toPersonId')} was ${c.payload.approved ? 'approved' : 'rejected'}.`),
  },
  shift_leader_on_duty: {
    zh: zh('领导带班', () => '红色预警', (c) => `红色预警「${c.title}」生效期间，由您领导带班，请保持在岗、随时指挥处置。`),
    en: en('Leader on duty', () => 'red warning', (c) => `While the red warning “${c.title}” is in force you are the leader in charge of your unit’s duty. Stay on hand.`),
  },
  risk_assessment_due: {
    zh: zh('风险自评', (_, t) => `期限 ${t.due()}`, (c, t) => `请于 ${t.due()}前完成${String(c.payload.unitName ?? c.unitName)}的安全风险自评（「${c.title}」）。`),
    en: en('Risk self-assessment', (_, t) => `by ${t.due()}`, (c, t) => `Assess the risks of ${String(c.payload.unitName ?? c.unitName)} by ${t.due()} (“${c.title}”).`),
  },
  risk_assessment_missed: {
    zh: zh('风险自评逾期', () => '未完成', (c) => `${String(c.payload.unitName ?? c.unitName)}未在期限内完成安全风险自评（「${c.title}」），已记录。`),
    en: en('Risk self-assessment missed', () => 'not done', (c) => `${String(c.payload.unitName ?? c.unitName)} did not assess its risks in time (“${c.title}”); this is on record.`),
  },
  statistics_due: {
    zh: zh('季度统计', (_, t) => `期限 ${t.due()}`, (c, t) => `请于 ${t.due()}前核对并确认${String(c.payload.unitName ?? c.unitName)}的「${c.title}」，确认后自动报送上级。`),
    en: en('Quarterly statistics', (_, t) => `by ${t.due()}`, (c, t) => `Check and confirm “${c.title}” for ${String(c.payload.unitName ?? c.unitName)} by ${t.due()}; once confirmed it goes up to the unit above.`),
  },
  statistics_forwarded: {
    zh: zh('统计报送', () => '已报送', (c) => `${String(c.payload.unitName ?? c.unitName)}已确认并报送「${c.title}」。`),
    en: en('Statistics sent up', () => 'sent up', (c) => `${String(c.payload.unitName ?? c.unitName)} confirmed and sent up “${c.title}”.`),
  },
  statistics_late: {
    zh: zh('统计迟报', () => '已逾期', (c) => `${String(c.payload.unitName ?? c.unitName)}未在期限内确认报送「${c.title}」，已记为迟报。`),
    en: en('Statistics late', () => 'late', (c) => `${String(c.payload.unitName ?? c.unitName)} did not confirm “${c.title}” in time; it is recorded as late.`),
  },
  warning_issued: {
    zh: zh('预警', (_, t) => `确认期限 ${t.due()}`, (c, t) => `${c.unitName}发布${LEVEL_ZH[String(c.payload.level)] ?? ''}预警「${c.title}」，请落实防范措施并在 ${t.due()}前确认。`),
    en: en('Warning', (_, t) => `confirm by ${t.due()}`, (c, t) => `${c.unitName} issued a ${String(c.payload.level)} warning, “${c.title}”. Take the measures and confirm them by ${t.due()}.`),
  },
  warning_escalated: {
    zh: zh('预警未确认', () => '已逾期', (c) => `${String(c.payload.unitName ?? c.unitName)}未在期限内确认预警「${c.title}」的防范措施。`),
    en: en('Warning not confirmed', () => 'overdue', (c) => `${String(c.payload.unitName ?? c.unitName)} has not confirmed its measures for the warning “${c.title}” in time.`),
  },
  warning_lifted: {
    zh: zh('预警解除', () => '已解除', (c) => `预警「${c.title}」已解除。`),
    en: en('Warning lifted', () => 'lifted', (c) => `The warning “${c.title}” has been lifted.`),
  },
  plan_review_due: {
    zh: zh('预案修订', (_, t) => `修订期限 ${t.due()}`, (c, t) => `${c.unitName}的应急预案「${c.title}」须在 ${t.due()}前修订，请由您组织修订。`),
    en: en('Plan review', (_, t) => `review by ${t.due()}`, (c, t) => `${c.unitName}’s contingency plan “${c.title}” is due for review by ${t.due()}. You own it.`),
  },
  plan_review_overdue: {
    zh: zh('预案逾期未修订', () => '已逾期', (c) => `${c.unitName}的应急预案「${c.title}」已过修订期限，责任人${owner(c)}尚未修订。`),
    en: en('Plan review overdue', () => 'overdue', (c) => `${c.unitName}’s contingency plan “${c.title}” is past its review date; ${owner(c)}, who owns it, has not reviewed it.`),
  },
  plan_review_escalated: {
    zh: zh('预案修订督办', () => '已上报', (c) => `${c.unitName}的应急预案「${c.title}」逾期仍未修订（责任人${owner(c)}），请督促办理，此事已记录。`),
    en: en('Plan review escalated', () => 'escalated', (c) => `${c.unitName}’s contingency plan “${c.title}” is still not reviewed (owner: ${owner(c)}). Please see to it; this is on record.`),
  },
  drill_missed: {
    zh: zh('演练未开展', () => '已记录', (c) => `${c.unitName}按「${c.title}」计划的演练未在期限内开展并记录，已记入责任人${owner(c)}的失职记录。`),
    en: en('Drill missed', () => 'on record', (c) => `The drill planned under “${c.title}” at ${c.unitName} was not held and recorded in time; this is on record against ${owner(c)}.`),
  },
};
