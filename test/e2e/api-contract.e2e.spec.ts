import openapiTS, { astToString } from 'openapi-typescript';
import type { INestApplication } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp, eventually, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

const UNIT = 'city-b-county-2';
const HEAD = `${UNIT}-head-office`;

const API_TYPES = 'apps/console/src/api-types.gen.ts';
const GENERATED_HEADER = '/* Generated from the served OpenAPI document by openapi-typescript (npm run api-types). Do not edit. */\n';

describe('API contract', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ds = await openDataSource();
    worker = await startWorker(useTaskQueue('e2e-contract'), ds);
    app = await createApp();
    as = await signInEveryone(app, ds);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
  });

  async function hazard(): Promise<string> {
    const res = await http()
      .post('/hazards')
      .set(as(`${UNIT}-staff-1`))
      .send({
        unitId: UNIT, category: 'building', severity: 'general', title: 'Cracked wall', description: 'Crack in repository wall',
        location: 'Repository 1', discoveredBy: `${UNIT}-staff-1`, discoveredAt: new Date().toISOString(), source: 'self_inspection',
      })
      .expect(201);
    await eventually(async () => (await http().get(`/hazards/${res.body.id}`).set(as(HEAD))).body.status === 'assigned', 'assignment');
    return res.body.id;
  }

  it('sends security headers and a correlation id on every response', async () => {
    const res = await http().get('/health').expect(200);
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age'),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'x-request-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect((await http().get('/health').set('X-Request-Id', 'given-id-1').expect(200)).headers['x-request-id']).toBe('given-id-1');
  });

  it('acts once for a repeated Idempotency-Key, returning the first result', async () => {
    const id = await hazard();
    const first = await http().post(`/hazards/${id}/acknowledge`).set(as(HEAD)).set('Idempotency-Key', 'ack-once').send({ note: 'first' }).expect(200);
    const again = await http().post(`/hazards/${id}/acknowledge`).set(as(HEAD)).set('Idempotency-Key', 'ack-once').send({ note: 'first' }).expect(200);
    expect(again.body.lastSequence).toBe(first.body.lastSequence);
    const events = (await http().get(`/hazards/${id}/timeline`).set(as(HEAD)).expect(200)).body.events;
    expect(events.filter((e: { type: string }) => e.type === 'acknowledged')).toHaveLength(1);
    // Without the key, a repeat is a second request, refused in this state.
    await http().post(`/hazards/${id}/acknowledge`).set(as(HEAD)).send({}).expect(409);
  });

  it('returns the first result when the action that closed a hazard is retried with its key', async () => {
    const id = await hazard();
    await http().post(`/hazards/${id}/submit-rectification`).set(as(HEAD)).send({ summary: 's', evidence: ['e'] }).expect(200);
    const officer = as(`${UNIT}-safety-officer`);
    const first = await http().post(`/hazards/${id}/verify`).set(officer).set('Idempotency-Key', 'close-once').send({ passed: true, comment: '' }).expect(200);
    expect(first.body.status).toBe('closed');
    const retry = await http().post(`/hazards/${id}/verify`).set(officer).set('Idempotency-Key', 'close-once').send({ passed: true, comment: '' }).expect(200);
    expect(retry.body).toMatchObject({ status: 'closed', lastSequence: first.body.lastSequence });
    await http().post(`/hazards/${id}/verify`).set(officer).set('Idempotency-Key', 'another-key').send({ passed: true, comment: '' }).expect(409);
    await http().post(`/hazards/${id}/verify`).set(officer).send({ passed: true, comment: '' }).expect(409);
  });

  it('pages the approvals inbox with a cursor', async () => {
    const deputy = `${UNIT}-deputy-1`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await hazard();
      await http().post(`/hazards/${id}/acknowledge`).set(as(HEAD)).send({}).expect(200);
      const r = await http().post(`/hazards/${id}/request-escalation`).set(as(HEAD)).send({ reason: `help ${i}`, needs: ['funds'], mode: 'co_own' }).expect(200);
      ids.push(r.body.pendingRequest.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await http().get('/approvals').query({ mine: true, limit: 2, ...(cursor ? { cursor } : {}) }).set(as(deputy)).expect(200);
      seen.push(...page.body.items.map((r: { id: string }) => r.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining(ids));
    expect(new Set(seen).size).toBe(seen.length);
    await http().get('/approvals').query({ cursor: 'bogus' }).set(as(deputy)).expect(422);
  });

  it('documents every operation with its errors in the OpenAPI document', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body;
    const operations = Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ op: `${method.toUpperCase()} ${path}`, codes: Object.keys(op.responses) })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(20);
    const undocumented = operations.filter((o) => !o.op.startsWith('GET /health') && !o.codes.some((c) => c.startsWith('4')));
    expect(undocumented).toEqual([]);
    // Every success declares its body's schema, so that the response check holds each body field by field.
    type Op = { responses: Record<string, { content?: Record<string, { schema?: object }> }> };
    const bodiless = Object.entries(doc.paths as Record<string, Record<string, Op>>).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        Object.entries(op.responses)
          .filter(([code]) => code.startsWith('2') && code !== '204')
          .filter(([, r]) => !Object.values(r.content ?? {}).some((c) => c.schema))
          .map(([code]) => `${method.toUpperCase()} ${path} ${code}`),
      ),
    );
    expect(bodiless).toEqual([]);
    await http().get('/docs').expect(200);
  });

  it('the console’s API types are generated from the served document, and are up to date (npm run api-types writes them)', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body;
    const generated = `${GENERATED_HEADER}${astToString(await openapiTS(doc))}`;
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(API_TYPES, generated);
    expect(readFileSync(API_TYPES, 'utf8') === generated ? 'up to date' : 'stale: run npm run api-types').toBe('up to date');
  });

  it('serves a document that redocly (recommended) and spectral (spectral:oas) lint with zero findings, problem+json on every error', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body;
    const dir = mkdtempSync(join(tmpdir(), 'dutychain-openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const bin = (name: string) => join('node_modules', '.bin', name);
    const run = (cmd: string, args: string[]) => {
      const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    };
    const spectral = run(bin('spectral'), ['lint', file, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']);
    expect({ status: spectral.status, findings: JSON.parse(spectral.out.trim() || '[]') }).toEqual({ status: 0, findings: [] });
    const redocly = run(bin('redocly'), ['lint', file, '--config', 'redocly.yaml', '--format', 'json']);
    const problems = JSON.parse(redocly.out.slice(redocly.out.indexOf('{'), redocly.out.lastIndexOf('}') + 1)).problems;
    expect({ status: redocly.status, problems }).toEqual({ status: 0, problems: [] });
    // Every error response of every operation is the one ProblemDetails schema.
    const errors = Object.values(doc.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>>)
      .flatMap((ops) => Object.values(ops).flatMap((op) => Object.entries(op.responses).filter(([code]) => Number(code) >= 400).map(([, r]) => r)));
    expect(errors.length).toBeGreaterThan(100);
    expect(errors.filter((r) => r.content?.['application/problem+json']?.schema.$ref !== '#/components/schemas/ProblemDetails')).toEqual([]);
  });

  it('limits each person per minute with 429 and Retry-After, leaving others alone', async () => {
    const limited = await createApp({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const token = (id: string) => request(limited.getHttpServer()).post('/auth/dev-token').send({ personId: id });
      const a = (await token(`${UNIT}-staff-1`)).body.token;
      const b = (await token(`${UNIT}-staff-2`)).body.token;
      for (let i = 0; i < 5; i++) await request(limited.getHttpServer()).get('/approvals').set('Authorization', `Bearer ${a}`).expect(200);
      const over = await request(limited.getHttpServer()).get('/approvals').set('Authorization', `Bearer ${a}`).expect(429);
      expect(over.headers['retry-after']).toMatch(/^\d+$/);
      expect(over.headers['content-type']).toMatch(/problem\+json/);
      await request(limited.getHttpServer()).get('/approvals').set('Authorization', `Bearer ${b}`).expect(200);
    } finally {
      await limited.close();
    }
  });

  it('refuses bodies over 256 kB with 413', async () => {
    const res = await http().post('/hazards').set(as(HEAD)).set('Content-Type', 'application/json').send(JSON.stringify({ description: 'x'.repeat(300_000) })).expect(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});
