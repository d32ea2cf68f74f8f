import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadEnvironment } from '#config';
import { createDataSource, OrgFileError, parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { prepareDatabase } from './lib/infra.js';

/** `npm run seed -- org.yaml`: loads or updates an org chart from a YAML or JSON file. */
async function main(): Promise<void> {
  const [file] = parseArgs({ allowPositionals: true, options: {} }).positionals;
  if (!file) throw new Error('usage: npm run seed -- <org.yaml|org.json>');
  const { DATABASE_URL } = loadEnvironment();
  await prepareDatabase(DATABASE_URL);
  const ds = createDataSource({ url: DATABASE_URL, poolSize: 1 });
  await ds.initialize();
  try {
    const org = parseOrgFile(readFileSync(file, 'utf8'), await storedUnitIds(ds));
    const s = await seedOrg(ds, org);
    console.log(`Seeded ${file}: ${s.units} units, ${s.departments} departments, ${s.people} people, ${s.positions} positions, ${s.responsibilityAreas} responsibility areas`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof OrgFileError || err instanceof Error ? err.message : err);
  process.exit(1);
});
