import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { OrgRepository, type OrgChangeFeed } from '#persistence';

type Person = { id: string; name: string; unitId: string };
type Reach = { postKinds: string[]; units: string[] };

/**
 * What the org chart answers on every request (who a token names; what a person may see and which
 * posts they hold), kept between requests and forgotten the moment the chart changes: PostgreSQL
 * notifies every instance of every change (OrgChangeFeed). While that feed is down nothing is kept,
 * and an answer read while a change landed is not kept either (the generation moved on).
 */
@Injectable()
export class OrgCache implements OnModuleInit, OnModuleDestroy {
  private readonly people = new LRUCache<string, Person>({ max: 20_000 });
  private readonly reaches = new LRUCache<string, Reach>({ max: 20_000 });
  private generation = 0;
  private readonly feed: OrgChangeFeed;

  constructor(private readonly org: OrgRepository) {
    const logger = new Logger(OrgCache.name);
    this.feed = org.changeFeed(() => this.forget(), (m) => logger.warn(m));
  }

  async onModuleInit(): Promise<void> {
    await this.feed.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.feed.stop();
  }

  /** A person by id; null for one the chart does not know (never kept, so a person added is known at once). */
  person(personId: string): Promise<Person | null> {
    return this.cached(this.people, personId, async () => {
      const p = await this.org.person(personId);
      return p && Object.freeze(p);
    });
  }

  reach(personId: string): Promise<Reach> {
    return this.cached(this.reaches, personId, async () => {
      const r = await this.org.reach(personId);
      return { postKinds: Object.freeze([...r.postKinds]) as string[], units: Object.freeze([...r.units]) as string[] };
    });
  }

  private forget(): void {
    this.generation++;
    this.people.clear();
    this.reaches.clear();
  }

  private async cached<V extends object>(cache: LRUCache<string, V>, key: string, load: () => Promise<V>): Promise<V>;
  private async cached<V extends object>(cache: LRUCache<string, V>, key: string, load: () => Promise<V | null>): Promise<V | null>;
  private async cached<V extends object>(cache: LRUCache<string, V>, key: string, load: () => Promise<V | null>): Promise<V | null> {
    if (!this.feed.live) return load();
    const hit = cache.get(key);
    if (hit) return hit;
    const generation = this.generation;
    const value = await load();
    if (value && generation === this.generation && this.feed.live) cache.set(key, value);
    return value;
  }
}
