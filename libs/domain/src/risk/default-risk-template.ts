import type { RiskIndicator, RiskTemplate } from './risk-template.js';

const i = (id: string, content: string, method: string, basis: string, category: RiskIndicator['category']): RiskIndicator => ({ id, content, method, basis, category });

/**
 * The default assessment template, modelled on the structure of the national archives
 * risk-assessment indicator system (档案馆安全风险评估指标体系: areas, groups, indicators, each with
 * content, method and basis). The official wording was not at hand: these indicators are written
 * from the seed's hazard categories and say so here; a province replaces them with its own.
 */
export const DEFAULT_RISK_TEMPLATE: RiskTemplate = {
  name: 'default-2026 (written from the seed’s categories, not the official indicator text)',
  areas: [
    {
      id: 'building', name: '馆舍安全 · Buildings',
      groups: [
        { id: 'fire', name: '消防 · Fire', indicators: [
          i('fire-systems', '自动报警、灭火系统完好有效 · Alarm and extinguishing systems work', '现场查看、测试 · Inspect and test', '消防法；档案馆建筑设计规范 · Fire law; archives building code', 'fire'),
          i('fire-routes', '疏散通道、安全出口畅通 · Escape routes and exits clear', '现场查看 · Inspect', '消防法 · Fire law', 'fire'),
        ] },
        { id: 'water', name: '防汛防水 · Water', indicators: [
          i('water-stores', '库房无渗漏，地势与排水满足防汛要求 · Stores dry, drainage fit for floods', '现场查看、查阅记录 · Inspect, read logs', '档案馆建筑设计规范 · Archives building code', 'water'),
        ] },
        { id: 'structure', name: '建筑结构 · Structure', indicators: [
          i('building-structure', '建筑无裂缝、沉降等结构隐患 · No cracks or subsidence', '现场查看、鉴定报告 · Inspect, survey report', '危险房屋鉴定标准 · Dangerous-building standard', 'building'),
        ] },
      ],
    },
    {
      id: 'custody', name: '档案实体安全 · Records in custody',
      groups: [
        { id: 'environment', name: '保管环境 · Environment', indicators: [
          i('climate', '库房温湿度达标并连续记录 · Store climate in range and logged', '查阅记录、抽测 · Read logs, spot-check', '档案库房技术管理规范 · Stores management standard', 'climate'),
          i('pests', '无虫霉鼠害 · No insects, mould or rodents', '现场查看 · Inspect', '档案库房技术管理规范 · Stores management standard', 'pests'),
        ] },
        { id: 'security', name: '安防 · Security', indicators: [
          i('theft', '门禁、监控、报警联动有效 · Access control, CCTV and alarms linked and working', '现场测试 · Test', '安全防范工程技术标准 · Security engineering standard', 'theft'),
        ] },
      ],
    },
    {
      id: 'information', name: '档案信息安全 · Information',
      groups: [
        { id: 'network', name: '网络 · Network', indicators: [
          i('network-separation', '涉密网与互联网物理隔离 · Classified network separated from the internet', '查看网络拓扑、抽查 · Topology, spot-check', '保密法 · Secrecy law', 'network'),
        ] },
        { id: 'backup', name: '备份 · Backup', indicators: [
          i('backup-restore', '电子档案异地异质备份并定期恢复测试 · Off-site, different-media backup with restore tests', '查阅备份与恢复记录 · Read backup and restore logs', '电子档案管理办法 · Electronic records rules', 'backup'),
        ] },
      ],
    },
  ],
};
