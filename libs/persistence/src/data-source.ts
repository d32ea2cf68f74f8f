import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  /**
   * Role the sessions act as (SET ROLE at connection start). The API and worker use the restricted
   * application role; migrations run as the owner and pass none.
   */
  role?: string | null;
}

export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: {
      max: settings.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      ...(settings.role ? { options: `-c role=${settings.role}` } : {}),
    },
  };
}

/**
 * How long the API and the worker keep trying to reach PostgreSQL at boot: a process restarted
 * during a database outage waits for it instead of exiting (TypeORM's default gives up in seconds).
 */
export const BOOT_RETRY = { retryAttempts: 30, retryDelay: 2000 } as const;

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

type ErrorSource = { on(event: 'error', listener: (err: Error) => void): unknown };
type PoolLike = ErrorSource & { on(event: 'connect', listener: (client: ErrorSource) => void): unknown; _clients?: ErrorSource[] };

/**
 * Initialises a data source whose pooled connections can never crash the process. When
 * PostgreSQL goes away, a connection may emit 'error' twice; TypeORM removes its listener after
 * the first (releasing the client), and an 'error' with no listener is fatal in Node. A permanent
 * listener on every client logs instead; the pool discards the broken client as usual.
 */
export async function initializeResilient(ds: DataSource, warn: (message: string) => void): Promise<DataSource> {
  await ds.initialize();
  const pool = (ds.driver as unknown as { master?: PoolLike }).master;
  if (pool) {
    const guard = (client: ErrorSource) => client.on('error', (err) => warn(`database connection lost: ${err.message}`));
    pool.on('connect', guard);
    // Connections opened during initialisation, before the listener above existed.
    for (const client of pool._clients ?? []) guard(client);
  }
  return ds;
}

/** Creates the database named in the URL when it does not exist yet (first start on a fresh machine). */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Database name "${name}" must be letters, digits and underscores`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await client.end();
  }
}

export async function runMigrations(settings: DatabaseSettings): Promise<string[]> {
  const ds = createDataSource({ ...settings, role: null });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
