import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client, CreateBucketCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EvidenceStore } from './evidence-store.js';

export interface S3Settings {
  /** An S3-compatible endpoint (MinIO, a cloud's object storage); null: AWS itself. */
  endpoint: string | null;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** For a real deployment: S3-compatible object storage. */
export class S3EvidenceStore implements EvidenceStore {
  private readonly s3: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.s3 = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  }

  /** Creates the bucket when it is missing (a fresh MinIO); a deployment's existing bucket is left as it is. */
  async ensureBucket(): Promise<void> {
    const exists = await this.s3.send(new HeadBucketCommand({ Bucket: this.settings.bucket })).then(() => true, () => false);
    if (!exists) await this.s3.send(new CreateBucketCommand({ Bucket: this.settings.bucket }));
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    // The server checks the bytes it received against the digest: a truncated upload is refused, not stored.
    const checksum = createHash('sha256').update(body).digest('base64');
    await this.s3.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: body, ContentType: contentType, ContentLength: body.length, ChecksumSHA256: checksum }));
  }

  async get(key: string): Promise<{ body: Readable; size: number } | null> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      return { body: out.Body as Readable, size: out.ContentLength ?? 0 };
    } catch (err) {
      if (err instanceof NoSuchKey) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: prefix, ContinuationToken: token }));
      keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  destroy(): void {
    this.s3.destroy();
  }
}
