import { HttpStatus, Injectable } from '@nestjs/common';
import type { ChainRung } from '#domain';
import { ActingRepository, OrgRepository, type PersonProfile } from '#persistence';
import { ProblemException } from '../common/problem-details.js';
import { OrgCache } from './org-cache.service.js';

export type { PersonProfile };

/**
 * What a person may see, from the org chart as it stands now: the units where they hold a post
 * (or belong) and every unit below them. A superior unit supervises its subtree; peers see nothing
 * of each other.
 */
@Injectable()
export class OrgAccessService {
  constructor(
    private readonly org: OrgRepository,
    private readonly acting: ActingRepository,
    private readonly cache: OrgCache,
  ) {}

  /** Whether the person acts now for this one (职务代理), or null when for none of them; the first they act for. */
  async actingForAny(actorId: string, personIds: readonly string[]): Promise<string | null> {
    const actingFor = await this.acting.actingFor(actorId);
    return personIds.find((id) => id !== actorId && actingFor.includes(id)) ?? null;
  }

  async visibleUnitIds(personId: string): Promise<string[]> {
    return (await this.cache.reach(personId)).units;
  }

  /** The kinds of post the person holds now and the units they may see, asked together (one round trip on a hot path). */
  reach(personId: string): Promise<{ postKinds: string[]; units: string[] }> {
    return this.cache.reach(personId);
  }

  /** Units visible to the person, with names and parents (for pickers and overviews). */
  async visibleUnits(personId: string): Promise<Array<{ id: string; name: string; parentId: string | null }>> {
    return this.org.units(await this.visibleUnitIds(personId));
  }

  /** People with the posts they hold now; all people when `ids` is omitted. */
  profiles(ids?: string[]): Promise<PersonProfile[]> {
    return this.org.profiles(ids);
  }

  /** Whether the person holds, now, the post a chain rung stands for. */
  holdsPost(personId: string, rung: ChainRung, hazardDepartmentId: string | null): Promise<boolean> {
    return this.org.holdsPost(personId, rung, hazardDepartmentId);
  }

  /** A person's name, or null for an id the org file does not know. */
  async personName(personId: string): Promise<string | null> {
    return (await this.org.person(personId))?.name ?? null;
  }

  /** Whether the person holds, now, one of these kinds of post in the unit. */
  holdsKind(personId: string, unitId: string, kinds: readonly string[]): Promise<boolean> {
    return this.org.holdsKind(personId, unitId, kinds);
  }

  /** The units above this one, nearest first. */
  superiorUnitIds(unitId: string): Promise<string[]> {
    return this.org.superiorUnitIds(unitId);
  }

  /** Whether the unit is one the person may see (their units and the units under them). */
  async canSee(personId: string, unitId: string): Promise<boolean> {
    return (await this.visibleUnitIds(personId)).includes(unitId);
  }

  async requireUnit(personId: string, unitId: string, doing: string): Promise<void> {
    requireAmong(await this.visibleUnitIds(personId), unitId, doing);
  }
}

/** 403 unless the unit is one of those the person may see. */
export function requireAmong(visible: readonly string[], unitId: string, doing: string): void {
  if (!visible.includes(unitId)) {
    throw new ProblemException(
      HttpStatus.FORBIDDEN,
      'not-allowed',
      'Not allowed for this person',
      `You may ${doing} only for your own unit and the units under it; unit "${unitId}" is outside them`,
    );
  }
}
