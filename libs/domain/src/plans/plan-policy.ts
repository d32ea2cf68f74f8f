/** 应急预案 types: 防汛, 消防, 防盗, 网络安全, 展览与疏散, 档案抢救. */
export const PLAN_TYPES = ['flood', 'fire', 'theft', 'network_security', 'exhibition_evacuation', 'records_rescue'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** 预案、演练: when a plan's review is reminded and escalated, how soon a planned drill must be recorded, and the drills each type needs a year. */
export interface PlanPolicy {
  /** Before the review date, the plan's owner is reminded. */
  reviewReminderBefore: string;
  /** After the review date passes unreviewed (the owner and safety officers are told), to the principal. */
  reviewEscalationStep: string;
  /** After a planned drill's date, it must be recorded within this, or it is a missed drill (a lapse). */
  drillRecordWithin: string;
  /** Drills each plan type needs per calendar year (Beijing); 0 where none is required. */
  drillsPerYear: Record<PlanType, number>;
}

export const DEFAULT_PLAN_POLICY: PlanPolicy = {
  reviewReminderBefore: 'P30D',
  reviewEscalationStep: 'P7D',
  drillRecordWithin: 'P7D',
  drillsPerYear: { flood: 1, fire: 2, theft: 1, network_security: 1, exhibition_evacuation: 1, records_rescue: 1 },
};
