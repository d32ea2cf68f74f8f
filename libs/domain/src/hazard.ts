import type { ChainRung, PersonRef, ResponsibilityChain } from './responsibility-chain.js';
import type { HazardCategory, HazardSource, HazardStatus, Severity } from './vocabulary.js';

/** A hazard as reported (上报); this is what starts its workflow. */
export interface HazardIntake {
  hazardId: string;
  unitId: string;
  category: HazardCategory;
  severity: Severity;
  title: string;
  description: string;
  location: string;
  discoveredBy: string;
  /** ISO-8601 instant */
  discoveredAt: string;
  source: HazardSource;
  evidence: string[];
  externalRef: string | null;
  idempotencyKey: string | null;
  intakeHash: string;
  /** ISO-8601 instant at which the API accepted the report. */
  reportedAt: string;
  /** Who submitted the report through the API. */
  reportedBy: string;
}

/** Columns of the read model an event may change. */
export interface HazardPatch {
  status?: HazardStatus;
  responsiblePersonId?: string | null;
  currentRung?: number | null;
  chain?: ResponsibilityChain | null;
}

export interface HazardEventRecord {
  hazardId: string;
  sequence: number;
  type: string;
  actorId: string | null;
  /** ISO-8601 instant */
  occurredAt: string;
  payload: Record<string, unknown>;
  patch: HazardPatch;
}

/** The live state of a hazard workflow, returned by its query. */
export interface HazardState {
  hazardId: string;
  status: HazardStatus;
  severity: Severity;
  unitId: string;
  chain: ResponsibilityChain | null;
  currentRung: number | null;
  holder: PersonRef | null;
  /** Sequence number of the last event this workflow recorded. */
  lastSequence: number;
}

export const REPORTED_EVENT_SEQUENCE = 1;

export function holderOf(chain: ResponsibilityChain | null, rung: number | null): ChainRung | null {
  if (!chain || rung === null) return null;
  return chain.rungs[rung] ?? null;
}
