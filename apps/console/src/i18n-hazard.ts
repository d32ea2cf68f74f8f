/** The strings of the report form and the hazard page (merged into i18n.ts's dictionaries). */
export const hazardEn = {
  report: {
    nav: 'Report a hazard', heading: 'Report a hazard', unit: 'Where (unit)', category: 'What kind of hazard', severity: 'How serious', title: 'In a few words', location: 'Where exactly',
    description: 'What you see', source: 'How it was found', discoveredBy: 'Found by', discoveredAt: 'Found at (Beijing time)', photos: 'Photos or scans', photosHint: 'Take them with the phone’s camera, or choose JPEG, PNG, HEIC or PDF files.',
    addPhoto: 'Add a photo', submit: 'Report', done: 'Reported. The responsible people are told.', required: 'Please fill this in',
    general: 'General (一般隐患): can be put right quickly by the department that finds it.',
    major: 'Major (重大隐患): serious harm or hard to fix; needs part of the building closed, time and money, or help from outside the unit.',
    categoryHint: 'Fire, flood and water leaks, theft, building safety, network security …',
  },
  hz: {
    unit: 'Unit', category: 'Category', source: 'Found by way of', discoveredBy: 'Found by', discoveredAt: 'Found at', reportedAt: 'Reported at', supervised: 'Supervised by the superior unit (挂牌督办)',
    review: 'Accountability review', openReview: 'Open the review', plan: 'Rectification plan (五落实)', planPerson: 'Person responsible', planMeasures: 'Measures', planFunds: 'Funds',
    planDeadline: 'Deadline', planContingency: 'Contingency plan', rectifications: 'Rectifications', attempt: 'Attempt {{n}}', byAt: '{{who}} · {{at}}', evidence: 'Evidence files',
    noFiles: 'No file yet.', upload: 'Add photos or files', uploaded: '{{count}} file(s) added.', download: 'Download', stripped: 'location removed', decidedBy: 'decided by {{who}}',
    requestedBy: '{{who}} asks {{decider}}', needs: 'Needs', newDeadline: 'Asks until', noActions: 'Nothing waits for you on this hazard.', confirmTitle: 'Confirm', cancel: 'Cancel',
    approve: 'Approve', reject: 'Reject', pass: 'Pass', fail: 'Fail', chooseResponsible: 'Choose the person', planDefault: 'The policy allows until {{at}}', extensionAfter: 'Must be after the current deadline, {{at}}',
    extensionReason: 'Why more time is needed', escalationReason: 'Why you need help', noteOptional: 'Note (optional)', decisionComment: 'Comment on the decision', verifyComment: 'What you checked',
    current: 'now',
  },
  work: {
    nav: 'My work', heading: 'My work', empty: 'Nothing waits for you now.', next: 'Next step', by: 'by {{at}}', open: 'Open the hazard', actingFor: 'for {{name}} (acting)',
    what: { acknowledge: 'Acknowledge the hazard', plan: 'Submit the rectification plan (五落实)', rectify: 'Rectify it and report the result', verify: 'Verify the rectification', decide: 'Decide on the request for {{kind}}' },
    forWhom: { acknowledge: 'goes up to {{name}} if late', plan: 'goes up to {{name}} if late', rectify: 'goes up to {{name}} if late', verify: 'rectified by {{name}}', decide: 'asked by {{name}}' },
    kind: { extension: 'more time', escalation: 'help' }, decided: 'Decision recorded: {{title}}',
  },
  letters: {
    nav: 'Responsibility letters', heading: 'Responsibility letters (安全责任状)', mine: 'Letters I sign', none: 'No letter for you to sign.', all: 'Letters of my units', allNone: 'No letters sent for signing in your units.',
    onlyUnsigned: 'Only those not signed yet', sign: 'Sign', signConfirm: 'By signing you take on the safety responsibility for these areas for the year.', signed: 'Signed.',
    year: 'Year', unit: 'Unit', signer: 'Signer', with: 'Signs with', level: 'Post', areas: 'Areas', deadline: 'Sign by', status: 'Status', signedAt: 'Signed at',
    state: { pending: 'to sign', signed: 'signed', overdue: 'overdue', unsigned: 'not signed (closed)' },
  },
  need: { funds: 'Funds', authority: 'Authority', other_units: 'Other units', expertise: 'Expertise' },
  page: {
    notFound: 'Not found', notFoundText: 'This page or record does not exist, or it is outside your units.', forbidden: 'Not allowed', forbiddenText: 'Your post does not allow this: {{why}}',
    failed: 'Something went wrong', failedText: 'The server did not answer as expected ({{status}}). Try again in a moment.', back: 'Back to my work', retry: 'Try again', empty: 'Nothing here yet.',
  },
};

export const hazardZh: typeof hazardEn = {
  report: {
    nav: '上报隐患', heading: '上报隐患', unit: '所在单位', category: '隐患类别', severity: '隐患等级', title: '隐患名称', location: '具体位置',
    description: '隐患情况', source: '发现方式', discoveredBy: '发现人', discoveredAt: '发现时间（北京时间）', photos: '照片或扫描件', photosHint: '可用手机直接拍照，或选择 JPEG、PNG、HEIC、PDF 文件。',
    addPhoto: '添加照片', submit: '上报', done: '已上报，相关责任人已收到通知。', required: '请填写此项',
    general: '一般隐患：危害和整改难度较小，发现后能够立即整改排除的隐患。',
    major: '重大隐患：危害和整改难度较大，需要全部或局部停止使用，经过一定时间整改治理方能排除，或因外部因素影响致使单位自身难以排除的隐患。',
    categoryHint: '消防、防汛/水患、防盗、建筑安全、网络安全……',
  },
  hz: {
    unit: '单位', category: '类别', source: '发现方式', discoveredBy: '发现人', discoveredAt: '发现时间', reportedAt: '上报时间', supervised: '上级挂牌督办',
    review: '责任倒查', openReview: '查看倒查', plan: '整改方案（五落实）', planPerson: '整改责任人', planMeasures: '整改措施', planFunds: '整改资金',
    planDeadline: '整改时限', planContingency: '应急预案', rectifications: '整改情况', attempt: '第 {{n}} 次', byAt: '{{who}} · {{at}}', evidence: '佐证材料',
    noFiles: '暂无材料。', upload: '上传照片或文件', uploaded: '已上传 {{count}} 个文件。', download: '下载', stripped: '已去除位置信息', decidedBy: '{{who}} 决定',
    requestedBy: '{{who}} 向 {{decider}} 申请', needs: '需要的支持', newDeadline: '申请延至', noActions: '此隐患暂无需要您处理的事项。', confirmTitle: '请确认', cancel: '取消',
    approve: '批准', reject: '驳回', pass: '通过', fail: '不通过', chooseResponsible: '请选择人员', planDefault: '按时限策略最迟为 {{at}}', extensionAfter: '须晚于当前期限 {{at}}',
    extensionReason: '延期理由', escalationReason: '上报理由', noteOptional: '备注（可不填）', decisionComment: '审批意见', verifyComment: '验收意见',
    current: '当前',
  },
  work: {
    nav: '我的工作', heading: '我的工作', empty: '目前没有等待您处理的事项。', next: '下一步', by: '{{at}} 前', open: '查看隐患', actingFor: '代 {{name}} 处理',
    what: { acknowledge: '签收隐患', plan: '提交整改方案（五落实）', rectify: '完成整改并提交整改结果', verify: '验收整改结果', decide: '审批{{kind}}申请' },
    forWhom: { acknowledge: '逾期将上报 {{name}}', plan: '逾期将上报 {{name}}', rectify: '逾期将上报 {{name}}', verify: '整改人：{{name}}', decide: '申请人：{{name}}' },
    kind: { extension: '延期', escalation: '上报支持' }, decided: '已记录审批意见：{{title}}',
  },
  letters: {
    nav: '安全责任状', heading: '安全责任状', mine: '待我签订', none: '暂无需要您签订的责任状。', all: '本单位责任状', allNone: '本单位暂无下发签订的责任状。',
    onlyUnsigned: '只看未签订', sign: '签订', signConfirm: '签订即表示您承担本年度以下领域的安全责任。', signed: '已签订。',
    year: '年度', unit: '单位', signer: '签订人', with: '对签人', level: '岗位', areas: '责任领域', deadline: '签订期限', status: '状态', signedAt: '签订时间',
    state: { pending: '待签订', signed: '已签订', overdue: '已逾期', unsigned: '未签订（已截止）' },
  },
  need: { funds: '资金', authority: '权限', other_units: '其他单位配合', expertise: '专业力量' },
  page: {
    notFound: '未找到', notFoundText: '该页面或记录不存在，或不在您所在单位范围内。', forbidden: '无权操作', forbiddenText: '您的岗位不能进行此操作：{{why}}',
    failed: '出错了', failedText: '服务器未按预期响应（{{status}}），请稍后重试。', back: '返回我的工作', retry: '重试', empty: '暂无内容。',
  },
};
