import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HOLIDAY_TABLE, holidayExceptions } from '#domain';

/**
 * Working-day deadlines are recomputed when a workflow replays, so the holiday table must not
 * change under running hazards. Its exceptions are kept here as written by the version that made
 * them; a changed table fails this test, naming the days, until it is brought in as a new version.
 */
describe('the holiday table (调休) is pinned', () => {
  const fixture = JSON.parse(readFileSync(`test/fixtures/holidays/${HOLIDAY_TABLE.replace('@', '-')}.json`, 'utf8')) as { table: string; years: [number, number]; exceptions: string[] };

  it('is the exact version package.json names', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const installed = (createRequire(import.meta.url)('chinese-days/package.json') as { version: string }).version;
    expect(`chinese-days@${pkg.dependencies['chinese-days']}`).toBe(HOLIDAY_TABLE);
    expect(`chinese-days@${installed}`).toBe(HOLIDAY_TABLE);
  });

  it('has the same holidays and make-up workdays as when running workflows recorded their deadlines', () => {
    const now = holidayExceptions(fixture.years[0], fixture.years[1]);
    const added = now.filter((d) => !fixture.exceptions.includes(d));
    const removed = fixture.exceptions.filter((d) => !now.includes(d));
    expect({ table: fixture.table, added, removed }).toEqual({ table: HOLIDAY_TABLE, added: [], removed: [] });
    expect(now.length).toBeGreaterThan(400);
  });
});
