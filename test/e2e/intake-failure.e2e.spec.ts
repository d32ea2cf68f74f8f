import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { DEFAULT_POLICY, hazardWorkflowId, type EscalationPolicy, type HazardIntake, type HazardWorkflowInput } from '#domain';
import { insertHazardIntake, parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { keepFinishedHistory } from '../support/histories.js';
import { createApp, demoUnitClone, openDataSource, signInEveryone, startWorker, temporalClient, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** A unit of this file's own (the hazards list test counts city-a-county-2's hazards while this file runs). */
const UNIT = 'city-a-county-23';
const u = (role: string) => `${UNIT}-${role}`;

function intakeFor(unitId: string, discoveredBy: string): HazardIntake {
  return {
    hazardId: randomUUID(), unitId, category: 'water', severity: 'general', title: 'Leak in repository 3', description: 'Water on the floor',
    location: 'Repository 3', discoveredBy, discoveredAt: new Date().toISOString(), source: 'sensor', evidence: [], externalRef: null,
    idempotencyKey: null, intakeHash: 'h', reportedAt: new Date().toISOString(), reportedBy: discoveredBy, policyName: 'default', policyVersion: 1, correlationId: null,
  };
}

/** A policy stored before durations were validated, or written by hand: its acknowledge time is not a duration. */
const brokenPolicy: EscalationPolicy = {
  ...DEFAULT_POLICY,
  severities: { ...DEFAULT_POLICY.severities, general: { ...DEFAULT_POLICY.severities.general, acknowledge: 'three days' } },
};

describe('an intake that no retry can complete', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let temporal: Client;
  let taskQueue: string;
  let as: AuthHeaders;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ds = await openDataSource();
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units: [demoUnitClone('city-a-county-1', 'city-a-county-1', UNIT)] }), await storedUnitIds(ds)));
    taskQueue = useTaskQueue('e2e-intake-failure');
    worker = await startWorker(taskQueue, ds);
    app = await createApp();
    temporal = await temporalClient();
    as = await signInEveryone(app, ds);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await temporal?.connection.close();
    await ds?.destroy();
  });

  const start = (args: HazardWorkflowInput) => temporal.workflow.start('hazardWorkflow', { taskQueue, workflowId: hazardWorkflowId(args.intake.hazardId), args: [args] });

  it('ends a hazard whose pinned policy does not hold in intake_failed, recorded in its chain and told to the safety officer', async () => {
    const intake = intakeFor(UNIT, u('staff-1'));
    await ds.transaction((m) => insertHazardIntake(m, intake));
    const handle = await start({ intake, policy: { name: 'hand-written', version: 1, document: brokenPolicy } });

    // The workflow's own end is the signal that it did not go on retrying.
    expect(await handle.result()).toEqual({ status: 'intake_failed', code: 'PolicyInvalid', reason: expect.stringContaining('policy hand-written v1 does not hold') });

    const res = await http().get(`/hazards/${intake.hazardId}`).set(as(u('safety-officer')));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'intake_failed', intakeFailure: expect.stringContaining('three days'), live: null });
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['reported', 'intake_failed']);
    expect((await http().get(`/hazards/${intake.hazardId}/timeline/verify`).set(as(u('safety-officer')))).body).toMatchObject({ valid: true });

    const notices: Array<{ recipient_id: string }> = await ds.query(`SELECT recipient_id FROM notifications WHERE hazard_id = $1 AND kind = 'intake_failed' ORDER BY recipient_id`, [intake.hazardId]);
    expect(notices.map((n) => n.recipient_id)).toEqual(expect.arrayContaining([u('safety-officer'), u('staff-1')]));
    // Nobody can act on it: the workflow has ended.
    const ack = await http().post(`/hazards/${intake.hazardId}/acknowledge`).set(as(u('head-security'))).send({});
    expect(ack.status).toBeGreaterThanOrEqual(400);
    expect(ack.status).toBeLessThan(500);
    await keepFinishedHistory('intake-failed-intake-failure-v4', handle);
    await keepFinishedHistory('intake-failed-handler-mutex-v5', handle);
  });

  it('ends in intake_failed, naming the fault, a hazard whose pinned policy lacks a severity table', async () => {
    const intake = intakeFor(UNIT, u('staff-1'));
    await ds.transaction((m) => insertHazardIntake(m, intake));
    const { general } = DEFAULT_POLICY.severities;
    const handle = await start({ intake, policy: { name: 'half-written', version: 3, document: { ...DEFAULT_POLICY, severities: { general } } as unknown as EscalationPolicy } });
    expect(await handle.result()).toEqual({ status: 'intake_failed', code: 'PolicyInvalid', reason: 'policy half-written v3 does not hold: severities.major is missing' });
    const res = await http().get(`/hazards/${intake.hazardId}`).set(as(u('safety-officer'))).expect(200);
    expect(res.body).toMatchObject({ status: 'intake_failed', intakeFailure: 'policy half-written v3 does not hold: severities.major is missing' });
  });

  it('fails at once, without retrying, a workflow started for a unit that does not exist', async () => {
    const intake = intakeFor('no-such-unit', u('staff-1'));
    const handle = await start({ intake, policy: { name: 'default', version: 1, document: DEFAULT_POLICY } });
    expect(await handle.result()).toEqual({ status: 'intake_failed', code: 'IntakeReferenceMissing', reason: expect.stringContaining('does not exist') });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM hazards WHERE id = $1`, [intake.hazardId]);
    expect(n).toBe(0);
    // One attempt, recorded as the local activity's marker: no retries piled up before the end.
    const markers = (await handle.fetchHistory()).events!.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity');
    expect(markers).toHaveLength(1);
  });
});
