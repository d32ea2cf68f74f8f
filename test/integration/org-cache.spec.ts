import type { DataSource } from 'typeorm';
import { OrgCache } from '../../apps/api/src/org/org-cache.service.js';
import { OrgRepository, parseOrgFile, seedOrg, storedUnitIds } from '#persistence';
import { demoUnitClone, eventually, openDataSource, openOwnerDataSource } from '../support/harness.js';

/** A unit of this file's own, seeded under city-a while the cache holds city-a's principal's reach. */
const UNIT = 'city-a-county-9';
const PRINCIPAL = 'city-a-principal';

describe('the org chart cache (real PostgreSQL, LISTEN/NOTIFY)', () => {
  let ds: DataSource;
  let owner: DataSource;
  let cache: OrgCache;
  let queries = 0;

  beforeAll(async () => {
    ds = await openDataSource();
    owner = await openOwnerDataSource();
    // Every database call the cache makes is counted: a hit makes none.
    const original = ds.query.bind(ds);
    (ds as unknown as { query: typeof ds.query }).query = ((...args: Parameters<typeof ds.query>) => {
      queries++;
      return original(...args);
    }) as typeof ds.query;
    cache = new OrgCache(new OrgRepository(ds));
    await cache.onModuleInit();
  });

  afterAll(async () => {
    await cache?.onModuleDestroy();
    await ds?.destroy();
    await owner?.destroy();
  });

  /** Whether the next call is answered without the database (the one before it may have filled the cache). */
  const servedFromCache = async (call: () => Promise<unknown>) => {
    await call();
    const before = queries;
    await call();
    return queries === before;
  };

  it('answers a person and their reach from memory, and a token naming nobody from the database every time', async () => {
    // Other files seed units meanwhile; each of their changes empties the cache, so a hit is waited for, not assumed.
    await eventually(() => servedFromCache(() => cache.person(PRINCIPAL)), 'the person served from the cache');
    await eventually(() => servedFromCache(() => cache.reach(PRINCIPAL)), 'the reach served from the cache');
    expect(await cache.person(PRINCIPAL)).toMatchObject({ id: PRINCIPAL, unitId: 'city-a' });
    expect(await servedFromCache(() => cache.person('nobody-we-know'))).toBe(false);
    expect(await cache.person('nobody-we-know')).toBeNull();
  });

  it('forgets what it holds when the chart changes: a unit added below shows in the reach at once', async () => {
    const before = await cache.reach(PRINCIPAL);
    expect(before.units).not.toContain(UNIT);
    await seedOrg(owner, parseOrgFile(JSON.stringify({ units: [demoUnitClone('city-a-county-1', 'city-a-county-1', UNIT)] }), await storedUnitIds(owner)));
    // The notice comes when the seed commits; no expiry is waited out.
    await eventually(async () => (await cache.reach(PRINCIPAL)).units.includes(UNIT), 'the new unit in the cached reach', 5_000);
    expect((await cache.reach(`${UNIT}-principal`)).postKinds).toContain('principal');
  });

  it('keeps nothing while it cannot hear the changes, and listens again by itself', async () => {
    await cache.reach(PRINCIPAL);
    // The listening session dies (a database restart, a network cut): from then on every answer is read afresh.
    // Its own session only: other files' API instances listen too.
    const pid = (cache as unknown as { feed: { client: { processID: number } } }).feed.client.processID;
    const [killed] = await owner.query(`SELECT pg_terminate_backend($1) AS ok FROM pg_stat_activity WHERE pid = $1 AND query = 'LISTEN org_changed'`, [pid]);
    expect(killed?.ok).toBe(true);
    await eventually(async () => !(await servedFromCache(() => cache.reach(PRINCIPAL))), 'the cache bypassed while the feed is down', 5_000);
    // It reconnects (after 2 s) and caches again.
    await eventually(() => servedFromCache(() => cache.reach(PRINCIPAL)), 'the cache back once the feed is', 15_000);
  });
});
