import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { LocalEvidenceStore, S3EvidenceStore, type EvidenceStore } from '#persistence';
import { infra } from '../support/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'dutychain-evidence-'));
const s3 = new S3EvidenceStore({ ...infra.s3, region: 'us-east-1', bucket: `contract-${randomUUID().slice(0, 8)}` });

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  s3.destroy();
});

describe.each<[string, () => EvidenceStore, () => Promise<void>]>([
  ['the local folder', () => new LocalEvidenceStore(dir), async () => undefined],
  ['S3 (a real MinIO)', () => s3, () => s3.ensureBucket()],
])('the evidence store: %s', (_name, store, ready) => {
  beforeAll(() => ready());

  it('stores, streams back, lists by prefix and deletes; a missing key reads as null and deletes without error', async () => {
    const prefix = `hazards/${randomUUID()}/`;
    const key = `${prefix}${randomUUID()}`;
    await store().put(key, Buffer.from('证据 evidence bytes'), 'application/pdf');
    await store().put(`${key}.thumb.jpg`, Buffer.from('thumb'), 'image/jpeg');
    const got = await store().get(key);
    expect(got?.size).toBe(Buffer.byteLength('证据 evidence bytes'));
    expect(await text(got!.body)).toBe('证据 evidence bytes');
    expect((await store().list(prefix)).sort()).toEqual([key, `${key}.thumb.jpg`]);
    await store().delete(key);
    await store().delete(key);
    expect(await store().get(key)).toBeNull();
    expect(await store().list(prefix)).toEqual([`${key}.thumb.jpg`]);
    expect(await store().list(`hazards/${randomUUID()}/`)).toEqual([]);
  });
});

describe('the local evidence store', () => {
  it('never writes outside its folder and leaves no partial file behind', async () => {
    const local = new LocalEvidenceStore(dir);
    await expect(local.put('../escape', Buffer.from('x'), 'text/plain')).rejects.toThrow(/leaves the store/);
    const key = `hazards/${randomUUID()}/file`;
    await local.put(key, Buffer.from('a'), 'image/png');
    await local.put(key, Buffer.from('b'), 'image/png');
    expect(readdirSync(join(dir, key, '..'))).toEqual(['file']);
  });
});

describe('the S3 evidence store', () => {
  it('is refused by the server with wrong credentials (nothing is stored anonymously)', async () => {
    const wrong = new S3EvidenceStore({ ...infra.s3, secretAccessKey: 'not-the-secret', region: 'us-east-1', bucket: 'never-made' });
    await expect(wrong.put('hazards/x/y', Buffer.from('x'), 'image/png')).rejects.toThrow(/signature|access|credentials|denied/i);
    wrong.destroy();
  });
});
