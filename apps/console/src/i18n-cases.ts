/** The strings of campaigns (专项督查) and incidents (安全事件), merged into i18n.ts's dictionaries. */
export const casesEn = {
  campaign: {
    nav: 'Campaigns', heading: 'Supervision campaigns', none: 'No campaign for your units.', issuer: 'Issued by {{unit}}', issuerLabel: 'Issued by', deadline: 'Due', deadlineBeijing: 'Due (Beijing time)', stateLabel: 'Status', createdBy: 'Started by',
    fillFor: 'Self-inspection of {{unit}}', result: 'Result', passed: 'Passed', failed: 'Not passed (opens a hazard)', note: 'Note', evidence: 'Evidence (a record, a file)',
    submit: 'Submit the self-inspection', submitted: 'Submitted; items not passed opened hazards.', submission: 'Submission', reminders: 'Reminders', hazards: 'Hazards opened', escalated: 'Late: told the unit above',
    status: { pending: 'pending', submitted: 'submitted', not_submitted: 'not submitted' }, state: { running: 'running', reported: 'reported' },
    progress: 'Units that submitted', checklist: 'Checklist', units: 'Units', submittedBy: 'by {{name}}',
    start: 'Start a campaign', startFrom: 'Run by', title: 'Title', titleHint: 'e.g. Fire safety before the Spring Festival', items: 'Checklist items', itemText: 'What to check',
    itemCategory: 'Kind of hazard if not passed', itemSeverity: 'Severity if not passed', evidenceRequired: 'A pass needs evidence', addItem: 'Add an item', removeItem: 'Remove this item',
    scope: 'Units that inspect themselves', scopeHint: 'Leave empty for every unit below the issuing unit.', startButton: 'Start the campaign', started: 'Started: every unit in scope is told.',
    report: 'Report', reportPending: 'The report is compiled at the deadline.', compiledAt: 'Compiled at', downloadCsv: 'Download (CSV)', yes: 'yes', no: 'no',
    col: { unit: 'Unit', submitted: 'Submitted', itemsChecked: 'Items checked', itemsFailed: 'Items not passed', general: 'General hazards', major: 'Major hazards', overdue: 'Overdue hazards', omitted: 'Hazards it did not report' },
    total: 'Total',
  },
  incident: {
    heading: 'Incidents', report: 'Report an incident', title: 'What happened', description: 'Details', occurredAt: 'When it happened (Beijing time)', submit: 'Report', none: 'No incident in your units.',
    duringWarning: 'During the early warning:', occurred: 'occurred', late: 'reported late', levels: 'Reported up, level by level', holding: 'Waiting at {{unit}} to be passed on',
    forward: 'Pass the report on to the next level', forwardNote: 'Note for the level above (optional)', forwardButton: 'Pass on', forwardConfirm: 'Pass this report on to the next level up?', forwarded: 'Passed on.', complete: 'The report reached the top level.',
    outcome: { reported: 'reported', forwarded: 'passed on', missed: 'passed on by the system (late)', received: 'received', pending: 'waiting' },
  },
};

export const casesZh: typeof casesEn = {
  campaign: {
    nav: '专项督查', heading: '专项督查', none: '本单位暂无专项督查。', issuer: '发起单位：{{unit}}', issuerLabel: '发起单位', deadline: '期限', deadlineBeijing: '截止时间（北京时间）', stateLabel: '状态', createdBy: '发起人',
    fillFor: '{{unit}}自查', result: '检查结果', passed: '合格', failed: '不合格（生成隐患）', note: '说明', evidence: '佐证材料（记录、文件）',
    submit: '报送自查结果', submitted: '已报送，不合格项已生成隐患。', submission: '报送情况', reminders: '提醒次数', hazards: '发现隐患', escalated: '逾期未报，已告知上级',
    status: { pending: '待报送', submitted: '已报送', not_submitted: '未报送' }, state: { running: '进行中', reported: '已汇总' },
    progress: '已报送单位', checklist: '检查清单', units: '检查单位', submittedBy: '报送人：{{name}}',
    start: '发起专项督查', startFrom: '发起单位', title: '督查名称', titleHint: '例如：春节前消防安全专项检查', items: '检查项目', itemText: '检查内容',
    itemCategory: '不合格时的隐患类别', itemSeverity: '不合格时的隐患等级', evidenceRequired: '合格需附佐证材料', addItem: '添加检查项目', removeItem: '删除此项',
    scope: '开展自查的单位', scopeHint: '不选即为发起单位下属的全部单位。', startButton: '发起', started: '已发起，已通知各检查单位。',
    report: '督查报告', reportPending: '截止后自动汇总报告。', compiledAt: '汇总时间', downloadCsv: '下载（CSV）', yes: '是', no: '否',
    col: { unit: '单位', submitted: '已报送', itemsChecked: '检查项数', itemsFailed: '不合格项', general: '一般隐患', major: '重大隐患', overdue: '逾期隐患', omitted: '未报告的隐患' },
    total: '合计',
  },
  incident: {
    heading: '安全事件', report: '报告安全事件', title: '事件名称', description: '事件经过', occurredAt: '发生时间（北京时间）', submit: '报告', none: '本单位暂无安全事件。',
    duringWarning: '发生于预警期间：', occurred: '发生于', late: '迟报', levels: '逐级上报', holding: '待{{unit}}转报',
    forward: '转报上一级', forwardNote: '给上级的说明（可不填）', forwardButton: '转报', forwardConfirm: '确认将此事件转报上一级？', forwarded: '已转报。', complete: '已报至最高一级。',
    outcome: { reported: '已上报', forwarded: '已转报', missed: '超时由系统转报', received: '已接收', pending: '待转报' },
  },
};
