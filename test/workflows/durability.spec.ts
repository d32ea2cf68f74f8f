import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, type EscalationPolicy, type HazardIntake, type HazardWorkflowInput } from '#domain';
import {
  acknowledgeUpdate,
  decideUpdate,
  hazardStateQuery,
  requestExtensionUpdate,
  submitRectificationUpdate,
  verifyUpdate,
} from '../../workflows/hazards/hazard.messages.js';
import { HAZARD_DEADLINE, HAZARD_HOLDER, HAZARD_OVERDUE, HAZARD_SEVERITY, HAZARD_STATUS, HAZARD_UNIT } from '../../workflows/hazards/hazard.search-attributes.js';
import { keepHistory } from '../support/histories.js';
import { Worker } from '@temporalio/worker';
import { spawn } from 'node:child_process';
import { insertHazardIntake } from '#persistence';
import { eventually, infra, openDataSource, startWorker, temporalClient, useTaskQueue, type RunningWorker } from '../support/harness.js';

const UNIT = 'city-b-county-2';
const p = (role: string) => `${UNIT}-${role}`;

const policy = (step: string, rest = 'PT120S'): EscalationPolicy => ({
  ...DEFAULT_POLICY,
  reminders: [0.5],
  severities: {
    general: { acknowledge: step, plan: rest, rectify: rest, verify: rest, decision: rest, escalationStep: step },
    major: { acknowledge: step, plan: rest, rectify: rest, verify: rest, decision: rest, escalationStep: step },
  },
});

function input(document: EscalationPolicy, historyLimit?: number): HazardWorkflowInput {
  const hazardId = randomUUID();
  const intake: HazardIntake = {
    hazardId,
    unitId: UNIT,
    category: 'network',
    severity: 'general',
    title: 'Unpatched records server',
    description: 'Security updates missing for a year',
    location: 'Server room',
    discoveredBy: p('staff-2'),
    discoveredAt: new Date().toISOString(),
    source: 'sensor',
    evidence: [],
    externalRef: null,
    idempotencyKey: null,
    intakeHash: 'x',
    reportedAt: new Date().toISOString(),
    reportedBy: p('staff-2'),
    policyName: 'inline',
    policyVersion: 1,
  };
  return { intake, policy: { name: 'inline', version: 1, document }, ...(historyLimit ? { historyLimit } : {}) };
}

describe('hazard workflow durability (real dev server and database)', () => {
  let ds: DataSource;
  let client: Client;
  let taskQueue: string;

  beforeAll(async () => {
    taskQueue = useTaskQueue('wf-durability');
    ds = await openDataSource();
    client = await temporalClient();
  });

  afterAll(async () => {
    await client?.connection.close();
    await ds?.destroy();
  });

  const events = (id: string) =>
    ds.query(`SELECT sequence, type, payload FROM hazard_events WHERE hazard_id = $1 ORDER BY sequence`, [id]) as Promise<
      Array<{ sequence: number; type: string; payload: Record<string, any> }>
    >;

  it('loses and doubles nothing when the worker dies in the middle of a ladder', async () => {
    let worker: RunningWorker | null = await startWorker(taskQueue, ds);
    const args = input(policy('PT2S'));
    const id = args.intake.hazardId;
    const handle = await client.workflow.start('hazardWorkflow', { taskQueue, workflowId: `hazard-${id}`, args: [args] });
    await eventually(async () => (await events(id)).some((e) => e.type === 'escalated'), 'first escalation', 15_000);

    await worker.stop();
    // Deadlines fall due while no worker runs; they must be handled once a worker is back.
    await new Promise((r) => setTimeout(r, 4500));
    worker = await startWorker(taskQueue, ds);
    try {
      const all = await eventually(async () => {
        const list = await events(id);
        return list.some((e) => e.type === 'accountability_review_started') && list;
      }, 'the ladder to finish after the restart', 90_000);
      expect(all.map((e) => e.sequence)).toEqual(all.map((_, i) => i + 1));
      const escalations = all.filter((e) => e.type === 'escalated').map((e) => e.payload.to.level);
      expect(escalations).toEqual(['deputy', 'principal', 'superior_unit']);
      const missed = all.filter((e) => e.type === 'deadline_missed').map((e) => e.payload.deadline);
      expect(new Set(missed).size).toBe(missed.length);
      expect(missed).toHaveLength(4);
      // The review is a child workflow that records its row a moment after the event that started it.
      const reviews = async () => (await ds.query(`SELECT count(*)::int AS n FROM accountability_reviews WHERE hazard_id = $1`, [id]))[0].n as number;
      await eventually(async () => (await reviews()) > 0, 'the accountability review to record itself', 15_000);
      expect(await reviews()).toBe(1);
      const notices = await ds.query(`SELECT recipient_id FROM notifications WHERE hazard_id = $1 AND kind = 'escalated_to_you' ORDER BY sequence`, [id]);
      expect(notices.map((x: { recipient_id: string }) => x.recipient_id)).toEqual([p('deputy-2'), p('principal'), 'city-b-principal']);
      const state = await handle.query(hazardStateQuery);
      expect(state.lastSequence).toBe(all.length);
      // The search attributes follow the read model's row (search-attributes-v9).
      const [row] = await ds.query(`SELECT status, responsible_person_id, stage_deadline FROM hazards WHERE id = $1`, [id]);
      const found = (await handle.describe()).typedSearchAttributes;
      expect({ unit: found.get(HAZARD_UNIT), severity: found.get(HAZARD_SEVERITY), status: found.get(HAZARD_STATUS), holder: found.get(HAZARD_HOLDER) }).toEqual({
        unit: UNIT,
        severity: 'general',
        status: row.status,
        holder: row.responsible_person_id,
      });
      expect(found.get(HAZARD_DEADLINE)?.toISOString()).toBe(row.stage_deadline?.toISOString());
      expect(typeof found.get(HAZARD_OVERDUE)).toBe('boolean');
      // One fixture per workflow version: before local activities, v1 (local event writes), v2, v3 (patches asked at start).
      await keepHistory('ladder-to-review', handle);
      await keepHistory('ladder-to-review-local-activities', handle);
      await keepHistory('ladder-to-review-event-activities-v2', handle);
      await keepHistory('ladder-to-review-patches-at-start-v3', handle);
      await keepHistory('ladder-to-review-intake-failure-v4', handle);
      await keepHistory('ladder-to-review-handler-mutex-v5', handle);
      await keepHistory('ladder-to-review-search-attributes-v9', handle);
    } finally {
      await worker.stop();
    }
  }, 180_000);

  it('finishes and replays a run whose workers were killed twice while the intake ran', async () => {
    const queue = `${taskQueue}-killed-intake`;
    const args = input(policy('PT120S'));
    const workflowId = `hazard-${args.intake.hazardId}`;
    await ds.transaction((m) => insertHazardIntake(m, args.intake));
    const completedTasks = async () => (await client.workflow.getHandle(workflowId).fetchHistory()).events!.filter((e) => e.workflowTaskCompletedEventAttributes).length;
    /** A worker in a process of its own that hangs reading the chain, killed once a task has been heartbeated around the read. */
    async function stalledWorker(start: () => Promise<unknown>): Promise<void> {
      const child = spawn(process.execPath, ['test/support/stalled-intake-worker.mjs', infra.temporalAddress, queue, infra.workflowBundle], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout!.on('data', (d) => (out += String(d)));
      try {
        await eventually(async () => out.includes('ready'), 'the stalled worker', 20_000);
        const before = await start();
        await eventually(async () => out.includes('reading the chain'), 'the intake to start', 20_000);
        await eventually(async () => (await completedTasks()) >= Number(before) + 1, 'a heartbeat during the read', 20_000);
      } finally {
        child.kill('SIGKILL');
      }
    }
    // Killed during the read, the next worker killed during it again, then a third finishes. (The fault suite's run that
    // split a local activity's marker from the commands after it, TMPRL1100 under v2, had this shape; see PATCHES_AT_START_PATCH.)
    await stalledWorker(async () => {
      await client.workflow.start('hazardWorkflow', { taskQueue: queue, workflowId, args: [args], workflowTaskTimeout: '2s' });
      return 1;
    });
    await stalledWorker(completedTasks);
    const worker = await startWorker(queue, ds);
    try {
      await eventually(async () => (await events(args.intake.hazardId)).some((e) => e.type === 'assigned'), 'assignment by the last worker', 40_000);
      const handle = client.workflow.getHandle(workflowId);
      const history = await handle.fetchHistory();
      await Worker.runReplayHistory({ workflowBundle: { codePath: infra.workflowBundle } }, history, workflowId);
      await keepHistory('intake-killed-patches-at-start-v3', handle);
      await keepHistory('intake-killed-intake-failure-v4', handle);
      await keepHistory('intake-killed-handler-mutex-v5', handle);
    } finally {
      await worker.stop();
    }
  }, 90_000);

  it('continues as new when its history grows, carrying state and sequence forward', async () => {
    const worker = await startWorker(taskQueue, ds);
    try {
      const args = input(policy('PT120S'), 60);
      const id = args.intake.hazardId;
      const handle = await client.workflow.start('hazardWorkflow', { taskQueue, workflowId: `hazard-${id}`, args: [args] });
      await eventually(async () => (await handle.query(hazardStateQuery)).status === 'assigned', 'assignment');
      const firstRun = (await handle.describe()).runId;
      const head = p('head-it');
      const deputy = p('deputy-2');
      const h = client.workflow.getHandle(`hazard-${id}`);
      await h.executeUpdate(acknowledgeUpdate, { args: [{ actorId: head }] });
      let deadline = Date.now() + 200_000;
      for (let i = 0; i < 12; i++) {
        deadline += 60_000;
        const asked = await h.executeUpdate(requestExtensionUpdate, { args: [{ actorId: head, newDeadline: new Date(deadline).toISOString(), reason: `round ${i}` }] });
        await h.executeUpdate(decideUpdate, { args: [{ actorId: deputy, requestId: asked.pendingRequest!.id, approve: i % 2 === 0, comment: '' }] });
      }
      const state = await h.query(hazardStateQuery);
      expect((await h.describe()).runId).not.toBe(firstRun);
      expect(state.requestCount).toBe(12);
      await h.executeUpdate(submitRectificationUpdate, { args: [{ actorId: head, summary: 'patched', evidence: ['log.txt'] }] });
      const closed = await h.executeUpdate(verifyUpdate, { args: [{ actorId: p('safety-officer'), passed: true, comment: 'ok' }] });
      expect(closed.status).toBe('closed');
      const all = await events(id);
      expect(all.map((e) => e.sequence)).toEqual(all.map((_, i) => i + 1));
      expect(all.filter((e) => e.type === 'request_submitted')).toHaveLength(12);
      expect(all.at(-1)!.type).toBe('closed');
      // The last two updates wrote rectification_submitted, verification_passed and closed.
      expect(state.lastSequence).toBe(all.length - 3);
      await keepHistory('continued-as-new-then-closed', client.workflow.getHandle(`hazard-${id}`));
      await keepHistory('continued-as-new-then-closed-local-activities', client.workflow.getHandle(`hazard-${id}`));
      await keepHistory('continued-as-new-then-closed-event-activities-v2', client.workflow.getHandle(`hazard-${id}`));
      await keepHistory('continued-as-new-then-closed-patches-at-start-v3', client.workflow.getHandle(`hazard-${id}`));
      await keepHistory('continued-as-new-then-closed-intake-failure-v4', client.workflow.getHandle(`hazard-${id}`));
      await keepHistory('continued-as-new-then-closed-handler-mutex-v5', client.workflow.getHandle(`hazard-${id}`));
      await keepHistory('continued-as-new-then-closed-search-attributes-v9', client.workflow.getHandle(`hazard-${id}`));
      // The run continued as new still answers to the search, with its last state.
      const found = (await h.describe()).typedSearchAttributes;
      expect([found.get(HAZARD_UNIT), found.get(HAZARD_STATUS), found.get(HAZARD_OVERDUE)]).toEqual([UNIT, 'closed', false]);
    } finally {
      await worker.stop();
    }
  });
});
