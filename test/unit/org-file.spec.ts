import { readFileSync } from 'node:fs';
import { OrgFileError, parseOrgFile } from '#persistence';

describe('parseOrgFile', () => {
  it('accepts the demo org: a province, two cities, two counties each', () => {
    const org = parseOrgFile(readFileSync('org/demo-org.yaml', 'utf8'));
    expect(org.units).toHaveLength(7);
    expect(org.units.filter((u) => !u.parent).map((u) => u.id)).toEqual(['prov']);
    expect(org.units.filter((u) => u.parent === 'prov').map((u) => u.id)).toEqual(['city-a', 'city-b']);
  });

  it('names every problem: unknown parent, category, department and a second principal', () => {
    const text = JSON.stringify({
      units: [
        {
          id: 'u1',
          name: 'U1',
          parent: 'nowhere',
          departments: [{ id: 'u1-sec', name: 'Sec' }],
          responsibilityAreas: { fire: 'u1-sec', lava: 'u1-sec', theft: 'u2-x' },
          people: [
            { id: 'p1', name: 'P1', positions: [{ kind: 'principal' }] },
            { id: 'p2', name: 'P2', positions: [{ kind: 'principal' }, { kind: 'department_head', department: 'zz' }] },
          ],
        },
      ],
    });
    let error: OrgFileError | undefined;
    try {
      parseOrgFile(text);
    } catch (e) {
      error = e as OrgFileError;
    }
    expect(error).toBeInstanceOf(OrgFileError);
    expect(error!.problems).toEqual(
      expect.arrayContaining([
        'units.u1.parent: unknown unit "nowhere"',
        'units.u1.responsibilityAreas: unknown category "lava"',
        'units.u1.responsibilityAreas.theft: "u2-x" is not a department of this unit',
        'units.u1.people.p2: a department head needs a department of this unit',
        'units.u1: a unit has one principal',
      ]),
    );
  });

  it('accepts a unit added under a unit already stored', () => {
    const text = JSON.stringify({ units: [{ id: 'u9', name: 'U9', parent: 'prov', departments: [], responsibilityAreas: {}, people: [] }] });
    expect(() => parseOrgFile(text)).toThrow(/unknown unit "prov"/);
    expect(parseOrgFile(text, new Set(['prov'])).units[0]!.parent).toBe('prov');
  });

  it('rejects structurally wrong files with the path of each field', () => {
    expect(() => parseOrgFile('units:\n  - id: "Bad Id"\n    name: ""\n')).toThrow(/units\.0\.id.*\n.*units\.0\.name/s);
  });

  it('names a malformed address, an unknown language or channel, and a robot whose secret is not named', () => {
    const file = JSON.stringify({
      units: [{
        id: 'u1', name: 'U1', departments: [], responsibilityAreas: {},
        people: [{ id: 'p1', name: 'P', email: 'not-an-address', language: 'fr', wecomUserId: 'has spaces', positions: [] }],
        robots: [{ channel: 'slack', webhookEnv: 'X' }, { channel: 'dingtalk', webhookEnv: 'https://oapi.dingtalk.com/robot/send?access_token=abc' }],
      }],
    });
    const problems = (() => {
      try {
        parseOrgFile(file);
        return [];
      } catch (err) {
        return (err as { problems: string[] }).problems;
      }
    })();
    expect(problems.join('\n')).toMatch(/people\.0\.email: email must be an email address/);
    expect(problems.join('\n')).toMatch(/people\.0\.language: language must be one of: zh, en/);
    expect(problems.join('\n')).toMatch(/people\.0\.wecomUserId: wecomUserId must be a WeCom user id/);
    expect(problems.join('\n')).toMatch(/robots\.0\.channel: channel must be wecom or dingtalk/);
    // A webhook written into the file (its key is a secret) is refused: the file names a variable.
    expect(problems.join('\n')).toMatch(/robots\.1\.webhookEnv: webhookEnv must name an environment variable/);
  });

  it('wants a DingTalk robot’s signing secret named, and one robot per channel', () => {
    const unit = { id: 'u1', name: 'U1', departments: [], responsibilityAreas: {}, people: [], robots: [{ channel: 'dingtalk', webhookEnv: 'DT_HOOK' }, { channel: 'dingtalk', webhookEnv: 'DT_HOOK_2', secretEnv: 'DT_SECRET' }] };
    expect(() => parseOrgFile(JSON.stringify({ units: [unit] }))).toThrow(/units\.u1\.robots: one robot per channel[\s\S]*units\.u1\.robots\.dingtalk\.secretEnv/);
  });
});
