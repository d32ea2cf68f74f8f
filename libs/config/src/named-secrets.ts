import { readFileSync } from 'node:fs';

/**
 * A secret the org file names rather than holds (a work-chat robot's webhook or signing secret):
 * the environment variable of that name, or the file named by `<NAME>_FILE`. Null when neither is
 * set. Names are checked by the org file's parser (A-Z, 0-9, _).
 */
export function namedSecret(name: string): string | null {
  if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(name)) return null;
  const direct = process.env[name];
  if (direct) return direct;
  const file = process.env[`${name}_FILE`];
  return file ? readFileSync(file, 'utf8').trim() || null : null;
}
