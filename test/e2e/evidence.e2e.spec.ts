import type { INestApplication } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parseOrgFile, S3EvidenceStore, seedOrg, storedUnitIds } from '#persistence';
import { EXIF_MARKER, jpegWithLocation, pdf } from '../support/evidence-files.js';
import { binaryBody } from '../support/xlsx.js';
import { createApp, demoUnitClone, eventually, infra, openDataSource, signInEveryone, startWorker, useTaskQueue, type AuthHeaders, type RunningWorker } from '../support/harness.js';

/** A city of this file's own: a county that strips photo locations (the default) and one that keeps them. */
const CITY = 'city-v';
const ONE = 'city-v-county-1';
const KEEPS = 'city-v-county-2';
const BUCKET = `evidence-e2e-${randomUUID().slice(0, 8)}`;
const MAX_FILE = 400_000;
const MAX_HAZARD = 900_000;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('evidence files on a hazard: uploaded, checked, stored in S3 (a real MinIO), recorded in the audit chain', () => {
  let app: INestApplication;
  let ds: DataSource;
  let worker: RunningWorker;
  let as: AuthHeaders;
  const s3 = new S3EvidenceStore({ ...infra.s3, region: 'us-east-1', bucket: BUCKET });
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ds = await openDataSource();
    const units = [demoUnitClone('city-b', 'city-b', CITY), demoUnitClone('city-b-county-1', 'city-b', CITY), { ...demoUnitClone('city-b-county-2', 'city-b', CITY), keepsPhotoLocation: true }];
    await seedOrg(ds, parseOrgFile(JSON.stringify({ units }), await storedUnitIds(ds)));
    worker = await startWorker(useTaskQueue('e2e-evidence'), ds);
    app = await createApp({
      EVIDENCE_STORE: 's3',
      EVIDENCE_S3_ENDPOINT: infra.s3.endpoint,
      EVIDENCE_S3_BUCKET: BUCKET,
      EVIDENCE_S3_ACCESS_KEY_ID: infra.s3.accessKeyId,
      EVIDENCE_S3_SECRET_ACCESS_KEY: infra.s3.secretAccessKey,
      EVIDENCE_MAX_FILE_BYTES: String(MAX_FILE),
      EVIDENCE_MAX_HAZARD_BYTES: String(MAX_HAZARD),
    });
    as = await signInEveryone(app, ds);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await ds?.destroy();
    s3.destroy();
  });

  /** Reports a general water hazard as the unit's first staff member and waits for its holder. */
  async function reportHazard(unitId: string): Promise<{ id: string; holder: string }> {
    const staff = `${unitId}-staff-1`;
    const { body } = await http()
      .post('/hazards')
      .set(as(staff))
      .send({ unitId, category: 'water', severity: 'general', title: '库房墙角渗水', description: '雨后渗水', location: '二号库房', discoveredBy: staff, discoveredAt: new Date().toISOString(), source: 'report' })
      .expect(201);
    const holder = await eventually(async () => (await http().get(`/hazards/${body.id}`).set(as(staff)).expect(200)).body.responsiblePerson?.id as string | undefined, 'assignment');
    return { id: body.id, holder };
  }
  const upload = (id: string, who: string, files: Array<[Buffer, string]>) => {
    const req = http().post(`/hazards/${id}/attachments`).set(as(who));
    for (const [bytes, name] of files) req.attach('files', bytes, name);
    return req;
  };
  const download = (path: string, who: string) => http().get(path).set(as(who)).buffer(true).parse(binaryBody);

  it('takes a phone photo and a PDF from the reporter; strips the position; serves them, and a thumbnail, to whoever may see the hazard', async () => {
    const { id, holder } = await reportHazard(ONE);
    const photo = await jpegWithLocation();
    const res = await upload(id, `${ONE}-staff-1`, [[photo, '漏水照片.jpg'], [pdf(), 'scan.pdf']]).expect(201);
    const [image, doc] = res.body.items;
    expect(image).toMatchObject({ fileName: '漏水照片.jpg', contentType: 'image/jpeg', locationStripped: true, uploadedBy: { id: `${ONE}-staff-1`, name: expect.any(String) } });
    expect(doc).toMatchObject({ fileName: 'scan.pdf', contentType: 'application/pdf', size: pdf().length, sha256: sha(pdf()), thumbnailUrl: null });

    // The holder (a verifier later, too) sees the photo; its bytes are what the digest says, without the position.
    const got = await download(image.url, holder).expect(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['content-disposition']).toBe(`inline; filename="____.jpg"; filename*=UTF-8''${encodeURIComponent('漏水照片.jpg')}`);
    expect(sha(got.body)).toBe(image.sha256);
    expect(got.body.includes(EXIF_MARKER)).toBe(false);
    expect((await download(`${doc.url}?download=1`, `${ONE}-safety-officer`).expect(200)).headers['content-disposition']).toMatch(/^attachment; filename="scan.pdf"/);
    const thumb = await download(image.thumbnailUrl, `${CITY}-principal`).expect(200);
    expect(await sharp(thumb.body).metadata()).toMatchObject({ format: 'jpeg', width: 320, height: 240 });
    expect((await http().get(`${doc.url}/thumbnail`).set(as(holder))).status).toBe(404);

    // Each file's digest is in the hash-chained log, and the chain holds.
    const timeline = (await http().get(`/hazards/${id}/timeline`).set(as(holder)).expect(200)).body.events;
    const recorded = timeline.filter((e: { type: string }) => e.type === 'evidence_attached').map((e: { payload: { sha256: string } }) => e.payload.sha256);
    expect(recorded).toEqual([image.sha256, doc.sha256]);
    expect((await http().get(`/hazards/${id}/timeline/verify`).set(as(holder)).expect(200)).body.valid).toBe(true);

    // Outside the hazard's units, neither the list nor a file exists.
    for (const path of [`/hazards/${id}/attachments`, image.url, image.thumbnailUrl]) await http().get(path).set(as('city-a-staff-1')).expect(404);
    expect((await http().get(`/hazards/${id}/attachments`).set(as(`${ONE}-safety-officer`)).expect(200)).body.items.map((a: { id: string }) => a.id)).toEqual([image.id, doc.id]);
  });

  it('refuses wrong types, oversize files, the wrong people and broken uploads with a clear 4xx, and leaves no object behind', async () => {
    const { id } = await reportHazard(ONE);
    await upload(id, `${ONE}-staff-1`, [[pdf(), 'first.pdf']]).expect(201);
    const before = (await http().get(`/hazards/${id}/attachments`).set(as(`${ONE}-staff-1`)).expect(200)).body.items;
    const photo = await jpegWithLocation(300, 200);

    const problem = async (res: request.Test, status: number) => (await res.expect(status)).body as { errors: Array<{ field: string; reason: string }> };
    expect((await problem(upload(id, 'city-a-staff-1', [[photo, 'x.jpg']]), 404)).errors).toBeUndefined();
    expect((await upload(id, `${ONE}-staff-2`, [[photo, 'x.jpg']]).expect(403)).body.detail).toMatch(/reporter and the people the hazard involves/);
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).gif().toBuffer();
    expect((await problem(upload(id, `${ONE}-staff-1`, [[photo, 'ok.jpg'], [gif, 'photo.jpg']]), 422)).errors).toEqual([
      { field: 'files[1]', reason: '"photo.jpg" is image/gif by its content; only JPEG, PNG, HEIC photos and PDF are accepted; nothing was stored', code: 'fileType', params: { name: 'photo.jpg' } },
    ]);
    expect((await problem(upload(id, `${ONE}-staff-1`, [[Buffer.alloc(MAX_FILE + 1, 1), 'huge.jpg']]), 413)).errors).toEqual([
      { field: 'files', reason: 'a file is larger than the limit of 0.4 MiB; nothing was stored', code: 'fileTooLarge', params: { limit: MAX_FILE } },
    ]);
    const padded = Buffer.concat([pdf(), Buffer.alloc(350_000, 0x20)]);
    expect((await problem(upload(id, `${ONE}-staff-1`, [[padded, 'a.pdf'], [padded, 'b.pdf'], [padded, 'c.pdf']]), 413)).errors[0]!.reason).toMatch(/would add up to 1 MiB; the limit is 0.9 MiB per hazard/);
    expect((await problem(http().post(`/hazards/${id}/attachments`).set(as(`${ONE}-staff-1`)).send({ files: ['x'] }), 415)).errors).toEqual([{ field: 'files', reason: 'must be sent as multipart/form-data', code: 'multipart' }]);
    expect((await problem(http().post(`/hazards/${id}/attachments`).set(as(`${ONE}-staff-1`)).field('note', 'no file'), 422)).errors).toEqual([{ field: 'files', reason: 'the form takes nothing but files (here: a text field)', code: 'onlyFiles' }]);
    expect((await problem(http().post(`/hazards/${id}/attachments`).set(as(`${ONE}-staff-1`)).attach('photo', photo, 'x.jpg'), 422)).errors).toEqual([{ field: 'photo', reason: 'only the field "files" takes files', code: 'unexpectedFile' }]);

    // An upload whose body ends in the middle of the file.
    const broken = await sendTruncatedUpload(app, `/hazards/${id}/attachments`, as(`${ONE}-staff-1`).Authorization, photo);
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).errors).toEqual([{ field: 'files', reason: 'the upload broke off before it was complete; nothing was stored', code: 'uploadBroken' }]);

    // Nothing was recorded, and the store holds exactly the recorded file.
    const after = (await http().get(`/hazards/${id}/attachments`).set(as(`${ONE}-staff-1`)).expect(200)).body.items;
    expect(after).toEqual(before);
    expect(await s3.list(`hazards/${id}/`)).toEqual([`hazards/${id}/${before[0].id}`]);
  });

  it('takes the photos with the report itself (one multipart request); a refused photo refuses the report, and nothing is stored', async () => {
    const staff = `${ONE}-staff-1`;
    const report = { unitId: ONE, category: 'water', severity: 'general', title: '阅览室天花板渗水', description: '雨后滴水', location: '三楼阅览室', discoveredBy: staff, discoveredAt: new Date().toISOString(), source: 'report' };
    const photo = await jpegWithLocation();
    const hazardsNamed = async (title: string) => (await ds.query(`SELECT id FROM hazards WHERE title = $1`, [title])).length;

    // A GIF among the photos: 422 naming it, and no hazard.
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).gif().toBuffer();
    const refused = await http().post('/hazards').set(as(staff)).field('report', JSON.stringify(report)).attach('files', photo, 'a.jpg').attach('files', gif, 'b.jpg').expect(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'files[1]', code: 'fileType' })]);
    // A report that is not JSON, or that breaks a rule: 422 naming the field, as a JSON request's would.
    expect((await http().post('/hazards').set(as(staff)).field('report', '{title').attach('files', photo, 'a.jpg').expect(422)).body.errors).toEqual([{ field: 'report', reason: 'must be the report as JSON', code: 'json' }]);
    expect((await http().post('/hazards').set(as(staff)).field('report', JSON.stringify({ ...report, severity: 'grave' })).attach('files', photo, 'a.jpg').expect(422)).body.errors)
      .toEqual([expect.objectContaining({ field: 'severity' })]);
    expect((await http().post('/hazards').set(as(staff)).attach('files', photo, 'a.jpg').expect(422)).body.errors).toEqual([expect.objectContaining({ field: 'report', code: 'isDefined' })]);
    // Outside the reporter's units: 403 before any file is looked at.
    await http().post('/hazards').set(as('city-a-staff-1')).field('report', JSON.stringify(report)).attach('files', photo, 'a.jpg').expect(403);
    expect(await hazardsNamed(report.title)).toBe(0);

    // The report with a photo and a scan: one hazard, both files recorded in its chain, the photo without its position.
    const created = await http().post('/hazards').set(as(staff)).set('Idempotency-Key', `multipart-${BUCKET}`).field('report', JSON.stringify(report))
      .attach('files', photo, '渗水.jpg').attach('files', pdf(), 'scan.pdf').expect(201);
    expect(created.headers.location).toBe(`/hazards/${created.body.id}`);
    expect(created.body.attachments).toEqual([
      expect.objectContaining({ fileName: '渗水.jpg', contentType: 'image/jpeg', locationStripped: true }),
      expect.objectContaining({ fileName: 'scan.pdf', sha256: sha(pdf()) }),
    ]);
    const id = created.body.id as string;
    const stored = await download(created.body.attachments[0].url, staff).expect(200);
    expect(stored.body.includes(EXIF_MARKER)).toBe(false);
    const holder = await eventually(async () => (await http().get(`/hazards/${id}`).set(as(staff)).expect(200)).body.responsiblePerson?.id as string | undefined, 'assignment');
    const timeline = (await http().get(`/hazards/${id}/timeline`).set(as(holder)).expect(200)).body.events;
    expect(timeline.filter((e: { type: string }) => e.type === 'evidence_attached').map((e: { payload: { sha256: string } }) => e.payload.sha256)).toEqual(created.body.attachments.map((a: { sha256: string }) => a.sha256));
    expect((await http().get(`/hazards/${id}/timeline/verify`).set(as(holder)).expect(200)).body.valid).toBe(true);

    // The same request again (same Idempotency-Key): the same hazard, its files not stored twice.
    const repeat = await http().post('/hazards').set(as(staff)).set('Idempotency-Key', `multipart-${BUCKET}`).field('report', JSON.stringify(report))
      .attach('files', photo, '渗水.jpg').attach('files', pdf(), 'scan.pdf').expect(200);
    expect(repeat.body.id).toBe(id);
    expect(repeat.body.attachments.map((a: { id: string }) => a.id)).toEqual(created.body.attachments.map((a: { id: string }) => a.id));
    expect(await hazardsNamed(report.title)).toBe(1);
    expect((await s3.list(`hazards/${id}/`)).length).toBe(3);
  });

  it('keeps the position where the unit keeps it; the verifier sees the rectification photo; a closed hazard takes no more files', async () => {
    const keep = await reportHazard(KEEPS);
    const photo = await jpegWithLocation(400, 300);
    const [kept] = (await upload(keep.id, keep.holder, [[photo, 'site.jpg']]).expect(201)).body.items;
    expect(kept).toMatchObject({ sha256: sha(photo), size: photo.length, locationStripped: false });
    expect((await download(kept.url, `${KEEPS}-staff-1`).expect(200)).body.includes(EXIF_MARKER)).toBe(true);

    const { id, holder } = await reportHazard(ONE);
    const [after] = (await upload(id, holder, [[await jpegWithLocation(640, 480, '#2e7d32'), '整改后.jpg']]).expect(201)).body.items;
    await http().post(`/hazards/${id}/submit-rectification`).set(as(holder)).send({ summary: '已封堵渗水点', evidence: [after.url] }).expect(200);
    const seen = (await http().get(`/hazards/${id}/attachments`).set(as(`${ONE}-safety-officer`)).expect(200)).body.items;
    expect(seen.map((a: { fileName: string }) => a.fileName)).toEqual(['整改后.jpg']);
    await download(seen[0].thumbnailUrl, `${ONE}-safety-officer`).expect(200);
    await http().post(`/hazards/${id}/verify`).set(as(`${ONE}-safety-officer`)).send({ passed: true, comment: '现场核实' }).expect(200);
    const closed = await upload(id, holder, [[pdf(), 'late.pdf']]).expect(409);
    expect(closed.body.detail).toMatch(/closed; its evidence is final/);
    expect(await s3.list(`hazards/${id}/`)).toEqual([`hazards/${id}/${after.id}`, `hazards/${id}/${after.id}.thumb.jpg`].sort());
  });
});

/** Sends a multipart upload whose body stops part-way through the file, and reads the answer. */
async function sendTruncatedUpload(app: INestApplication, path: string, authorization: string, file: Buffer): Promise<{ status: number; body: string }> {
  const server = app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const boundary = 'dutychain-broken';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="cut.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
  const body = Buffer.concat([head, file.subarray(0, Math.floor(file.length / 2))]);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { Authorization: authorization, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': body.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
