import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PERMISSIONS } from '#domain';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

/** Every tag the controllers use, described once. */
const TAGS: Record<string, string> = {
  hazards: 'Hazards (隐患) from report to closure (销号): actions of the holder, leaders and verifiers, the timeline and its audit chain',
  policies: 'Escalation policies: deadlines, the ladder and discipline rules, versioned',
  approvals: 'The leaders’ inbox of extension and escalation requests',
  accountability: 'Accountability reviews (责任倒查): findings, proposals, statements, decisions and appeals',
  incidents: 'Incidents (事故) and their reporting up the chain',
  campaigns: 'Supervision campaigns (专项督查) and units’ self-inspections',
  plans: 'Contingency plans and drills (预案、演练): the register per unit and type, reviews, drills and what they found',
  ledger: 'The hazard ledger (台账): search, filters and the export to Excel and CSV',
  statistics: 'Quarterly statistics reports (季度统计报告): each unit’s figures, confirmed and sent up level by level',
  risk: 'Risk assessment (风险分级管控): the template, a unit’s assessments, the hazards they open and its level',
  roster: 'Duty roster (值班/值宿, 领导带班): shifts published ahead, check-in, escalation of a missed one, the handover log',
  warnings: 'Early warnings (预警): issued to units below, measures confirmed per unit, escalated when not, lifted with a summary',
  schedules: 'Recurring duties (月度自查, 备份核查, 责任书签订) on Temporal Schedules: set up, paused, resumed, triggered, changed',
  'responsibility letters': 'Yearly responsibility letters (安全责任状) and their signing',
  units: 'Unit discipline: scorecards, assessments, criticism and commendation; people’s sanctions',
  org: 'The signed-in person, and acting appointments (职务代理)',
  audit: 'Tamper evidence: signed checkpoints of the audit chain',
  notifications: 'The signed-in person’s notices: the feed, marking read, and the live stream',
  auth: 'Development sign-in (AUTH_MODE=dev only)',
  health: 'Liveness and readiness',
};

/** The errors any route can answer, besides those its controller declares (they come from the global pipe, guards and filters). */
const ERRORS: Record<string, string> = {
  '400': 'The body is not valid JSON',
  '401': 'Missing, expired, badly signed or unknown-person token',
  '404': 'Nothing by that id, or something outside your units (the two are not told apart)',
  '413': 'The body is larger than 256 kB',
  '422': 'Invalid input: each bad field is named in errors, with the reason; nothing was changed',
  '429': 'Too many requests from this person (or address, before sign-in); Retry-After says when to retry',
  '503': 'The database or the workflow service cannot be reached; nothing was changed',
};

/** "GET /hazards/{id}" → the permission table's rows for it ("GET /hazards/:id"). */
function whoMay(method: string, path: string): string | null {
  const wanted = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
  for (const row of PERMISSIONS) {
    const endpoints = row.endpoint.split(', ').flatMap((e) => {
      const m = /^(.*)\[(.*)\]$/.exec(e.replace(/\?.*$/, ''));
      return m ? [m[1]!, m[1]! + m[2]!] : [e.replace(/\?.*$/, '')];
    });
    if (endpoints.includes(wanted)) return row.who;
  }
  return null;
}

/**
 * The served OpenAPI document: the controllers' operations, completed with what holds for every
 * route (the errors of the global pipe, guards and filters, as problem+json), who may call each
 * (from the permission table), and the document's own metadata.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Dutychain')
    .setDescription('Safety-hazard responsibility chains and escalation (隐患闭环管理)')
    .setVersion('0.1.0')
    .setContact('Dutychain maintainers', 'https://dutychain.dev', 'maintainers@dutychain.dev')
    .setLicense('Proprietary (UNLICENSED)', 'https://dutychain.dev/license')
    .addServer('/', 'This deployment')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A token whose sub names a person of the org' });
  for (const [name, description] of Object.entries(TAGS)) config.addTag(name, description);
  const doc = SwaggerModule.createDocument(app, config.build());
  doc.components = {
    ...doc.components,
    schemas: {
      ...doc.components?.schemas,
      FieldProblem: {
        type: 'object',
        required: ['field', 'reason', 'code'],
        properties: {
          field: { type: 'string', example: 'title' },
          reason: { type: 'string', example: 'title must be shorter than or equal to 200 characters' },
          code: { type: 'string', example: 'maxLength', description: 'The rule broken (class-validator’s name for it, or notFound, future, fileType, invalid …): a console words the reason from it' },
          params: { type: 'object', additionalProperties: true, example: { limit: 200 }, description: 'The rule’s parameters: limit, min and max, values' },
        },
      },
      ProblemDetails: {
        type: 'object',
        description: 'RFC 9457 problem details',
        required: ['type', 'title', 'status', 'detail'],
        properties: {
          type: { type: 'string', format: 'uri', example: 'https://dutychain.dev/problems/invalid-input' },
          title: { type: 'string', example: 'Invalid input' },
          status: { type: 'integer', example: 422 },
          detail: { type: 'string' },
          instance: { type: 'string' },
          errors: { type: 'array', items: { $ref: '#/components/schemas/FieldProblem' } },
        },
        additionalProperties: true,
      },
    },
  };
  // A report with photos: multipart/form-data has its own shape (Nest's decorators give one schema to every content type).
  const report = doc.paths['/hazards']?.post?.requestBody;
  if (report && 'content' in report && report.content['multipart/form-data']) {
    report.content['multipart/form-data'] = {
      schema: {
        type: 'object',
        required: ['report'],
        properties: {
          report: { type: 'string', description: 'The report, as the JSON body (ReportHazardDto) would carry it' },
          files: { type: 'array', maxItems: 10, items: { type: 'string', format: 'binary' }, description: 'Photos and scans: JPEG, PNG, HEIC or PDF, told by content' },
        },
      },
    };
  }
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const op = item[method];
      if (op) complete(op, method, path);
    }
  }
  return doc;
}

function complete(op: Operation, method: string, path: string): void {
  const who = whoMay(method, path);
  op.description ??= `${op.summary ?? ''}.${who ? ` Who may: ${who}.` : ''}`;
  // A route without a bearer requirement is public: say so, rather than inherit nothing.
  op.security ??= [];
  const add = (code: string) => (op.responses[code] ??= { description: ERRORS[code]! });
  // Express answers a conditional GET whose ETag still holds with 304 and no body.
  if (method === 'get') op.responses['304'] ??= { description: 'Not modified: the If-None-Match ETag still holds' };
  if (op.security.length > 0) add('401');
  add('429');
  add('503');
  if (op.requestBody) ['400', '413', '422'].forEach(add);
  if ((op.parameters ?? []).length > 0) add('422');
  if (path.includes('{')) add('404');
  for (const p of op.parameters ?? []) {
    // The one header the API reads from a caller besides Authorization (common/call.decorator.ts).
    if ('name' in p && p.name === 'Idempotency-Key') p.schema = { type: 'string', minLength: 1, maxLength: 200, pattern: '^[!-~]+$', description: 'Printable ASCII' };
  }
  for (const [code, response] of Object.entries(op.responses)) {
    if (Number(code) >= 400 && response && 'description' in response) {
      response.content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
    }
  }
}
