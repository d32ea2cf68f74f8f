import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** The channel the org tables' triggers notify on (migration OrgChangeNotify). */
export const ORG_CHANGED = 'org_changed';

/**
 * Tells when the org chart (people, posts, units) changed, from PostgreSQL's LISTEN/NOTIFY: every
 * process that caches what the chart answers hears every change, whoever made it (an org import,
 * another API instance, a test seeding units). `live` is false while the listening connection is
 * down, when nothing may be trusted to a cache; it reconnects by itself.
 */
export class OrgChangeFeed {
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  live = false;

  constructor(
    private readonly ds: DataSource,
    private readonly onChange: () => void,
    private readonly onTrouble: (message: string) => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    if (this.stopped) return;
    const options = this.ds.options as { url?: string };
    const client = new Client({ connectionString: options.url, connectionTimeoutMillis: 5000 });
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.live = false;
      // Whatever changed while nobody listened is unknown: the caches forget everything.
      this.onChange();
      void close(client);
      if (!this.stopped) {
        this.onTrouble(`org change feed lost (${err?.message ?? 'connection ended'}); caches bypassed until it is back`);
        this.retry = setTimeout(() => void this.start(), 2000);
        this.retry.unref();
      }
    };
    try {
      await client.connect();
      client.on('notification', (n) => n.channel === ORG_CHANGED && this.onChange());
      client.on('error', lost);
      client.on('end', () => lost());
      await client.query(`LISTEN ${ORG_CHANGED}`);
      // Stopped while connecting: this connection is nobody's to close later.
      if (this.stopped) {
        await close(client);
        return;
      }
      this.client = client;
      // Changes made before LISTEN took effect were not heard: start from nothing.
      this.onChange();
      this.live = true;
    } catch (err) {
      await close(client);
      if (!this.stopped) {
        this.onTrouble(`org change feed not listening (${(err as Error).message}); retrying`);
        this.retry = setTimeout(() => void this.start(), 2000);
        this.retry.unref();
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.live = false;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    if (client) await close(client);
  }
}

/** Ends a connection nobody will use again; an error it raises while closing has no one to tell. */
async function close(client: Client): Promise<void> {
  client.removeAllListeners();
  client.on('error', () => undefined);
  await client.end().catch(() => undefined);
}
