import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { EvidenceStore } from './evidence-store.js';

/** The default driver: files under a folder on the local disk (`.data/evidence` for `npm start`). */
export class LocalEvidenceStore implements EvidenceStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** Keys are made by the API (hazards/<uuid>/<uuid>); still, none may leave the root. */
  private path(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`evidence key ${key} leaves the store`);
    return path;
  }

  async put(key: string, body: Buffer, _contentType?: string): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    // Written beside, then renamed: a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.partial`;
    try {
      await writeFile(partial, body, { flag: 'wx' });
      await rename(partial, path);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<{ body: ReturnType<typeof createReadStream>; size: number } | null> {
    const path = this.path(key);
    const info = await stat(path).catch(() => null);
    return info?.isFile() ? { body: createReadStream(path), size: info.size } : null;
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async list(prefix: string): Promise<string[]> {
    const start = join(this.root, prefix);
    const entries = await readdir(start, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile()).map((e) => relative(this.root, join(e.parentPath, e.name)).split(sep).join('/'));
  }
}
