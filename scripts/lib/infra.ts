import { createServer } from 'node:net';
import { Client } from 'pg';
import { DEFAULT_DATABASE_URL } from '#config';
import { ensureDatabaseExists, runMigrations } from '#persistence';
import { postgresReachable, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './postgres.js';


export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

export interface PostgresChoice {
  url: string;
  embedded: EmbeddedPostgresHandle | null;
}

/**
 * The configured database when DATABASE_URL is set (it must be reachable); otherwise the local
 * server, or, where none answers, an embedded PostgreSQL with data under `dataRoot`.
 */
export async function choosePostgres(explicitUrl: string | null, dataRoot: string, log: (l: string) => void): Promise<PostgresChoice> {
  if (explicitUrl) {
    if (!(await postgresReachable(explicitUrl))) throw new Error(`PostgreSQL at DATABASE_URL cannot be reached`);
    return { url: explicitUrl, embedded: null };
  }
  if (await postgresReachable(DEFAULT_DATABASE_URL)) return { url: DEFAULT_DATABASE_URL, embedded: null };
  log('No PostgreSQL on 127.0.0.1:5432 and DATABASE_URL is unset: starting an embedded PostgreSQL');
  const embedded = await startEmbeddedPostgres(dataRoot, log);
  return { url: embedded.url('dutychain'), embedded };
}

export async function prepareDatabase(url: string): Promise<string[]> {
  await ensureDatabaseExists(url);
  return runMigrations({ url });
}

async function onTestDatabase(url: string, statements: (name: string) => string[]): Promise<void> {
  const name = databaseName(url);
  if (!/^[A-Za-z0-9_]+_(test|bench)$/.test(name)) throw new Error(`Refusing to touch "${name}": test and benchmark databases end in _test or _bench`);
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    for (const sql of statements(name)) await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** Drops and recreates a database; refuses names that do not end in _test or _bench. */
export function recreateTestDatabase(url: string): Promise<void> {
  return onTestDatabase(url, (name) => [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
}

export function dropTestDatabase(url: string): Promise<void> {
  return onTestDatabase(url, (name) => [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
