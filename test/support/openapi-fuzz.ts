import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Requests generated from the served OpenAPI document, for the fuzz suite: every operation the
 * document lists is covered without being named here. Most cases start from a request that fits
 * the document (path ids, people and units drawn from real ones) and break one part of it, so a
 * bad value travels as far as the code lets it; the rest are wholly random.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: boolean | Schema;
  example?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  nullable?: boolean;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> }; security?: unknown[] };
export type Document = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

export type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';
export interface FuzzRequest {
  /** The operation it was generated from (or "random"). */
  operation: string;
  /** What was broken: "none", or where and how. */
  broken: string;
  method: Method;
  /** With its query string, encoded here (a lone surrogate has no UTF-8, so no library encodes it). */
  path: string;
  headers: Record<string, string>;
  /** A JSON value to send, or the raw bytes of a body. */
  body?: unknown;
  raw?: Buffer;
}

/** Real values by what a parameter or property names: ids of hazards, people, units and so on. */
export type Pools = Record<string, string[]>;

/** Which pool a name draws from: the parameter's or property's own name first, then the collection before it in the path. */
const POOL_OF_NAME: Record<string, string> = {
  unitId: 'units', issuerUnitId: 'units', unitIds: 'units',
  personId: 'people', actingPersonId: 'people', responsiblePersonId: 'people', supervisorId: 'people', discoveredBy: 'people', signerId: 'people',
  hazardId: 'hazards', hazardIds: 'hazards', incidentId: 'incidents', reviewId: 'reviews', campaignId: 'campaigns',
  requestId: 'requests', proposalId: 'proposals', appointmentId: 'appointments', policyName: 'policies',
};
const POOL_OF_SEGMENT: Record<string, string> = {
  hazards: 'hazards', people: 'people', units: 'units', incidents: 'incidents', campaigns: 'campaigns', 'accountability-reviews': 'reviews',
  'responsibility-letters': 'letters', policies: 'policies', checkpoints: 'checkpoints', acting: 'appointments',
};

const WORDS = ['二号库房漏水', '消防通道堵塞', 'Leak in store 2', '配电箱老化', 'checked', '已整改', 'fire door held open', '防汛沙袋不足'];

/** Values a field must refuse or survive: full Unicode, lone surrogates, NUL, raw bytes, wrong types, extremes. */
export function badValue(): fc.Arbitrary<unknown> {
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  const hostile = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate, fc.constant('\u0000')), minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'binary-ascii', maxLength: 20 }),
    fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\ufeff', '𠜎𠜱', '../../etc/passwd', "'; DROP TABLE hazards; --", '%00', 'null', '2026-13-45T99:00:00Z', 'x'.repeat(70_000)),
  );
  return fc.oneof(
    { weight: 6, arbitrary: hostile },
    fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308),
    fc.array(hostile, { maxLength: 3 }), fc.dictionary(hostile, hostile, { maxKeys: 3 }),
  );
}

export class OpenApiFuzzer {
  readonly operations: Array<{ method: Method; path: string; op: Operation; key: string }>;

  constructor(
    private readonly doc: Document,
    private readonly pools: Pools,
    private readonly actors: { valid: string[]; invalid: string[] },
  ) {
    this.operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([m]) => ['get', 'post', 'put', 'delete', 'patch'].includes(m))
        .map(([m, op]) => ({ method: m as Method, path, op, key: `${m.toUpperCase()} ${path}` })),
    );
  }

  /** Most cases: a request that fits the document, with one part broken (or, now and then, none). The rest: random. */
  requests(): fc.Arbitrary<FuzzRequest> {
    return fc.oneof({ weight: 8, arbitrary: this.brokenOne(this.operations) }, { weight: 2, arbitrary: this.random() });
  }

  /** Requests of one operation only (each part broken in turn, or none): so that every operation is reached whatever the count. */
  requestsOf(key: string): fc.Arbitrary<FuzzRequest> {
    return this.brokenOne(this.operations.filter((o) => o.key === key));
  }

  private resolve(schema: Schema | undefined): Schema {
    let s = schema ?? {};
    for (let i = 0; s.$ref && i < 10; i++) s = this.doc.components?.schemas?.[s.$ref.split('/').pop()!] ?? {};
    if (s.allOf?.length) return this.resolve({ ...s.allOf[0], ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'allOf')) });
    return s;
  }

  private pool(name: string, segment?: string): string[] | undefined {
    const key = POOL_OF_NAME[name] ?? (segment ? POOL_OF_SEGMENT[segment] : undefined);
    const values = key ? this.pools[key] : undefined;
    return values?.length ? values : undefined;
  }

  /** A value that fits the schema, real where the name says what it refers to. */
  valid(schema: Schema | undefined, name = '', segment?: string): fc.Arbitrary<unknown> {
    const s = this.resolve(schema);
    const pool = this.pool(name, segment);
    if (s.type === 'array') {
      const item = pool ? fc.constantFrom(...pool) : this.valid(s.items, '', undefined);
      return fc.array(item, { minLength: Math.max(s.minItems ?? 0, 1), maxLength: Math.min(s.maxItems ?? 3, 3) }).map((a) => (pool ? [...new Set(a)] : a));
    }
    if (pool) return fc.constantFrom(...pool);
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    const example = s.example !== undefined ? [fc.constant(s.example)] : [];
    switch (s.type) {
      case 'object': {
        const props = Object.entries(s.properties ?? {});
        if (!props.length) return fc.constant({});
        const required = new Set(s.required ?? []);
        return fc.record(Object.fromEntries(props.map(([k, v]) => [k, this.valid(v, k)])), { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) });
      }
      case 'integer':
      case 'number': {
        const min = s.minimum ?? 0;
        const max = s.maximum ?? Math.max(min + 100, 10);
        return fc.oneof(...example, fc.integer({ min: Math.ceil(min), max: Math.floor(max) }));
      }
      case 'boolean':
        return fc.boolean();
      case 'string':
      default: {
        if (s.format === 'date-time') {
          // A past instant (a discovery) or one far enough ahead (a deadline) that no timer fuzzed into existence fires while the suite runs.
          return fc.oneof(fc.integer({ min: -30, max: -1 }), fc.integer({ min: 30, max: 300 })).map((days) => new Date(Date.now() + days * 86_400_000).toISOString());
        }
        if (s.format === 'uuid') return fc.uuid({ version: 4 });
        if (s.pattern) return fc.oneof(...example, fc.stringMatching(new RegExp(s.pattern)));
        const minLength = Math.max(s.minLength ?? 1, 1);
        const maxLength = Math.min(s.maxLength ?? 40, 40);
        return fc.oneof(...example, fc.constantFrom(...WORDS.filter((w) => w.length >= minLength && w.length <= maxLength), 'x'.repeat(minLength)), fc.string({ minLength, maxLength }));
      }
    }
  }

  private baseRequest(operations: OpenApiFuzzer['operations']): fc.Arbitrary<{ operation: string; method: Method; path: string; params: Record<string, string>; query: Record<string, unknown>; headers: Record<string, string>; body: unknown; actor: string }> {
    return fc.constantFrom(...operations).chain(({ method, path, op, key }) => {
      const params = op.parameters ?? [];
      const segmentBefore = (name: string) => {
        const parts = path.split('/');
        const at = parts.indexOf(`{${name}}`);
        return at > 0 ? parts[at - 1] : undefined;
      };
      const pathParams = fc.record(Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, this.valid(p.schema, p.name, segmentBefore(p.name)).map(asText)])));
      const query = fc.record(Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, this.valid(p.schema, p.name)])), { requiredKeys: params.filter((p) => p.in === 'query' && p.required).map((p) => p.name) });
      const headers = fc
        .record(Object.fromEntries(params.filter((p) => p.in === 'header').map((p) => [p.name, this.valid(p.schema, p.name).map(asText)])), { requiredKeys: [] })
        .map((h) => Object.fromEntries(Object.entries(h).filter((e): e is [string, string] => e[1] !== undefined)));
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const body = bodySchema ? this.valid(bodySchema) : fc.constant(undefined);
      return fc.record({ params: pathParams, query, headers, body, actor: fc.constantFrom(...this.actors.valid) }).map((r) => ({ operation: key, method, path, ...r }));
    });
  }

  private brokenOne(operations: OpenApiFuzzer['operations']): fc.Arbitrary<FuzzRequest> {
    return fc.tuple(this.baseRequest(operations), fc.nat(), badValue(), fc.nat(4)).map(([b, pick, bad, how]) => {
      const sites = [
        ...Object.keys(b.params).map((p) => `path:${p}`),
        ...Object.keys(b.query).map((q) => `query:${q}`),
        ...Object.keys(b.headers).map((h) => `header:${h}`),
        ...leaves(b.body).map((l) => `body:${l}`),
        'auth', 'none', 'body-bytes',
      ];
      const site = sites[pick % sites.length]!;
      const params = { ...b.params };
      const query: Record<string, unknown> = { ...b.query };
      let body = structuredClone(b.body);
      let raw: Buffer | undefined;
      let actor = b.actor;
      const headers: Record<string, string> = { ...b.headers };
      const [kind, where] = [site.slice(0, site.indexOf(':') + 1 || site.length), site.slice(site.indexOf(':') + 1)];
      // Node refuses a request line over 16 kB before any code of ours sees it (431, no body): URLs stay under that.
      if (kind === 'path:') params[where] = asText(bad).slice(0, 2000);
      else if (kind === 'query:') query[where] = how === 0 ? undefined : how === 1 ? [asText(bad).slice(0, 500), 'x'] : asText(bad).slice(0, 2000);
      else if (kind === 'header:') headers[where] = asText(bad);
      else if (kind === 'body:') body = setAt(body, where, how === 0 ? undefined : bad);
      else if (site === 'auth') actor = this.actors.invalid[pick % this.actors.invalid.length]!;
      else if (site === 'body-bytes') raw = [Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('{"a":'), Buffer.from(JSON.stringify(bad) ?? ''), Buffer.from('\u0000')][how % 4];
      return {
        operation: b.operation,
        broken: site === 'none' ? 'none' : `${site}${kind === 'body:' && how === 0 ? ' (removed)' : ''}`,
        method: b.method,
        path: fillPath(b.path, params) + queryString(query),
        headers: { ...headers, ...(actor ? { Authorization: actor } : {}) },
        body,
        raw,
      };
    });
  }

  private random(): fc.Arbitrary<FuzzRequest> {
    const methods: Method[] = ['get', 'post', 'put', 'delete', 'patch'];
    return fc
      .record({
        op: fc.constantFrom(...this.operations),
        method: fc.option(fc.constantFrom(...methods), { nil: undefined, freq: 3 }),
        params: fc.array(badValue(), { minLength: 3, maxLength: 3 }),
        query: fc.option(fc.dictionary(fc.string({ maxLength: 12 }), badValue().map((v) => asText(v).slice(0, 2000)), { maxKeys: 4 }), { nil: undefined }),
        body: fc.option(badValue(), { nil: undefined }),
        actor: fc.oneof(fc.constantFrom(...this.actors.valid), fc.constantFrom(...this.actors.invalid)),
        key: fc.option(fc.oneof(fc.uuid(), fc.string({ unit: 'binary-ascii', maxLength: 20 })), { nil: undefined }),
      })
      .map((r) => {
        let i = 0;
        const path = r.op.path.replace(/\{(\w+)\}/g, () => encodePathSegment(asText(r.params[i++ % 3]).slice(0, 2000)));
        return {
          operation: r.op.key,
          broken: 'random',
          method: r.method ?? r.op.method,
          path: path + queryString(r.query ?? {}),
          headers: { ...(r.actor ? { Authorization: r.actor } : {}), ...(r.key !== undefined ? { 'Idempotency-Key': r.key } : {}) },
          body: r.body,
        };
      });
  }
}

/** Any generated value as text (fast-check's dictionaries have no prototype, so String() throws on them). */
function asText(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined');
}

/** Percent-encoded as UTF-8, and a lone surrogate as the bytes WTF-8 gives it (invalid UTF-8, which the server must refuse or survive). */
function encodePathSegment(text: string): string {
  return text.replace(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    return encodeURIComponent(ch);
  });
}

function queryString(query: Record<string, unknown>): string {
  const pairs = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${encodePathSegment(k)}=${encodePathSegment(asText(x))}`));
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodePathSegment(params[name] ?? randomUUID()));
}

/** Paths of every property in a JSON value (a.b, a[0]), the value itself first. */
function leaves(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => leaves(v, `${at}[${i}]`))].filter(Boolean);
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k))].filter(Boolean);
  return at ? [at] : [];
}

function setAt(root: unknown, path: string, value: unknown): unknown {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  if (!keys.length) return value;
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/**
 * Every table's row count and a hash of its content, in one query: a rejected request must leave
 * all of them as they were.
 */
export async function tablesSnapshot(ds: DataSource): Promise<Record<string, string>> {
  const tables: Array<{ name: string }> = await ds.query(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const sql = tables.map((t) => `SELECT '${t.name}' AS name, count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS state FROM ${t.name} x`).join(' UNION ALL ');
  const rows: Array<{ name: string; state: string }> = await ds.query(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.state]));
}

/** The tables whose count or content differ, with both counts. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t} (rows ${before[t]?.split(':')[0] ?? 'none'} → ${after[t]?.split(':')[0] ?? 'none'})`);
}
