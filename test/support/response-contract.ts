import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { NextFunction, Request, Response } from 'express';
import { appendFileSync } from 'node:fs';
import { openApiDocument } from '../../apps/api/src/common/openapi.js';

/** Where the run collects what the responses did against the document (scripts/test.ts reads and judges it). */
const LOG = process.env.TEST_CONTRACT_LOG;

/** Paths outside the API proper: the docs themselves and the console's static files. */
const OUTSIDE = /^\/(docs|console)(\/|-json|$)/;

/**
 * Checks every response the app under test sends against the OpenAPI document it serves: the
 * operation is documented, the status is declared for it, and a JSON body fits the declared schema.
 * Each response is one line in TEST_CONTRACT_LOG; a line with `violation` fails the run.
 */
export function checkResponsesAgainstDocument(app: INestApplication): void {
  if (!LOG) return;
  let doc: OpenAPIObject | null = null;
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS whose default export is the plugin itself.
  (formats as unknown as (a: Ajv) => void)(ajv);
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (schema: object): ValidateFunction => {
    const key = JSON.stringify(schema);
    const known = validators.get(key);
    if (known) return known;
    const compiled = ajv.compile(toJsonSchema({ ...schema, components: doc!.components }) as object);
    validators.set(key, compiled);
    return compiled;
  };
  app.use((req: Request, res: Response, next: NextFunction) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) chunks.push(Buffer.from(chunk as string));
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
      try {
        doc ??= openApiDocument(app);
        record(doc, req, res, Buffer.concat(chunks).toString('utf8'), validatorFor);
      } catch (err) {
        appendFileSync(LOG, JSON.stringify({ violation: `the contract check itself failed: ${String(err)}` }) + '\n');
      }
      return end(chunk, ...rest);
    }) as Response['end'];
    next();
  });
}

function record(doc: OpenAPIObject, req: Request, res: Response, body: string, validatorFor: (schema: object) => ValidateFunction): void {
  const route = (req.route as { path?: string } | undefined)?.path;
  // Requests no route took (an unknown path: the catch-all answers 404, or refused before routing) have no operation to hold them to.
  if (!route || route.includes('*') || OUTSIDE.test(req.path)) return;
  const path = route.replace(/:(\w+)/g, '{$1}');
  const method = req.method.toLowerCase();
  const status = String(res.statusCode);
  const where = `${req.method} ${path} ${status}`;
  const line = (violation?: string) => appendFileSync(LOG!, JSON.stringify(violation ? { where, violation } : { where }) + '\n');
  const op = (doc.paths[path] as Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }> | undefined)?.[method];
  if (!op) return line('the operation is not in the document');
  const declared = op.responses[status] ?? op.responses.default;
  if (!declared) return line(`status ${status} is not declared (declared: ${Object.keys(op.responses).join(', ')})`);
  const type = String(res.getHeader('content-type') ?? '').split(';')[0]!.trim();
  const schema = declared.content?.[type]?.schema;
  if (!schema || !type.includes('json') || !body) return line();
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return line(`the ${type} body is not JSON`);
  }
  const validate = validatorFor(schema);
  if (!validate(parsed)) return line(`the body does not fit the declared schema: ${(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
  line();
}

/**
 * OpenAPI 3.0 schemas to JSON Schema: `nullable: true` (which Nest also writes beside `allOf` for a
 * nullable object) becomes "this, or null", as OpenAPI means it.
 */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const entries = Object.entries(schema as Record<string, unknown>);
  // Only the keyword: a property that happens to be called "nullable" holds a schema, not a boolean.
  const nullable = entries.some(([k, v]) => k === 'nullable' && v === true);
  const converted = Object.fromEntries(entries.filter(([k, v]) => !(k === 'nullable' && typeof v === 'boolean')).map(([k, v]) => [k, toJsonSchema(v)]));
  return nullable ? { anyOf: [converted, { type: 'null' }] } : converted;
}
