import type { ReferralBody } from '../discipline/discipline.js';

/** Who decides a review's proposals; `referral` is set when the review was referred out of the hierarchy. */
export interface ReviewAuthority {
  unitId: string;
  personId: string;
  referral?: { body: ReferralBody };
}

/** No one on the chain can review it: neither a principal nor anyone to carry a referral. */
export class ReviewAuthorityMissing extends Error {}

export interface AuthorityInput {
  /** The reviewed unit, then each superior up to the top, with who holds its principal post now. */
  principals: ReadonlyArray<{ unitId: string; principalId: string | null }>;
  /** Everyone with a proposal in the review. */
  concerned: ReadonlySet<string>;
  /** The top unit's discipline officers (纪检组长), then its safety officers, by id. */
  carriers: readonly string[];
  body: ReferralBody;
}

/**
 * The reviewing authorities, in the order a lapsed decision passes along them. The superior units'
 * principals review, nearest first; the unit's own principal where no superior's is free; nobody
 * ever reviews their own conduct. When every principal up the tree is concerned, the review is
 * referred out to the body that oversees the top unit, carried by a person of the top unit who is
 * not concerned either.
 */
export function reviewAuthorities(input: AuthorityInput): ReviewAuthority[] {
  const held = input.principals.flatMap((p) => (p.principalId ? [{ unitId: p.unitId, personId: p.principalId }] : []));
  const free = (a: { personId: string }) => !input.concerned.has(a.personId);
  const superiors = held.filter((a) => a.unitId !== input.principals[0]?.unitId).filter(free);
  if (superiors.length) return superiors;
  const own = held.filter(free).slice(0, 1);
  if (own.length) return own;
  const top = input.principals[input.principals.length - 1];
  const carrier = input.carriers.find((c) => !input.concerned.has(c));
  if (!top || !carrier) {
    throw new ReviewAuthorityMissing(
      held.length === 0
        ? `no unit from ${input.principals[0]?.unitId ?? 'the reviewed unit'} up to the top has a principal, and no one at the top is free to carry a referral`
        : `every principal up the tree is concerned, and ${top?.unitId ?? 'the top unit'} has no discipline or safety officer free to carry the referral`,
    );
  }
  return [{ unitId: top.unitId, personId: carrier, referral: { body: input.body } }];
}
