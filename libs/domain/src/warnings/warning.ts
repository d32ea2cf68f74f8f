import type { EventUnion } from '../shared/event-union.js';

/** 预警 levels, from the lowest: 蓝色, 黄色, 橙色, 红色. */
export const WARNING_LEVELS = ['blue', 'yellow', 'orange', 'red'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/** A measure the units in scope must confirm (检查库房渗漏、做好档案转移准备、加强值班 …). */
export interface WarningMeasure {
  id: string;
  text: string;
}

export interface MeasureResult {
  measureId: string;
  done: boolean;
  note?: string;
}

export interface WarningInput {
  warningId: string;
  issuerUnitId: string;
  level: WarningLevel;
  title: string;
  measures: WarningMeasure[];
  unitIds: string[];
  /** ISO-8601 instants */
  issuedAt: string;
  confirmBy: string;
  issuedBy: string;
}

export type WarningUnitStatus = 'pending' | 'confirmed' | 'escalated' | 'confirmed_late';

export interface WarningState {
  warningId: string;
  status: 'active' | 'lifted';
  units: Array<{ unitId: string; status: WarningUnitStatus; confirmedAt: string | null; confirmedBy: string | null; notDone: string[] }>;
}

/** What lifting a warning compiles, per unit. */
export interface WarningSummaryUnit {
  unitId: string;
  status: WarningUnitStatus;
  confirmedAt: string | null;
  measuresDone: number;
  measuresNotDone: string[];
}

/** Every payload of a warning's stream (`warning:<id>`), by type, as stored. */
export interface WarningEventPayloads {
  warning_issued: { level: WarningLevel; title: string; measures: WarningMeasure[]; units: string[]; confirmBy: string };
  warning_confirmed: { unitId: string; unitName: string; results: MeasureResult[]; late: boolean };
  warning_escalated: { unitId: string; unitName: string; confirmBy: string; to: string | null };
  warning_lifted: { note: string; units: WarningSummaryUnit[] };
  /** A red warning puts each unit's principal in charge of its shifts while it is in force (领导带班). */
  warning_leaders_on_duty: { units: Array<{ unitId: string; leaderId: string | null; shiftIds: string[] }> };
}

export type WarningEvent = EventUnion<WarningEventPayloads>;

export const warningStream = (warningId: string) => `warning:${warningId}`;
export const warningWorkflowId = (warningId: string) => `warning-${warningId}`;
