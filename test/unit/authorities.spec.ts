import { reviewAuthorities, ReviewAuthorityMissing } from '#domain';

const principals = [
  { unitId: 'county', principalId: 'county-p' },
  { unitId: 'city', principalId: 'city-p' },
  { unitId: 'prov', principalId: 'prov-p' },
];
const body = 'discipline_inspection' as const;

describe('who reviews whom', () => {
  it('gives the review to the superior principals not concerned, nearest first', () => {
    expect(reviewAuthorities({ principals, concerned: new Set(['county-p']), carriers: ['prov-d'], body }).map((a) => a.personId)).toEqual(['city-p', 'prov-p']);
    expect(reviewAuthorities({ principals, concerned: new Set(['county-p', 'city-p']), carriers: ['prov-d'], body }).map((a) => a.personId)).toEqual(['prov-p']);
  });

  it('falls back to the unit’s own principal when every superior is concerned and it is not', () => {
    expect(reviewAuthorities({ principals, concerned: new Set(['city-p', 'prov-p']), carriers: ['prov-d'], body })).toEqual([{ unitId: 'county', personId: 'county-p' }]);
  });

  it('refers the review out when every principal is concerned, carried by someone at the top who is not', () => {
    const everyone = new Set(['county-p', 'city-p', 'prov-p', 'prov-d']);
    expect(reviewAuthorities({ principals, concerned: everyone, carriers: ['prov-d', 'prov-officer'], body: 'party_committee_and_government' })).toEqual([
      { unitId: 'prov', personId: 'prov-officer', referral: { body: 'party_committee_and_government' } },
    ]);
  });

  it('skips a vacant principal post: a superior above it reviews', () => {
    const vacant = [{ unitId: 'county', principalId: 'county-p' }, { unitId: 'city', principalId: null }, { unitId: 'prov', principalId: 'prov-p' }];
    expect(reviewAuthorities({ principals: vacant, concerned: new Set(['county-p']), carriers: [], body })).toEqual([{ unitId: 'prov', personId: 'prov-p' }]);
  });

  it('fails with a clear error when nobody up the chain holds a principal post and nobody can carry a referral', () => {
    const none = principals.map((p) => ({ ...p, principalId: null }));
    expect(() => reviewAuthorities({ principals: none, concerned: new Set(['head']), carriers: [], body })).toThrow(ReviewAuthorityMissing);
    expect(() => reviewAuthorities({ principals: none, concerned: new Set(['head']), carriers: [], body })).toThrow(/no unit from county up to the top has a principal/);
    expect(() => reviewAuthorities({ principals, concerned: new Set(['county-p', 'city-p', 'prov-p']), carriers: [], body })).toThrow(/no discipline or safety officer free/);
  });
});
