import type { HazardEventType } from '../../../libs/domain/src/hazards/events.js';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { hazardEn, hazardZh } from './i18n-hazard';
import { casesEn, casesZh } from './i18n-cases';

const en = {
  app: 'Dutychain', signIn: 'Sign in', signOut: 'Sign out', person: 'Person', token: 'Bearer token', signedInAs: 'Signed in as {{name}}',
  devHint: 'Development sign-in: choose who you are.', tokenHint: 'Paste a token issued by your identity provider.',
  nav: { duty: 'Duty', warnings: 'Warnings', schedules: 'Recurring duties', statistics: 'Statistics', ledger: 'Ledger', inbox: 'My inbox', hazards: 'My hazards', overview: 'Unit overview', reviews: 'Accountability reviews', notices: 'Notices', main: 'Main menu', menu: 'Menu' }, language: 'Language',
  risk: {
    heading: 'Risk assessment', assess: 'Assess this unit', submit: 'Record the assessment', recorded: 'Recorded: hazards open for each high-risk and risk result.', self: 'self-assessment', bySuperior: 'by the superior unit',
    level: { high: 'High risk', medium: 'Medium risk', low: 'Low risk', none: 'Not assessed yet' }, result: { none: 'none found', danger: 'risk (危险)', high: 'high risk (高危)' },
  },
  ledger: {
    heading: 'Hazard ledger', search: 'Search', q: 'Words', qHint: 'title, description or location', title: 'Hazard', unit: 'Unit', category: 'Category', severity: 'Severity', status: 'Status',
    source: 'Source', overdue: 'Overdue', yes: 'yes', no: 'no', holder: 'Holder', deadline: 'Current deadline', discoveredAt: 'Discovered', overdueTag: 'overdue', supervisedTag: 'supervised',
    exportXlsx: 'Export to Excel', exportCsv: 'Export CSV', total: '{{count}} hazards',
  },
  statistics: {
    exportPdf: 'PDF to sign and send up', exportXlsx: 'Export to Excel', chartUnits: 'Found, closed on time and overdue, per unit', chartCategories: 'Hazards found by category',
    heading: 'Quarterly statistics', none: 'No statistics report for your units yet.', due: 'Due', state: 'Status', note: 'Note', confirm: 'Confirm and send up',
    confirmFor: 'Confirm the figures of {{unit}}', confirmHint: 'The figures are compiled from the hazards; once confirmed they go up to the unit above with those of the units below.',
    status: { collecting: 'collecting', complete: 'complete' }, unit: { pending: 'not yet confirmed', confirmed: 'confirmed', late: 'late (迟报)', confirmed_late: 'confirmed late' },
    figure: { found: 'Found', major: 'Major', closed: 'Closed', closedOnTime: 'Closed on time', open: 'Open', overdue: 'Overdue', escalated: 'Escalated', supervised: 'Supervised', reviews: 'Reviews' },
  },
  plan: {
    heading: 'Contingency plans and drills ({{year}})', none: 'No plan registered yet.', type: 'Type', title: 'Title', owner: 'Owner', version: 'Version', reviewBy: 'Review by', reviewByBeijing: 'Review by (Beijing time)', drills: 'Drills this year',
    drillTally: '{{held}} of {{required}} held · {{missed}} missed', register: 'Register a plan', choose: '— choose —', registered: 'The plan is registered.',
    types: { flood: 'Flood', fire: 'Fire', theft: 'Theft', network_security: 'Network security', exhibition_evacuation: 'Exhibitions and evacuation', records_rescue: 'Records rescue' },
    review: { current: 'in date', due: 'review due soon', overdue: 'past its review date', escalated: 'past its review date (principal told)' },
    drillsHeading: 'Drills', noDrills: 'No drill planned or held yet.', participants: 'Participants', participantsOf: 'Participants: {{names}}', separator: ', ', hazards: 'Hazards opened:', recordedBy: 'Recorded by {{name}}',
    drill: { planned: 'Planned', held: 'Held', missed: 'Missed', held_late: 'Held late (missed)' },
    planDrill: 'Plan a drill', plannedAt: 'To be held at', plannedAtBeijing: 'To be held at (Beijing time)', heldAtBeijing: 'Held at (Beijing time)', removeFinding: 'Remove this finding', scenario: 'Scenario', planned: 'The drill is planned.',
    recordDrill: 'Record a drill', whichDrill: 'Which drill', adHoc: 'A drill not planned ahead', heldAt: 'Held at', findings: 'Findings', finding: 'Finding {{n}}', openHazard: 'Open a hazard for it', addFinding: 'Add a finding', recorded: 'The drill is recorded; findings marked open hazards.',
  },
  duty: {
    coming: 'Coming shifts at {{unit}}', noneComing: 'No shift published for the coming days.',
    swap: {
      ask: 'Ask someone to take this shift', to: 'Who takes it', why: 'Why', note: 'Comment', accept: 'Take the shift', decline: 'Decline', approve: 'Approve the swap', reject: 'Reject the swap',
      requested: 'Swap asked of {{name}}: waiting for their answer', accepted: '{{name}} will take it: waiting for the safety officer', lapsed: 'The swap to {{name}} lapsed: the shift started undecided',
    },
    heading: 'Today’s duty', none: 'No one is on duty today in your units.', onDuty: 'On duty: {{name}}', leader: 'leader in charge: {{name}}', checkIn: 'Check in', handover: 'File the handover log', handoverLog: 'Handover log', logged: 'Handover log: {{log}}', late: '{{minutes}} min late',
    status: { scheduled: 'not started', checked_in: 'on duty', missed: 'not checked in', handed_over: 'handed over', no_handover: 'no handover log' },
  },
  warning: {
    heading: 'Early warnings', incidents: 'Incidents during the warning', noIncidents: 'No incident reported during the warning.', suffix: ' warning', none: 'No warning for your units.', issue: 'Issue a warning', issuer: 'Issued by', levelLabel: 'Level', title: 'Title', measures: 'Measures (one per line)', issueButton: 'Issue',
    level: { blue: 'Blue', yellow: 'Yellow', orange: 'Orange', red: 'Red' }, status: { active: 'in force', lifted: 'lifted' },
    tally: '{{confirmed}} of {{units}} units confirmed, {{escalated}} escalated', confirmBy: 'Confirm by', unitStatus: 'Measures', confirmedBy: 'Confirmed by',
    unit: { pending: 'not yet confirmed', confirmed: 'confirmed', escalated: 'not confirmed in time (escalated)', confirmed_late: 'confirmed late' },
    measuresHeading: 'Measures', notDone: 'Not done', allDone: 'all done', confirmFor: 'Confirm the measures for {{unit}}', note: 'Note', confirm: 'Confirm', liftNote: 'Why it is lifted', lift: 'Lift the warning', liftConfirm: 'Lift this warning for every unit it covers?', measuresHint: 'Each line becomes one measure every unit confirms.', issuedAt: 'Issued at',
  },
  schedule: {
    when: 'Falls due', overlapLabel: 'Overlapping runs', heading: 'Recurring duties', none: 'No recurring duty in your units yet.', new: 'Set up a recurring duty', kindLabel: 'Duty', title: 'Title', month: 'Month', everyMonth: 'every month', day: 'Day', hour: 'Hour (Beijing)', minute: 'Minute',
    create: 'Set up', created: 'Set up: Temporal will start each run.', pause: 'Pause', resume: 'Resume', trigger: 'Run now', triggered: 'Asked to run now.', paused: 'paused',
    workingDay: 'moved to the next working day when due on a rest day', workingDayHint: 'A run due on a weekend or holiday starts at 09:00 on the next working day (make-up workdays count).',
    next: 'Next due', runs: 'Recent runs', noRuns: 'No run yet.', open: 'open', ended: 'ended', skipped: '{{count}} run(s) skipped while the previous one was open',
    every: 'every {{count}} s', daily: 'daily at {{time}}', weekly: 'every {{day}} at {{time}}', monthly: 'monthly on day {{day}} at {{time}}', yearly: 'yearly on {{day}}/{{month}} at {{time}}',
    weekday: { 0: 'Sunday', 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday' },
    kind: { self_inspection: 'Monthly self-inspection', backup_check: 'Electronic records backup check', letter_round: 'Annual responsibility letters', pre_holiday_inspection: 'Pre-holiday inspection', risk_assessment: 'Risk self-assessment', statistics_report: 'Quarterly statistics report' },
    overlap: { skip: 'a run due while one is open is skipped', buffer_one: 'one run may wait for the open one', allow_all: 'runs may overlap' },
    event: {
      schedule_created: 'set up', schedule_changed: 'changed', schedule_paused: 'paused', schedule_resumed: 'resumed', schedule_triggered: 'run requested',
      duty_run_started: 'run started', duty_run_opened: 'checklists sent to the units', duty_run_skipped: 'run skipped', duty_run_finished: 'run finished', duty_run_holiday: 'inspection before the holiday', risk_assessment_due: 'a unit asked to assess its risks', risk_assessment_missed: 'a unit did not assess its risks in time',
    },
  },
  notices: { title: 'My notices', bell: '{{count}} unread notices', empty: 'No notices.', markAll: 'Mark all read', more: 'More', undelivered: 'Could not be sent by {{channels}}', channel: { email: 'email', wecom: 'WeCom', dingtalk: 'DingTalk' } },
  left: { remaining: '{{time}} left', overdue: 'overdue by {{time}}', none: 'no deadline' },
  span: { d: '{{count}}d', h: '{{count}}h', m: '{{count}}m', s: '{{count}}s', pair: '{a} {b}' },
  hazards: { title: 'Hazards I hold', toVerify: 'Waiting for verification in my units', empty: 'You hold no open hazards.', open: 'Open' },
  hazard: {
    details: 'Details', description: 'Description', location: 'Location', discovered: 'Discovered by {{who}} at {{at}}', evidence: 'Evidence', noEvidence: 'No evidence attached.',
    severity: 'Severity', status: 'Status', stage: 'Current step', deadline: 'Deadline', holder: 'Held by', ladder: 'Escalation ladder', heldBy: 'Who held it when',
    timeline: 'Timeline', chainOk: 'Audit chain verified: {{n}} events, no broken link.', chainBroken: 'Audit chain BROKEN at event {{seq}}', requests: 'Requests', actions: 'Actions', back: 'Back',
    liveMissing: 'Live workflow state unavailable: {{why}}', from: 'from', to: 'to', now: 'now',
  },
  action: {
    acknowledge: 'Acknowledge', note: 'Note', submitPlan: 'Submit plan', responsiblePersonId: 'Person responsible', measures: 'Measures', funds: 'Funds (amount and source)',
    planDeadline: 'Plan deadline', contingencyPlan: 'Contingency plan', submitRectification: 'Submit rectification', summary: 'Summary', evidence: 'Evidence (one per line)',
    verify: 'Verify', passed: 'Rectification passed', requestExtension: 'Request extension', newDeadline: 'New deadline', reason: 'Reason',
    requestEscalation: 'Request escalation', needs: 'What you need', mode: 'Mode', transfer: 'Transfer to the leader', coOwn: 'Leader co-owns it', done: 'Done.', comment: 'Comment',
  },
  overview: { title: 'Open and overdue hazards by unit', unit: 'Unit', general: 'General', major: 'Major', open: 'Open', overdue: 'Overdue', closed: 'Closed', chart: 'Open hazards per unit (overdue in red)' },
  severity: { general: 'general', major: 'major' },
  status: { intake_failed: 'intake failed', reported: 'reported', unassigned: 'unassigned', assigned: 'assigned', acknowledged: 'acknowledged', planned: 'planned', rectified: 'rectified', rework: 'rework', closed: 'closed', pending: 'pending', approved: 'approved', rejected: 'rejected', expired: 'expired' },
  stage: { acknowledge: 'acknowledge', plan: 'plan', rectify: 'rectify', verify: 'verify' },
  level: { department_head: 'department head', deputy: 'deputy in charge', principal: 'principal', superior_unit: 'superior unit' },
  post: { principal: 'principal', deputy: 'deputy', department_head: 'department head', safety_officer: 'safety officer', discipline_officer: 'discipline officer', staff: 'staff' },
  event: {
    reported: 'reported', assigned: 'assigned', assignment_failed: 'assignment failed', acknowledged: 'acknowledged', plan_submitted: 'plan submitted',
    rectification_submitted: 'rectification submitted', verification_passed: 'verification passed', verification_failed: 'verification failed', closed: 'closed',
    reminder_sent: 'reminder sent', deadline_missed: 'deadline missed', escalated: 'escalated', supervision_listed: 'listed for supervision',
    request_submitted: 'request submitted', request_approved: 'request approved', request_rejected: 'request rejected', request_expired: 'request expired',
    deadline_extended: 'deadline extended', decision_lapsed: 'decision lapsed', co_owner_added: 'co-owner added', policy_migrated: 'policy migrated',
    accountability_review_requested: 'accountability review requested', accountability_review_started: 'accountability review started', intake_failed: 'intake failed',
    supervision_opened: 'listed for supervision (挂牌督办)', supervision_terms_set: 'supervision terms set', supervision_terms_lapsed: 'supervision terms not set in time', supervision_progress_reported: 'progress reported to the supervisor', supervision_report_missed: 'progress report missed', supervision_lifted: 'supervision lifted (摘牌)', rung_vacant: 'post vacant: skipped (a finding against its unit)', evidence_attached: 'evidence file added',
  } satisfies Record<HazardEventType, string>,
  unit: {
    scorecard: 'Safety scorecard', assessment: 'Annual safety assessment {{year}}', pass: 'Passed', fail: 'Failed: one-vote veto (一票否决)', medianHours: 'Median hours to rectify',
    escalations: 'Escalations', lapsedDecisions: 'Lapsed decisions', vacantPosts: 'Posts found empty on a chain', yellowCards: 'Yellow cards', inForce: 'in force until {{until}}', expired: 'expired {{until}}', noCards: 'No yellow card.',
    sanctions: 'Sanctions in force', noSanctions: 'No sanction in force.', omissions: 'Omissions (漏报) found by supervision', notSubmitted: 'Campaigns not submitted', lateIncidents: 'Incident reports late (迟报)',
  },
  review: {
    title: 'Accountability reviews', empty: 'No review concerns you or your units.', reason: 'Reason', authority: 'Reviewing authority', statementsUntil: 'Statements until', decisionDeadline: 'Decision due',
    timeline: 'Who held it when', findings: 'Findings', proposals: 'Proposed sanctions', statement: 'My statement (陈述申辩)', submitStatement: 'Submit statement', statementDone: 'Statement recorded.',
    decide: 'Decide', outcome: 'Decision', accept: 'Accept', change: 'Change', dismiss: 'Dismiss', sanction: 'Sanction instead', decisionReason: 'Reason for the decision', decided: 'Decision recorded.',
    byLetter: 'by the responsibility letter', byChart: 'by the org chart', statements: 'Statements', person: 'Person', conduct: 'Conduct', late: 'late by {{time}}', sanctionUntil: '{{sanction}} until {{until}}',
    decideConfirm: 'Record this decision on {{name}}? It cannot be taken back here; an appeal follows its own procedure.', noProposals: 'No sanction proposed.', noFindings: 'No finding.', held: '{{at}} · {{event}} · {{level}} {{person}} ({{basis}})',
  },
  reviewReason: { top_rung_deadline_missed: 'the top rung’s deadline passed', verification_failed_too_often: 'verification failed too often', incident_reported_late: 'incident reported late (迟报)' },
  reviewStatus: { open: 'opening', preparing: 'preparing', statements: 'hearing statements', deciding: 'awaiting decision', appeals: 'open to appeal', decided: 'decided', no_sanctions: 'no sanction', preparation_failed: 'could not be prepared' },
  proposalStatus: { proposed: 'proposed', accepted: 'accepted', changed: 'changed', dismissed: 'dismissed' },
  conduct: { acted_in_time: 'acted in time', late: 'late', no_action: 'no action', escalated_properly: 'escalated properly', lapsed_decision: 'let a decision lapse', evaded: 'evaded' },
  sanction: { warning: 'warning (警告)', demerit: 'demerit (记过)', major_demerit: 'major demerit (记大过)', demotion: 'demotion (降级)', removal: 'removal from post (撤职)', dismissal: 'dismissal (开除)' },
  loading: 'Loading…', error: 'Error',
};

type Dict = typeof en;
const zh: Dict = {
  app: '隐患责任链', signIn: '登录', signOut: '退出', person: '人员', token: '访问令牌', signedInAs: '当前用户：{{name}}',
  devHint: '开发模式登录：请选择身份。', tokenHint: '请粘贴身份提供方签发的令牌。',
  nav: { duty: '值班', warnings: '预警', schedules: '定期工作', statistics: '统计报告', ledger: '隐患台账', inbox: '待我审批', hazards: '我的隐患', overview: '单位总览', reviews: '责任倒查', notices: '通知', main: '主菜单', menu: '菜单' }, language: '语言',
  risk: {
    heading: '风险分级管控', assess: '开展风险评估', submit: '提交评估结果', recorded: '已记录：高危、危险项已生成隐患。', self: '自评', bySuperior: '上级评估',
    level: { high: '高风险', medium: '中风险', low: '低风险', none: '尚未评估' }, result: { none: '未发现', danger: '危险', high: '高危' },
  },
  ledger: {
    heading: '隐患台账', search: '查询', q: '关键词', qHint: '名称、描述或位置', title: '隐患名称', unit: '单位', category: '类别', severity: '等级', status: '状态',
    source: '来源', overdue: '是否逾期', yes: '是', no: '否', holder: '责任人', deadline: '当前期限', discoveredAt: '发现时间', overdueTag: '逾期', supervisedTag: '挂牌督办',
    exportXlsx: '导出 Excel', exportCsv: '导出 CSV', total: '共 {{count}} 条',
  },
  statistics: {
    exportPdf: '导出 PDF（签字报送）', exportXlsx: '导出 Excel', chartUnits: '各单位发现、按期整改与逾期隐患', chartCategories: '按类别统计的发现隐患',
    heading: '季度统计报告', none: '您的单位暂无统计报告。', due: '报送期限', state: '状态', note: '说明', confirm: '确认并报送',
    confirmFor: '确认{{unit}}的统计数据', confirmHint: '数据由隐患台账自动汇总；确认后连同下级报送的数据一并报送上级。',
    status: { collecting: '汇总中', complete: '已完成' }, unit: { pending: '待确认', confirmed: '已确认', late: '迟报', confirmed_late: '逾期后确认' },
    figure: { found: '发现隐患', major: '重大隐患', closed: '已整改', closedOnTime: '按期整改', open: '未整改', overdue: '逾期', escalated: '升级', supervised: '挂牌督办', reviews: '责任倒查' },
  },
  plan: {
    heading: '应急预案与演练（{{year}} 年）', none: '尚未登记应急预案。', type: '类型', title: '名称', owner: '责任人', version: '版本', reviewBy: '修订期限', reviewByBeijing: '修订期限（北京时间）', drills: '本年度演练',
    drillTally: '应演练 {{required}} 次，已演练 {{held}} 次，缺失 {{missed}} 次', register: '登记应急预案', choose: '— 请选择 —', registered: '应急预案已登记。',
    types: { flood: '防汛', fire: '消防', theft: '防盗', network_security: '网络安全', exhibition_evacuation: '展览与疏散', records_rescue: '档案抢救' },
    review: { current: '在有效期内', due: '即将到修订期限', overdue: '已过修订期限', escalated: '已过修订期限（已报主要负责人）' },
    drillsHeading: '演练', noDrills: '尚无演练计划或记录。', participants: '参演人员', participantsOf: '参演人员：{{names}}', separator: '、', hazards: '生成的隐患：', recordedBy: '记录人：{{name}}',
    drill: { planned: '已计划', held: '已演练', missed: '未按期演练', held_late: '逾期补演' },
    planDrill: '安排演练', plannedAt: '计划时间', plannedAtBeijing: '计划时间（北京时间）', heldAtBeijing: '演练时间（北京时间）', removeFinding: '删除此问题', scenario: '演练情景', planned: '演练已安排。',
    recordDrill: '记录演练', whichDrill: '对应演练', adHoc: '未事先安排的演练', heldAt: '演练时间', findings: '发现的问题', finding: '问题 {{n}}', openHazard: '作为隐患登记', addFinding: '增加一条问题', recorded: '演练已记录；标记的问题已生成隐患。',
  },
  duty: {
    coming: '{{unit}}近期值班', noneComing: '近期尚未排班。',
    swap: {
      ask: '申请换班', to: '由谁替班', why: '换班原因', note: '意见', accept: '同意替班', decline: '不同意', approve: '批准换班', reject: '不批准',
      requested: '已请{{name}}替班，待其确认', accepted: '{{name}}已同意替班，待安全员审批', lapsed: '换班给{{name}}未获审批，值班已开始，申请失效',
    },
    heading: '今日值班', none: '今天您的单位没有值班安排。', onDuty: '值班人员：{{name}}', leader: '带班领导：{{name}}', checkIn: '到岗签到', handover: '提交交接班记录', handoverLog: '交接班记录', logged: '交接班记录：{{log}}', late: '迟到 {{minutes}} 分钟',
    status: { scheduled: '未开始', checked_in: '在岗', missed: '未签到', handed_over: '已交班', no_handover: '未提交交接班记录' },
  },
  warning: {
    heading: '预警', incidents: '预警期间发生的安全事件', noIncidents: '预警期间未报告安全事件。', suffix: '预警', none: '本单位暂无预警。', issue: '发布预警', issuer: '发布单位', levelLabel: '预警级别', title: '标题', measures: '防范措施（每行一条）', issueButton: '发布',
    level: { blue: '蓝色', yellow: '黄色', orange: '橙色', red: '红色' }, status: { active: '生效中', lifted: '已解除' },
    tally: '{{units}} 个单位中 {{confirmed}} 个已确认，{{escalated}} 个已逾期上报', confirmBy: '确认期限', unitStatus: '措施落实', confirmedBy: '确认人',
    unit: { pending: '尚未确认', confirmed: '已确认', escalated: '逾期未确认（已上报）', confirmed_late: '逾期后确认' },
    measuresHeading: '防范措施', notDone: '未落实措施', allDone: '全部落实', confirmFor: '确认{{unit}}的防范措施', note: '说明', confirm: '确认', liftNote: '解除原因', lift: '解除预警', liftConfirm: '确认对所有涉及单位解除此预警？', measuresHint: '每行一条措施，各单位逐条确认。', issuedAt: '发布时间',
  },
  schedule: {
    heading: '定期工作', when: '到期时间', overlapLabel: '重叠执行', none: '本单位尚未设置定期工作。', new: '设置定期工作', kindLabel: '工作类型', title: '名称', month: '月份', everyMonth: '每月', day: '日', hour: '时（北京时间）', minute: '分',
    create: '设置', created: '已设置：每次到期由 Temporal 启动。', pause: '暂停', resume: '恢复', trigger: '立即执行', triggered: '已要求立即执行。', paused: '已暂停',
    workingDay: '遇休息日顺延至下一工作日', workingDayHint: '到期日为周末或节假日的，顺延至下一工作日 9:00（调休上班日计为工作日）。',
    next: '下次到期', runs: '最近执行', noRuns: '尚未执行。', open: '进行中', ended: '已结束', skipped: '上一次尚未结束，跳过 {{count}} 次',
    every: '每 {{count}} 秒', daily: '每天 {{time}}', weekly: '每{{day}} {{time}}', monthly: '每月{{day}}日 {{time}}', yearly: '每年{{month}}月{{day}}日 {{time}}',
    weekday: { 0: '周日', 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六' },
    kind: { self_inspection: '月度安全自查', backup_check: '电子档案备份核查', letter_round: '年度安全责任书签订', pre_holiday_inspection: '节前安全检查', risk_assessment: '安全风险自评', statistics_report: '季度安全隐患统计报告' },
    overlap: { skip: '上次未结束则跳过', buffer_one: '上次未结束则排队一次', allow_all: '允许重叠执行' },
    event: {
      schedule_created: '设置', schedule_changed: '修改', schedule_paused: '暂停', schedule_resumed: '恢复', schedule_triggered: '要求立即执行',
      duty_run_started: '开始执行', duty_run_opened: '检查表已下发各单位', duty_run_skipped: '本次跳过', duty_run_finished: '执行结束', duty_run_holiday: '节前检查', risk_assessment_due: '已通知单位开展风险自评', risk_assessment_missed: '单位逾期未完成风险自评',
    },
  },
  notices: { title: '我的通知', bell: '{{count}} 条未读通知', empty: '暂无通知。', markAll: '全部标为已读', more: '更多', undelivered: '未能通过{{channels}}送达', channel: { email: '邮件', wecom: '企业微信', dingtalk: '钉钉' } },
  left: { remaining: '剩余 {{time}}', overdue: '已超期 {{time}}', none: '无期限' },
  span: { d: '{{count}}天', h: '{{count}}小时', m: '{{count}}分', s: '{{count}}秒', pair: '{a}{b}' },
  hazards: { title: '我负责的隐患', toVerify: '本单位待验收', empty: '您没有未销号的隐患。', open: '查看' },
  hazard: {
    details: '详情', description: '描述', location: '地点', discovered: '{{who}} 于 {{at}} 发现', evidence: '证据', noEvidence: '无证据附件。',
    severity: '等级', status: '状态', stage: '当前环节', deadline: '期限', holder: '责任人', ladder: '升级阶梯', heldBy: '责任人变更记录',
    timeline: '时间线', chainOk: '审计链校验通过：{{n}} 条事件，无断链。', chainBroken: '审计链在第 {{seq}} 条事件处断裂', requests: '申请', actions: '操作', back: '返回',
    liveMissing: '无法获取工作流实时状态：{{why}}', from: '自', to: '至', now: '至今',
  },
  action: {
    acknowledge: '签收', note: '备注', submitPlan: '提交整改方案', responsiblePersonId: '整改责任人', measures: '整改措施', funds: '整改资金（金额与来源）',
    planDeadline: '整改时限', contingencyPlan: '应急预案', submitRectification: '提交整改结果', summary: '整改情况', evidence: '证据（每行一项）',
    verify: '验收', passed: '验收通过', requestExtension: '申请延期', newDeadline: '新期限', reason: '理由',
    requestEscalation: '申请上报', needs: '需要的支持', mode: '方式', transfer: '移交上级', coOwn: '上级共同负责', done: '已完成。', comment: '意见',
  },
  overview: { title: '各单位未销号与超期隐患', unit: '单位', general: '一般', major: '重大', open: '未销号', overdue: '超期', closed: '已销号', chart: '各单位未销号隐患（红色为超期）' },
  severity: { general: '一般', major: '重大' },
  status: { intake_failed: '受理失败', reported: '已上报', unassigned: '未落实责任人', assigned: '已交办', acknowledged: '已签收', planned: '已制定方案', rectified: '已整改待验收', rework: '验收未通过', closed: '已销号', pending: '待决定', approved: '已批准', rejected: '已驳回', expired: '已过期' },
  stage: { acknowledge: '签收', plan: '制定方案', rectify: '整改', verify: '验收' },
  level: { department_head: '部门负责人', deputy: '分管领导', principal: '主要负责人', superior_unit: '上级单位' },
  post: { principal: '主要负责人', deputy: '分管领导', department_head: '部门负责人', safety_officer: '安全员', discipline_officer: '纪检人员', staff: '职工' },
  event: {
    reported: '上报', assigned: '交办', assignment_failed: '无法落实责任人', acknowledged: '签收', plan_submitted: '提交整改方案',
    rectification_submitted: '提交整改结果', verification_passed: '验收通过', verification_failed: '验收未通过', closed: '销号',
    reminder_sent: '发送提醒', deadline_missed: '超期', escalated: '升级', supervision_listed: '挂牌督办',
    request_submitted: '提交申请', request_approved: '批准申请', request_rejected: '驳回申请', request_expired: '申请过期',
    deadline_extended: '延期', decision_lapsed: '逾期未决定', co_owner_added: '增加共同责任人', policy_migrated: '迁移时限策略',
    accountability_review_requested: '申请责任倒查', accountability_review_started: '启动责任倒查', intake_failed: '受理失败',
    supervision_opened: '挂牌督办', supervision_terms_set: '督办要求已下达', supervision_terms_lapsed: '督办要求逾期未下达', supervision_progress_reported: '报送整改进展', supervision_report_missed: '逾期未报送进展', supervision_lifted: '摘牌销号', rung_vacant: '岗位空缺，越级上报（记入该单位问题）', evidence_attached: '上传佐证材料',
  } satisfies Record<HazardEventType, string>,
  unit: {
    scorecard: '安全记分卡', assessment: '{{year}} 年度安全考核', pass: '合格', fail: '不合格：一票否决', medianHours: '整改用时中位数（小时）',
    escalations: '升级次数', lapsedDecisions: '逾期未决定', vacantPosts: '责任链岗位空缺', yellowCards: '安全黄牌警示', inForce: '有效期至 {{until}}', expired: '已于 {{until}} 失效', noCards: '无黄牌。',
    sanctions: '生效中的处分', noSanctions: '无生效中的处分。', omissions: '督查发现的漏报', notSubmitted: '未报送的专项督查', lateIncidents: '迟报的事故',
  },
  review: {
    title: '责任倒查', empty: '没有与您或您单位相关的倒查。', reason: '原因', authority: '审查机关', statementsUntil: '陈述截止', decisionDeadline: '决定期限',
    timeline: '各时段责任人', findings: '认定', proposals: '处分建议', statement: '我的陈述申辩', submitStatement: '提交陈述', statementDone: '已记录陈述。',
    decide: '决定', outcome: '决定', accept: '同意', change: '变更', dismiss: '不予处分', sanction: '改为', decisionReason: '决定理由', decided: '已记录决定。',
    byLetter: '依据责任状', byChart: '依据组织架构', statements: '陈述申辩', person: '人员', conduct: '行为', late: '超期 {{time}}', sanctionUntil: '{{sanction}}，至 {{until}}',
    decideConfirm: '确认对{{name}}作出此决定？决定在此不可撤回，申诉另按程序办理。', noProposals: '无拟处理意见。', noFindings: '无认定事项。', held: '{{at}} · {{event}} · {{level}} {{person}}（{{basis}}）',
  },
  reviewReason: { top_rung_deadline_missed: '最高层级仍超期', verification_failed_too_often: '多次验收未通过', incident_reported_late: '事故迟报' },
  reviewStatus: { open: '启动中', preparing: '准备中', statements: '陈述申辩期', deciding: '待决定', appeals: '申诉期', decided: '已决定', no_sanctions: '不予处分', preparation_failed: '无法启动' },
  proposalStatus: { proposed: '建议', accepted: '同意', changed: '变更', dismissed: '不予处分' },
  conduct: { acted_in_time: '按时履职', late: '逾期履职', no_action: '未履职', escalated_properly: '依规上报', lapsed_decision: '逾期未决定', evaded: '推诿逃避' },
  sanction: { warning: '警告', demerit: '记过', major_demerit: '记大过', demotion: '降级', removal: '撤职', dismissal: '开除' },
  loading: '加载中…', error: '错误',
};

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    // zh is Simplified Chinese (zh-CN); any zh-* browser gets it, everything else English.
    resources: { en: { translation: { ...en, ...hazardEn, ...casesEn } }, zh: { translation: { ...zh, ...hazardZh, ...casesZh } } },
    supportedLngs: ['en', 'zh'],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    detection: { order: ['localStorage', 'navigator'], caches: ['localStorage'], lookupLocalStorage: 'dutychain.lang' },
    interpolation: { escapeValue: false },
  });

const htmlLang = (lng: string | undefined) => (lng?.startsWith('zh') ? 'zh-CN' : 'en');
/** A code from the API in the reader's language; codes the console does not know yet stay as they are. */
export const label = (group: 'status' | 'stage' | 'level' | 'event' | 'reviewStatus' | 'reviewReason' | 'proposalStatus' | 'conduct' | 'sanction', code: string | null | undefined) => (code ? i18n.t(`${group}.${code}`, { defaultValue: code }) : '—');

i18n.on('languageChanged', (lng) => document.documentElement.setAttribute('lang', htmlLang(lng)));
document.documentElement.setAttribute('lang', htmlLang(i18n.resolvedLanguage));

export default i18n;
