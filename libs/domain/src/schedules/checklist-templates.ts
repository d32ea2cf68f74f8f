import type { ChecklistItem } from '../campaigns/campaign.js';
import type { ChecklistDutyKind, UnitType } from './duty-schedule.js';

/**
 * The checklists recurring duties run against, per unit type, as data. Written from the seed's
 * hazard categories (fire, water, theft, climate, pests, network, backup, confidentiality,
 * building, visitors), each item in Chinese and English; a unit that needs others runs a campaign
 * of its own.
 */
const item = (id: string, zh: string, en: string, category: ChecklistItem['category'], severity: ChecklistItem['severity'] = 'general', evidenceRequired = false): ChecklistItem =>
  ({ id, text: `${zh} · ${en}`, category, severity, ...(evidenceRequired ? { evidenceRequired } : {}) });

const COMMON = [
  item('fire-1', '消防器材配备齐全、在有效期内，疏散通道畅通', 'Fire equipment complete and in date; escape routes clear', 'fire'),
  item('fire-2', '电气线路无私拉乱接，下班断电', 'No improvised wiring; power off after hours', 'fire'),
  item('net-1', '涉密网络与互联网物理隔离', 'Classified network physically separated from the internet', 'network', 'major'),
  item('conf-1', '涉密载体登记、存放、销毁符合规定', 'Classified media registered, stored and destroyed as required', 'confidentiality', 'major'),
  item('bld-1', '房屋无漏雨、裂缝等结构隐患', 'No leaks, cracks or other structural faults', 'building'),
];

const ARCHIVE = [
  ...COMMON,
  item('water-1', '库房无渗漏，排水畅通，防汛物资到位', 'Stores dry, drains clear, flood supplies ready', 'water'),
  item('theft-1', '库房门禁、监控、报警系统运行正常', 'Store access control, CCTV and alarms working', 'theft'),
  item('climate-1', '库房温湿度在标准范围内并有记录', 'Store temperature and humidity in range and logged', 'climate'),
  item('pests-1', '无虫霉鼠害迹象，防治记录完整', 'No sign of insects, mould or rodents; treatment log complete', 'pests'),
  item('light-1', '档案避免阳光直射，照明符合防紫外要求', 'Records kept from direct sun; lighting UV-safe', 'light'),
  item('visit-1', '查档人员登记、监督利用到位', 'Readers registered and supervised', 'visitors'),
];

const BACKUP = [
  item('backup-made', '电子档案按规定完成备份（附备份记录）', 'Electronic records backed up as required (backup log attached)', 'backup', 'major', true),
  item('backup-restore', '抽样恢复测试成功（附恢复记录）', 'Sample restore tested successfully (restore log attached)', 'backup', 'major', true),
  item('backup-offsite', '异地（异质）备份保存完好', 'Off-site (different-media) copy intact', 'backup', 'general', true),
];

/** 节前安全检查: what a unit checks before a long holiday, when the building stands empty for days. */
const PRE_HOLIDAY_COMMON = [
  item('hol-duty', '节日期间值班、领导带班安排已落实并公布', 'Holiday duty and leaders in charge arranged and published', 'visitors', 'major'),
  item('hol-power', '节前全面断电检查，非必要电器已断电', 'Power checked before the holiday; non-essential equipment off', 'fire'),
  item('hol-fire', '消防设施完好，疏散通道畅通', 'Fire equipment working; escape routes clear', 'fire'),
  item('hol-seal', '门窗、库房已关闭加锁，钥匙管理到位', 'Doors, windows and stores locked; keys controlled', 'theft'),
  item('hol-net', '网络安全值守安排落实，重要系统已备份', 'Network watch arranged; key systems backed up', 'network', 'major'),
];
const PRE_HOLIDAY_ARCHIVE = [
  ...PRE_HOLIDAY_COMMON,
  item('hol-stores', '库房温湿度、防汛、防盗设施运行正常', 'Store climate, flood and intrusion systems working', 'water'),
  item('hol-alarm', '监控、报警系统联网值守正常', 'CCTV and alarms connected and watched', 'theft', 'major'),
];

export const CHECKLIST_TEMPLATES: Record<ChecklistDutyKind, Record<UnitType, ChecklistItem[]>> = {
  self_inspection: { archive: ARCHIVE, bureau: COMMON },
  backup_check: { archive: BACKUP, bureau: BACKUP },
  pre_holiday_inspection: { archive: PRE_HOLIDAY_ARCHIVE, bureau: PRE_HOLIDAY_COMMON },
};
