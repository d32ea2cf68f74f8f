import type { NoticeKind } from './notice-kinds.js';
import { PREPAREDNESS_TEMPLATES } from './preparedness-templates.js';
import { en, zh, type Language, type Template } from './notice-template-base.js';

export { LANGUAGES, en, zh, type Language, type NoticeContext, type NoticeText, type Say, type Template, type Tools } from './notice-template-base.js';

/** What each kind of notice says, in each language: the tag, what is asked (the subject's end) and the body. */

/** Every kind, in both languages. */
export const TEMPLATES: Record<NoticeKind, Record<Language, Template>> = {
  ...PREPAREDNESS_TEMPLATES,
  assigned: {
    zh: zh('隐患交办', (_, t) => `签收期限 ${t.due()}`, (c, t) => `「${c.title}」已交由您负责，请在 ${t.due()}前签收。`),
    en: en('Hazard assigned', (_, t) => `acknowledge by ${t.due()}`, (c, t) => `“${c.title}” is now yours. Acknowledge it by ${t.due()}.`),
  },
  major_hazard_reported: {
    zh: zh('重大隐患', () => '请关注', (c) => `${c.unitName}上报重大隐患「${c.title}」，请督促整改。`),
    en: en('Major hazard', () => 'for your attention', (c) => `${c.unitName} reported a major hazard, “${c.title}”. Please see that it is rectified.`),
  },
  deadline_approaching: {
    zh: zh('超期预警', (c, t) => `${t.action(c.payload.action)}期限 ${t.due()}`, (c, t) => `「${c.title}」须在 ${t.due()}前${t.action(c.payload.action)}，请抓紧办理。`),
    en: en('Deadline soon', (c, t) => `${t.action(c.payload.action)} by ${t.due()}`, (c, t) => `“${c.title}”: ${t.action(c.payload.action)} by ${t.due()}.`),
  },
  escalated_to_you: {
    zh: zh('逐级上报', (c, t) => `${t.action(c.payload.action)}期限 ${t.due()}`, (c, t) => {
      const why = { request_approved: `${t.person('from')}的上报申请已获批准`, post_vacant: `${t.person('from')}所在岗位空缺` }[String(c.payload.reason)] ?? `${t.person('from')}未在期限内${t.action(c.payload.action)}`;
      return `${why}，「${c.title}」现上报由您负责。请在 ${t.due()}前${t.action(c.payload.action)}。`;
    }),
    en: en('Escalated to you', (c, t) => `${t.action(c.payload.action)} by ${t.due()}`, (c, t) => {
      const why = { request_approved: `${t.person('from')}’s request to escalate was approved`, post_vacant: `${t.person('from')}’s post is vacant` }[String(c.payload.reason)] ?? `${t.person('from')} did not ${t.action(c.payload.action)} in time`;
      return `${why}, so “${c.title}” is now yours. ${t.action(c.payload.action)} by ${t.due()}.`;
    }),
  },
  escalated_from_you: {
    zh: zh('已上报', () => '已移交上级', (c, t) => `「${c.title}」因超期已上报至${t.person('to')}，此事记入问责。`),
    en: en('Moved up', () => 'moved to the next leader', (c, t) => `“${c.title}” has moved up to ${t.person('to')} because its deadline passed; this is on record.`),
  },
  decision_due: {
    zh: zh('待审批', (_, t) => `审批期限 ${t.due()}`, (c, t) => `「${c.title}」有一项申请等待您审批，期限 ${t.due()}。`),
    en: en('Decision waiting', (_, t) => `decide by ${t.due()}`, (c, t) => `A request on “${c.title}” waits for your decision by ${t.due()}.`),
  },
  decision_lapsed: {
    zh: zh('审批超期', () => '申请已上报', (c) => `「${c.title}」的申请未在期限内审批，已上报上一级领导。`),
    en: en('Decision lapsed', () => 'the request moved up', (c) => `The request on “${c.title}” was not decided in time and has moved up to the next leader.`),
  },
  request_decided: {
    zh: zh('审批结果', (c) => (c.payload.approved ? '已批准' : '未批准'), (c) => `您对「${c.title}」的申请${c.payload.approved ? '已获批准' : '未获批准'}。`),
    en: en('Request decided', (c) => (c.payload.approved ? 'approved' : 'rejected'), (c) => `Your request on “${c.title}” was ${c.payload.approved ? 'approved' : 'rejected'}.`),
  },
  request_expired: {
    zh: zh('申请失效', () => '无人审批', (c) => `您对「${c.title}」的申请已无上级可审批，按原期限办理。`),
    en: en('Request expired', () => 'nobody left to decide', (c) => `Your request on “${c.title}” has nobody above to decide it; the current deadline stands.`),
  },
  plan_submitted: {
    zh: zh('整改方案', () => '已提交', (c) => `「${c.title}」的整改方案（五落实）已提交。`),
    en: en('Plan submitted', () => 'for your information', (c) => `The rectification plan for “${c.title}” has been submitted.`),
  },
  verification_due: {
    zh: zh('待验收', () => '请验收', (c) => `「${c.title}」已整改完毕，请验收。`),
    en: en('Verification waiting', () => 'please verify', (c) => `“${c.title}” has been rectified and waits for your verification.`),
  },
  verification_failed: {
    zh: zh('验收未通过', (_, t) => `整改期限 ${t.due()}`, (c, t) => `「${c.title}」验收未通过，请在 ${t.due()}前重新整改。`),
    en: en('Verification failed', (_, t) => `rectify by ${t.due()}`, (c, t) => `“${c.title}” failed verification. Rectify it again by ${t.due()}.`),
  },
  closed: {
    zh: zh('隐患销号', () => '已闭环', (c) => `「${c.title}」验收通过，已销号。`),
    en: en('Hazard closed', () => 'closed', (c) => `“${c.title}” passed verification and is closed.`),
  },
  intake_failed: {
    zh: zh('登记失败', () => '请重新上报', (c) => `「${c.title}」未能登记（上报单位或人员已不存在），请核实后重新上报。`),
    en: en('Report not registered', () => 'please report again', (c) => `“${c.title}” could not be registered.`),
  },
  post_vacant: {
    zh: zh('岗位空缺', () => '请尽快补任', (c) => `「${c.title}」责任链上有岗位空缺，已跳过并上报。`),
    en: en('Post vacant', () => 'please fill the post', (c) => `A post on the chain of “${c.title}” is vacant; it was skipped and the hazard moved up.`),
  },
  accountability_review: {
    zh: zh('责任追究', () => '请启动问责', (c) => `「${c.title}」存在超期等情形，已提请责任追究。`),
    en: en('Accountability review', () => 'a review is asked for', (c) => `Deadlines on “${c.title}” were missed; an accountability review is asked for.`),
  },
  supervision_opened: {
    zh: zh('挂牌督办', () => '已列入督办', (c) => `「${c.title}」已由上级单位挂牌督办。`),
    en: en('Under supervision', () => 'listed for supervision', (c) => `“${c.title}” is now under the superior unit’s supervision.`),
  },
  supervision_terms_set: {
    zh: zh('督办要求', (_, t) => `督办期限 ${t.due()}`, (c, t) => `「${c.title}」的督办要求已下达，须在 ${t.due()}前完成整改。`),
    en: en('Supervision terms', (_, t) => `rectify by ${t.due()}`, (c, t) => `Supervision terms for “${c.title}” are set: rectify by ${t.due()}.`),
  },
  supervision_terms_lapsed: {
    zh: zh('督办超期', () => '未按期下达督办要求', (c) => `「${c.title}」的督办要求未按期下达，已记录。`),
    en: en('Terms not set', () => 'supervision terms overdue', (c) => `Supervision terms for “${c.title}” were not set in time; this is on record.`),
  },
  supervision_progress_reported: {
    zh: zh('督办进展', () => '已报告进展', (c) => `「${c.title}」已报告整改进展。`),
    en: en('Progress reported', () => 'for your information', (c) => `Progress on “${c.title}” has been reported.`),
  },
  supervision_report_missed: {
    zh: zh('进展逾期', () => '未按期报告进展', (c) => `「${c.title}」未按期报告督办进展，已记录。`),
    en: en('Report missed', () => 'a progress report is overdue', (c) => `A progress report on “${c.title}” was missed; this is on record.`),
  },
  supervision_deadline_missed: {
    zh: zh('督办超期', () => '督办期限已过', (c) => `「${c.title}」未在督办期限内完成整改。`),
    en: en('Supervision deadline missed', () => 'the supervised deadline passed', (c) => `“${c.title}” was not rectified by the supervision deadline.`),
  },
  supervision_lifted: {
    zh: zh('解除督办', () => '已解除', (c) => `「${c.title}」已整改完毕，解除督办。`),
    en: en('Supervision lifted', () => 'lifted', (c) => `“${c.title}” is rectified and no longer under supervision.`),
  },
  review_statement_invited: {
    zh: zh('陈述申辩', (_, t) => `陈述期限 ${t.due()}`, (c, t) => `责任追究「${c.title}」拟对您作出处理，您可在 ${t.due()}前陈述申辩。`),
    en: en('Your statement', (_, t) => `state your case by ${t.due()}`, (c, t) => `The accountability review “${c.title}” proposes a sanction for you. You may state your case by ${t.due()}.`),
  },
  review_statement: {
    zh: zh('陈述已提交', () => '请审阅', (c) => `责任追究「${c.title}」收到一份陈述申辩。`),
    en: en('Statement made', () => 'please read it', (c) => `A statement was made in the accountability review “${c.title}”.`),
  },
  review_decision_due: {
    zh: zh('待作处理决定', (_, t) => `决定期限 ${t.due()}`, (c, t) => `责任追究「${c.title}」等待您作出决定，期限 ${t.due()}。`),
    en: en('Review decision waiting', (_, t) => `decide by ${t.due()}`, (c, t) => `The accountability review “${c.title}” waits for your decision by ${t.due()}.`),
  },
  review_referred: {
    zh: zh('移送处理', (_, t) => `决定期限 ${t.due()}`, (c, t) => `责任追究「${c.title}」已移送您处理，期限 ${t.due()}。`),
    en: en('Review referred', (_, t) => `decide by ${t.due()}`, (c, t) => `The accountability review “${c.title}” is referred to you; decide by ${t.due()}.`),
  },
  review_decision_lapsed: {
    zh: zh('决定超期', () => '已移交上级', (c) => `责任追究「${c.title}」未在期限内作出决定，已移交上级。`),
    en: en('Review decision lapsed', () => 'moved up', (c) => `The decision in the accountability review “${c.title}” lapsed and has moved up.`),
  },
  review_decided: {
    zh: zh('处理决定', () => '已作出决定', (c) => `责任追究「${c.title}」对您的处理已作出决定。`),
    en: en('Review decided', () => 'decided', (c) => `The accountability review “${c.title}” has decided on your case.`),
  },
  review_appeal_window: {
    zh: zh('申诉期', (_, t) => `申诉期限 ${t.due()}`, (c, t) => `您可在 ${t.due()}前就责任追究「${c.title}」的处理提出申诉。`),
    en: en('Appeal window', (_, t) => `appeal by ${t.due()}`, (c, t) => `You may appeal the decision in “${c.title}” by ${t.due()}.`),
  },
  appeal_decision_due: {
    zh: zh('待处理申诉', (_, t) => `决定期限 ${t.due()}`, (c, t) => `责任追究「${c.title}」有一项申诉等待您决定，期限 ${t.due()}。`),
    en: en('Appeal waiting', (_, t) => `decide by ${t.due()}`, (c, t) => `An appeal in “${c.title}” waits for your decision by ${t.due()}.`),
  },
  appeal_decided: {
    zh: zh('申诉结果', () => '已作出决定', (c) => `您在「${c.title}」中的申诉已有结果。`),
    en: en('Appeal decided', () => 'decided', (c) => `Your appeal in “${c.title}” has been decided.`),
  },
  appeal_lapsed: {
    zh: zh('申诉超期', () => '原处理维持', (c) => `「${c.title}」的申诉未在期限内决定，原处理维持。`),
    en: en('Appeal lapsed', () => 'the sanction stands', (c) => `The appeal in “${c.title}” was not decided in time; the sanction stands.`),
  },
  sanction_ended: {
    zh: zh('处分期满', () => '影响期已结束', () => '您的处分影响期已结束。'),
    en: en('Sanction ended', () => 'its period is over', () => 'The period of your sanction is over.'),
  },
  yellow_card: {
    zh: zh('黄牌警告', () => '请限期整改', (c) => `${c.unitName}本年度超期次数达到黄牌标准，请限期整改。`),
    en: en('Yellow card', () => 'put it right', (c) => `${c.unitName} has reached the yellow-card count of lapses this year.`),
  },
  criticism_circulated: {
    zh: zh('通报批评', () => '已通报', (c) => `${c.unitName}被通报批评：${c.payload.reason ?? ''}`),
    en: en('Criticism circulated', () => 'circulated', (c) => `${c.unitName} has been criticised in a circular.`),
  },
  unit_commended: {
    zh: zh('表彰', () => '予以表彰', (c) => `${c.unitName}获得表彰：${c.payload.reason ?? ''}`),
    en: en('Commended', () => 'commended', (c) => `${c.unitName} has been commended.`),
  },
  incident_reported: {
    zh: zh('安全事件', (_, t) => `上报期限 ${t.due()}`, (c, t) => `${c.unitName}发生安全事件「${c.title}」，请在 ${t.due()}前向上级报告。`),
    en: en('Incident', (_, t) => `pass it on by ${t.due()}`, (c, t) => `${c.unitName} reported the incident “${c.title}”. Pass it on by ${t.due()}.`),
  },
  incident_report_late: {
    zh: zh('迟报', () => '报告超时', (c) => `安全事件「${c.title}」未按时报告，已记录。`),
    en: en('Reported late', () => 'late', (c) => `The incident “${c.title}” was reported late; this is on record.`),
  },
  incident_forward_overdue: {
    zh: zh('转报超期', () => '已自动上报', (c) => `安全事件「${c.title}」未按时转报，系统已报送上一级。`),
    en: en('Not passed on', () => 'passed on by the system', (c) => `The incident “${c.title}” was not passed on in time; the system passed it up.`),
  },
  campaign_reminder: {
    zh: zh('专项检查', (_, t) => `报送期限 ${t.due()}`, (c, t) => `请在 ${t.due()}前报送「${c.title}」自查结果。`),
    en: en('Inspection due', (_, t) => `submit by ${t.due()}`, (c, t) => `Submit your results for “${c.title}” by ${t.due()}.`),
  },
  campaign_escalated: {
    zh: zh('检查超期', () => '未报送', (c) => `${c.unitName}未按期报送「${c.title}」自查结果。`),
    en: en('Inspection overdue', () => 'not submitted', (c) => `${c.unitName} has not submitted its results for “${c.title}”.`),
  },
  campaign_not_submitted: {
    zh: zh('未报送', () => '检查已结束', (c) => `「${c.title}」已结束，${c.unitName}未报送自查结果，已记录。`),
    en: en('Not submitted', () => 'the campaign has ended', (c) => `“${c.title}” has ended without ${c.unitName}’s results; this is on record.`),
  },
  letter_to_sign: {
    zh: zh('责任书签订', (_, t) => `签订期限 ${t.due()}`, (c, t) => `请在 ${t.due()}前签订${c.title}。`),
    en: en('Letter to sign', (_, t) => `sign by ${t.due()}`, (c, t) => `Sign ${c.title} by ${t.due()}.`),
  },
  letter_reminder: {
    zh: zh('签订提醒', (_, t) => `签订期限 ${t.due()}`, (c, t) => `${c.title}尚未签订，期限 ${t.due()}。`),
    en: en('Reminder to sign', (_, t) => `sign by ${t.due()}`, (c, t) => `${c.title} is not yet signed; the deadline is ${t.due()}.`),
  },
  letter_signed: {
    zh: zh('责任书已签', () => '已签订', (c) => `${c.title}已签订。`),
    en: en('Letter signed', () => 'signed', (c) => `${c.title} has been signed.`),
  },
  letter_overdue: {
    zh: zh('签订超期', () => '请立即签订', (c) => `${c.title}已超过签订期限，请立即签订。`),
    en: en('Letter overdue', () => 'sign it now', (c) => `${c.title} is past its deadline. Sign it now.`),
  },
  letter_overdue_escalated: {
    zh: zh('签订超期', () => '请督促', (c) => `${c.title}超期未签，请督促签订。`),
    en: en('Letter overdue', () => 'please follow up', (c) => `${c.title} is overdue; please see that it is signed.`),
  },
  letter_unsigned: {
    zh: zh('未签订', () => '签订已截止', (c) => `${c.title}至截止仍未签订，已记录。`),
    en: en('Not signed', () => 'signing closed', (c) => `${c.title} was not signed before the signing closed; this is on record.`),
  },
};

