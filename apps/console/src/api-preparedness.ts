/** Shapes of the API's answers for recurring duties, early warnings and the duty roster (the subset the console reads). */

export interface DutySpec {
  calendar?: { month?: number; dayOfMonth?: number; dayOfWeek?: number; hour: number; minute: number };
  everySeconds?: number;
}

export interface ScheduleSummary {
  id: string;
  unitId: string;
  unitName: string;
  kind: 'self_inspection' | 'backup_check' | 'letter_round' | 'pre_holiday_inspection' | 'risk_assessment';
  title: string;
  spec: DutySpec;
  overlap: 'skip' | 'buffer_one' | 'allow_all';
  workingDay: boolean;
  policyName: string;
  paused: boolean;
  createdByName: string;
  mayManage: boolean;
}

export interface ScheduleDetail extends ScheduleSummary {
  nextRuns: string[];
  recentRuns: Array<{ scheduledAt: string; startedAt: string; workflowId: string }>;
  runningRuns: string[];
  skippedRuns: number;
}

export interface ScheduleHistory {
  items: Array<{ stream: string; sequence: number; type: string; actorName: string | null; occurredAt: string; payload: Record<string, unknown> }>;
}

export interface WarningSummary {
  id: string;
  issuerUnitName: string;
  level: 'blue' | 'yellow' | 'orange' | 'red';
  title: string;
  confirmBy: string;
  status: 'active' | 'lifted';
  units: number;
  confirmed: number;
  escalated: number;
}

export interface WarningDetail extends Omit<WarningSummary, 'units' | 'confirmed' | 'escalated'> {
  issuerUnitId: string;
  measures: Array<{ id: string; text: string }>;
  issuedByName: string;
  issuedAt: string;
  liftedAt: string | null;
  summary: Array<{ unitId: string; status: string; measuresDone: number; measuresNotDone: string[] }> | null;
  units: Array<{ unitId: string; unitName: string; status: 'pending' | 'confirmed' | 'escalated' | 'confirmed_late'; confirmedAt: string | null; confirmedByName: string | null; mayConfirm: boolean }>;
  mayLift: boolean;
  incidents: Array<{ id: string; unitId: string; unitName: string; title: string; severity: string; occurredAt: string; status: string }>;
}

export interface Shift {
  id: string;
  unitId: string;
  unitName: string;
  personId: string;
  personName: string;
  leaderName: string | null;
  startsAt: string;
  endsAt: string;
  status: 'scheduled' | 'checked_in' | 'missed' | 'handed_over' | 'no_handover';
  checkedInAt: string | null;
  lateByMs: number | null;
  handoverLog: string | null;
  swapToId: string | null;
  swapToName: string | null;
  swapStatus: 'requested' | 'accepted' | 'lapsed' | null;
}

export interface RiskTemplate {
  name: string;
  areas: Array<{ id: string; name: string; groups: Array<{ id: string; name: string; indicators: Array<{ id: string; content: string; method: string; basis: string }> }> }>;
}

export interface RiskAssessments {
  level: 'high' | 'medium' | 'low' | null;
  mayAssess: boolean;
  items: Array<{ id: string; level: 'high' | 'medium' | 'low'; assessedByName: string; assessedAt: string; bySuperior: boolean; hazards: Array<{ indicatorId: string; hazardId: string; title: string; severity: string }> }>;
}

export type PlanType = 'flood' | 'fire' | 'theft' | 'network_security' | 'exhibition_evacuation' | 'records_rescue';
export type PlanReview = 'current' | 'due' | 'overdue' | 'escalated';

export interface PlanSummary {
  id: string;
  unitId: string;
  unitName: string;
  type: PlanType;
  title: string;
  ownerId: string;
  ownerName: string;
  version: string;
  reviewBy: string;
  reviewStatus: PlanReview;
  drillsHeld: number;
  drillsMissed: number;
  drillsRequired: number;
  nextDrillAt: string | null;
}

export interface PlanRegister {
  year: number;
  mayManage: boolean;
  items: PlanSummary[];
}

export interface Drill {
  id: string;
  plannedAt: string;
  scenario: string;
  status: 'planned' | 'held' | 'missed' | 'held_late';
  heldAt: string | null;
  participants: Array<{ id: string; name: string }> | null;
  findings: Array<{ text: string; openHazard: boolean; severity: 'general' | 'major' }> | null;
  recordedByName: string | null;
  hazards: Array<{ hazardId: string; title: string; severity: string; status: string }>;
}

export interface Plan extends Omit<PlanSummary, 'drillsHeld' | 'drillsMissed' | 'drillsRequired' | 'nextDrillAt'> {
  revisedAt: string | null;
  drills: Drill[];
  mayRevise: boolean;
  mayDrill: boolean;
}

export interface UnitPeople {
  unitId: string;
  unitName: string;
  items: Array<{ id: string; name: string; posts: Array<{ kind: string; departmentId: string | null }> }>;
}
