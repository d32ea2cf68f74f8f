import type { DataSource } from 'typeorm';
import type { ResponsibilityChain } from '#domain';

/** A hazard as a work item shows it. */
export interface WorkHazard {
  id: string;
  workflowId: string;
  title: string;
  unitId: string;
  unitName: string;
  category: string;
  severity: 'general' | 'major';
  status: string;
  stageAction: string | null;
  stageDeadline: string | null;
  chain: ResponsibilityChain | null;
  currentRung: number | null;
  rectifierId: string | null;
}

export interface WorkRequest {
  requestId: string;
  kind: 'extension' | 'escalation';
  deadline: string;
  requestedBy: string;
  deciderId: string;
  details: Record<string, unknown>;
  hazard: WorkHazard;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const HAZARD = `h.id, h.workflow_id AS "workflowId", h.title, h.unit_id AS "unitId", u.name AS "unitName", h.category, h.severity, h.status,
  h.stage_action AS "stageAction", ${iso('h.stage_deadline')} AS "stageDeadline", h.chain, h.current_rung AS "currentRung",
  (SELECT e.actor_id FROM hazard_events e WHERE e.hazard_id = h.id AND e.type = 'rectification_submitted' ORDER BY e.sequence DESC LIMIT 1) AS "rectifierId"`;

/** What waits for a person across hazards: the "My work" list's sources. */
export class WorkRepository {
  constructor(private readonly ds: DataSource) {}

  /** Hazards the people hold now, at a step of theirs (acknowledge, plan, rectify). */
  held(personIds: string[]): Promise<WorkHazard[]> {
    return this.ds.query(
      `SELECT ${HAZARD} FROM hazards h JOIN units u ON u.id = h.unit_id
        WHERE h.responsible_person_id = ANY($1) AND h.stage_action IN ('acknowledge', 'plan', 'rectify') AND h.status NOT IN ('closed', 'intake_failed')
        ORDER BY h.stage_deadline NULLS LAST LIMIT 500`,
      [personIds],
    );
  }

  /** Requests waiting for the people's decision, with their hazards. */
  async pendingDecisions(deciderIds: string[]): Promise<WorkRequest[]> {
    const rows: Array<WorkHazard & Omit<WorkRequest, 'hazard'>> = await this.ds.query(
      `SELECT ${HAZARD}, r.id AS "requestId", r.kind, ${iso('r.deadline')} AS deadline, r.requested_by AS "requestedBy", r.decider_id AS "deciderId", r.details
         FROM approval_requests r JOIN hazards h ON h.id = r.hazard_id JOIN units u ON u.id = h.unit_id
        WHERE r.status = 'pending' AND r.decider_id = ANY($1) ORDER BY r.deadline LIMIT 500`,
      [deciderIds],
    );
    return rows.map(({ requestId, kind, deadline, requestedBy, deciderId, details, ...hazard }) => ({ requestId, kind, deadline, requestedBy, deciderId, details, hazard }));
  }

  /** Rectified hazards waiting for verification in these units (who verifies is the workflow's to say). */
  toVerify(unitIds: string[]): Promise<WorkHazard[]> {
    return this.ds.query(
      `SELECT ${HAZARD} FROM hazards h JOIN units u ON u.id = h.unit_id
        WHERE h.unit_id = ANY($1) AND h.stage_action = 'verify' AND h.status = 'rectified' ORDER BY h.stage_deadline NULLS LAST LIMIT 200`,
      [unitIds],
    );
  }
}
