import type { HazardCategory, HazardSource, HazardStatus, Severity } from './vocabulary.js';

type Labels<K extends string> = Record<'zh' | 'en', Record<K, string>>;

/** The vocabulary as a person reads it, in both languages (exports, reports and pickers). */
export const CATEGORY_LABELS: Labels<HazardCategory> = {
  zh: {
    natural_disaster: '自然灾害', fire: '消防', water: '防汛/水患', theft: '防盗', light: '防光', dust: '防尘', pests: '防虫防霉', climate: '温湿度',
    building: '建筑安全', visitors: '查阅利用', confidentiality: '保密', network: '网络安全', backup: '电子档案备份', digitisation: '数字化', funds: '经费保障',
  },
  en: {
    natural_disaster: 'Natural disaster', fire: 'Fire', water: 'Flood and water', theft: 'Theft', light: 'Light', dust: 'Dust', pests: 'Pests and mould', climate: 'Temperature and humidity',
    building: 'Building', visitors: 'Readers and visitors', confidentiality: 'Confidentiality', network: 'Network security', backup: 'Electronic records backup', digitisation: 'Digitisation', funds: 'Funding',
  },
};

export const SEVERITY_LABELS: Labels<Severity> = { zh: { general: '一般隐患', major: '重大隐患' }, en: { general: 'General', major: 'Major' } };

export const SOURCE_LABELS: Labels<HazardSource> = {
  zh: { self_inspection: '自查', supervision: '督查', report: '职工报告', sensor: '监测报警' },
  en: { self_inspection: 'Self-inspection', supervision: 'Supervision', report: 'Staff report', sensor: 'Sensor' },
};

export const STATUS_LABELS: Labels<HazardStatus> = {
  zh: { reported: '已上报', unassigned: '未落实责任人', assigned: '已交办', acknowledged: '已签收', planned: '已制定方案', rectified: '已整改待验收', rework: '验收未通过', closed: '已销号', intake_failed: '受理失败' },
  en: { reported: 'Reported', unassigned: 'Unassigned', assigned: 'Assigned', acknowledged: 'Acknowledged', planned: 'Planned', rectified: 'Rectified, to verify', rework: 'Rework', closed: 'Closed', intake_failed: 'Intake failed' },
};
