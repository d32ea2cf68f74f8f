import { loadEnvironment } from '#config';
import { prepareDatabase } from './lib/infra.js';

/** `npm run migrate`: creates the database if needed and applies pending migrations. */
prepareDatabase(loadEnvironment().DATABASE_URL).then(
  (applied) => console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date'),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
