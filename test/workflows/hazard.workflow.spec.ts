import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import chineseDays from 'chinese-days';
import { addDuration, chinaDate, DEFAULT_POLICY, type HazardEventRecord, type HazardIntake, type HazardWorkflowState } from '#domain';
import { parseOrgFile, repositoriesOver, seedOrg, storedUnitIds } from '#persistence';
import { hazardStateQuery } from '../../workflows/hazards/hazard.messages.js';
import { eventually, openDataSource, startWorker, temporalClient, useTaskQueue, type RunningWorker } from '../support/harness.js';

const suffix = randomUUID().slice(0, 6);
const unitId = `wf-${suffix}`;

/** A small archive whose IT head post is vacant and whose principal also oversees security. */
const org = {
  units: [
    {
      id: unitId,
      name: 'Workflow test archive',
      parent: 'city-b',
      departments: [
        { id: `${unitId}-sec`, name: 'Security' },
        { id: `${unitId}-it`, name: 'IT' },
      ],
      responsibilityAreas: { fire: `${unitId}-sec`, network: `${unitId}-it` },
      people: [
        { id: `${unitId}-boss`, name: 'Boss', positions: [{ kind: 'principal' }, { kind: 'deputy', oversees: [`${unitId}-sec`] }] },
        { id: `${unitId}-dep`, name: 'Deputy', positions: [{ kind: 'deputy', oversees: [`${unitId}-it`] }] },
        { id: `${unitId}-sec-head`, name: 'Security head', positions: [{ kind: 'department_head', department: `${unitId}-sec` }] },
        { id: `${unitId}-staff`, name: 'Staff', positions: [{ kind: 'staff' }] },
      ],
    },
  ],
};

function intake(category: HazardIntake['category']): HazardIntake {
  const hazardId = randomUUID();
  return {
    hazardId,
    unitId,
    category,
    severity: 'major',
    title: `${category} hazard`,
    description: 'described',
    location: 'somewhere',
    discoveredBy: `${unitId}-staff`,
    discoveredAt: new Date().toISOString(),
    source: 'supervision',
    evidence: ['photo-1.jpg'],
    externalRef: null,
    idempotencyKey: null,
    intakeHash: 'h',
    reportedAt: new Date().toISOString(),
    reportedBy: `${unitId}-staff`,
    policyName: 'default',
    policyVersion: 1,
  };
}

const holderId = (s: HazardWorkflowState) => s.chain!.rungs[s.currentRung!]!.person.id;

describe('hazardWorkflow against the real dev server and database', () => {
  let ds: DataSource;
  let worker: RunningWorker;
  let client: Client;
  let taskQueue: string;

  beforeAll(async () => {
    taskQueue = useTaskQueue('wf-hazard');
    ds = await openDataSource();
    await seedOrg(ds, parseOrgFile(JSON.stringify(org), await storedUnitIds(ds)));
    worker = await startWorker(taskQueue, ds);
    client = await temporalClient();
  });

  afterAll(async () => {
    await worker?.stop();
    await client?.connection.close();
    await ds?.destroy();
  });

  async function run(input: HazardIntake) {
    const handle = await client.workflow.start('hazardWorkflow', {
      taskQueue,
      workflowId: `hazard-${input.hazardId}`,
      args: [{ intake: input, policy: { name: 'default', version: 1, document: DEFAULT_POLICY } }],
    });
    const state = await eventually(async () => {
      const s = await handle.query(hazardStateQuery);
      return s.lastSequence >= 2 && s;
    }, 'assignment recorded');
    return { handle, state };
  }

  it('writes the hazard itself when the API row is missing (a lost commit) and skips a vacant head', async () => {
    const input = intake('network');
    const { handle } = await run(input);
    // Right after assignment the vacancy the chain skipped is recorded (vacant-rungs-v7).
    const state = await eventually(async () => {
      const s = await handle.query(hazardStateQuery);
      return s.vacanciesRecorded && s;
    }, 'the vacancy recorded');
    expect(state.status).toBe('assigned');
    expect(holderId(state)).toBe(`${unitId}-dep`);
    expect(state.chain?.gaps).toEqual([{ kind: 'vacant', level: 'department_head', unitId }]);

    const [row] = await ds.query(
      `SELECT status, responsible_person_id, current_rung, last_sequence, evidence, stage_action, policy_version FROM hazards WHERE id = $1`,
      [input.hazardId],
    );
    expect(row).toEqual({
      status: 'assigned',
      responsible_person_id: `${unitId}-dep`,
      current_rung: 0,
      last_sequence: 3,
      evidence: ['photo-1.jpg'],
      stage_action: 'acknowledge',
      policy_version: 1,
    });
    const events = await ds.query(`SELECT sequence, type, actor_id FROM hazard_events WHERE hazard_id = $1 ORDER BY sequence`, [input.hazardId]);
    expect(events).toEqual([
      { sequence: 1, type: 'reported', actor_id: `${unitId}-staff` },
      { sequence: 2, type: 'assigned', actor_id: null },
      { sequence: 3, type: 'rung_vacant', actor_id: null },
    ]);
  });

  it('merges a principal who is also the deputy in charge into one rung', async () => {
    const { state } = await run(intake('fire'));
    expect(state.chain?.rungs.map((r) => r.person.id)).toEqual([`${unitId}-sec-head`, `${unitId}-boss`, 'city-b-principal']);
    expect(state.chain?.gaps).toEqual([{ kind: 'merged', level: 'principal', personId: `${unitId}-boss` }]);
  });

  it('assigns an unmapped category to the principal', async () => {
    const { state } = await run(intake('pests'));
    expect(holderId(state)).toBe(`${unitId}-boss`);
    expect(state.chain?.gaps).toContainEqual({ kind: 'no_responsibility_area', category: 'pests' });
  });

  it('computes working-day deadlines with China’s holiday table inside the workflow', async () => {
    const input = intake('fire');
    const document = { ...DEFAULT_POLICY, calendar: 'working_days' as const, severities: { ...DEFAULT_POLICY.severities, major: { ...DEFAULT_POLICY.severities.major, acknowledge: 'P3D' } } };
    const handle = await client.workflow.start('hazardWorkflow', {
      taskQueue,
      workflowId: `hazard-${input.hazardId}`,
      args: [{ intake: input, policy: { name: 'working-days', version: 1, document } }],
    });
    const state = await eventually(async () => {
      const s = await handle.query(hazardStateQuery);
      return s.stage && s;
    }, 'a deadline');
    const start = state.stage!.startedAt;
    const expected = addDuration(start, 3 * 86_400_000, 'working_days', (d) => chineseDays.isWorkday(d));
    expect(state.stage!.deadline).toBe(expected);
    expect(chineseDays.isWorkday(chinaDate(state.stage!.deadline!))).toBe(true);
    expect(state.stage!.deadline! - start).toBeGreaterThanOrEqual(3 * 86_400_000);
  });

  it('records an event once even when the activity runs twice', async () => {
    const input = intake('fire');
    await run(input);
    const { createHazardActivities } = await import('../../activities/hazards/hazard.activities.js');
    const acts = createHazardActivities(repositoriesOver(ds));
    // A hand-made event (its payload does not matter here, only its notices).
    const duplicate = {
      hazardId: input.hazardId,
      sequence: 2,
      type: 'assigned',
      actorId: null,
      occurredAt: new Date().toISOString(),
      payload: { retried: true },
      patch: { status: 'unassigned' as const },
      notify: [{ recipientId: `${unitId}-boss`, kind: 'assigned' }],
    } as unknown as HazardEventRecord;
    const notices = async () => (await ds.query(`SELECT count(*)::int AS n FROM notifications WHERE hazard_id = $1`, [input.hazardId]))[0].n;
    const before = await notices();
    await acts.recordHazardEvents([duplicate]);
    await acts.recordHazardEvents([duplicate]);
    expect(await notices()).toBe(before);
    await acts.recordIntake(input);
    const [row] = await ds.query(`SELECT status FROM hazards WHERE id = $1`, [input.hazardId]);
    expect(row.status).toBe('assigned');
    const events = await ds.query(`SELECT sequence, payload FROM hazard_events WHERE hazard_id = $1 ORDER BY sequence`, [input.hazardId]);
    expect(events.map((e: { sequence: number }) => e.sequence)).toEqual([1, 2]);
    expect(events[1].payload.retried).toBeUndefined();
  });
});
