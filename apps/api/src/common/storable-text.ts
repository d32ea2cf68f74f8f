/**
 * Text PostgreSQL cannot store: the NUL character (refused in text and in jsonb) and UTF-16
 * surrogates without their pair (no UTF-8 encoding exists for them). Invalid UTF-8 in the request
 * body never gets this far: the body parser decodes it to U+FFFD, which is storable.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_REASON = 'must not contain NUL characters or unpaired UTF-16 surrogates (text that cannot be stored)';

/** Every field (as `a.b[2].c`) of an input whose text, or key, cannot be stored; empty when all can. */
export function unstorableFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [path || 'body'] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableFields(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const at = path ? `${path}.${k}` : k;
      return [...(UNSTORABLE.test(k) ? [at] : []), ...unstorableFields(v, at)];
    });
  }
  return [];
}
