import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** A server the project builds from the Go module proxy once and keeps in ~/.cache/dutychain/<name>/<version>. */
export interface GoTool {
  /** The executable's name. */
  name: string;
  /** The cache folder's name (the executable's by default). */
  cache?: string;
  module: string;
  version: string;
  /** What to say while building. */
  label: string;
}

export const goToolCacheDir = (t: GoTool) => join(homedir(), '.cache', 'dutychain', t.cache ?? t.name, t.version);

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The explicit path (an env var), then PATH, then the version-keyed cache. */
export function findGoTool(t: GoTool, explicitPath?: string, envName = 'its path variable'): string | null {
  if (explicitPath) {
    if (!executable(explicitPath)) throw new Error(`${envName}=${explicitPath} is not an executable file`);
    return explicitPath;
  }
  const onPath = spawnSync('sh', ['-c', `command -v ${t.name}`], { encoding: 'utf8' }).stdout.trim();
  if (onPath && executable(onPath)) return onPath;
  const cached = join(goToolCacheDir(t), t.name);
  return executable(cached) ? cached : null;
}

export function goAvailable(): boolean {
  return spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;
}

/** Builds the pinned version from the Go module proxy into the cache (minutes on 2 cores). */
export function buildGoTool(t: GoTool, log: (line: string) => void = console.log): string {
  const dir = goToolCacheDir(t);
  mkdirSync(dir, { recursive: true });
  log(`Building ${t.label} ${t.version} with Go into ${dir} (one time, a few minutes)...`);
  const started = Date.now();
  const result = spawnSync('go', ['install', `${t.module}@${t.version}`], { env: { ...process.env, CGO_ENABLED: '0', GOBIN: dir }, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`go install ${t.module}@${t.version} failed (exit ${result.status})`);
  log(`${t.label} built in ${Math.round((Date.now() - started) / 1000)} s`);
  return join(dir, t.name);
}

/** Found (the env var, PATH, the cache) or built with Go; `unavailable` says what to do where neither can be. */
export function ensureGoTool(t: GoTool, explicitPath: string | undefined, envName: string, unavailable: string, log?: (line: string) => void): string {
  const found = findGoTool(t, explicitPath, envName);
  if (found) return found;
  if (!goAvailable()) throw new Error(`${t.label} is not on PATH or in ~/.cache/dutychain/${t.cache ?? t.name} and Go is not installed to build it; ${unavailable}`);
  return buildGoTool(t, log);
}
