import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { cleanFileName, prepareEvidence } from '../../apps/api/src/hazards/evidence/evidence-file.js';
import { blankHeifExif } from '../../apps/api/src/hazards/evidence/heif-exif.js';
import { EXIF_MARKER, heicWithLocation, jpegWithLocation, pdf, png } from '../support/evidence-files.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('evidence files: told by content, location stripped, thumbnails', () => {
  it('re-encodes a JPEG without its EXIF (the position among it), keeps it upright, and makes a thumbnail of at most 320 px', async () => {
    const photo = await jpegWithLocation();
    expect(photo.includes(EXIF_MARKER)).toBe(true);
    const out = await prepareEvidence('leak.jpg', photo, false);
    expect(out).toMatchObject({ contentType: 'image/jpeg', fileName: 'leak.jpg', locationStripped: true });
    expect(out.bytes.includes(EXIF_MARKER)).toBe(false);
    expect((await sharp(out.bytes).metadata()).exif).toBeUndefined();
    expect(out.sha256).toBe(sha(out.bytes));
    const thumb = await sharp(out.thumbnail!).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['jpeg', 320, 240]);
  });

  it('keeps the bytes as sent when the unit keeps the location', async () => {
    const photo = await jpegWithLocation(200, 100);
    const out = await prepareEvidence('leak.jpg', photo, true);
    expect(out.bytes.equals(photo)).toBe(true);
    expect(out.locationStripped).toBe(false);
    expect(out.thumbnail).not.toBeNull();
  });

  it('strips a PNG too, and blanks the Exif item of a HEIC in place, leaving the rest of the file as it was', async () => {
    const p = await prepareEvidence('plan.png', await png(), false);
    expect([p.contentType, p.bytes.includes(EXIF_MARKER)]).toEqual(['image/png', false]);

    const heic = await heicWithLocation();
    expect(heic.includes(EXIF_MARKER)).toBe(true);
    const h = await prepareEvidence('IMG_0001.HEIC', heic, false);
    expect(h).toMatchObject({ contentType: 'image/heic', locationStripped: true, thumbnail: null });
    expect(h.bytes.includes(EXIF_MARKER)).toBe(false);
    expect(h.bytes.length).toBe(heic.length);
    const changed = [...heic].filter((b, i) => b !== h.bytes[i]).length;
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(200);
    // Nothing to blank the second time.
    expect(blankHeifExif(h.bytes).output.equals(h.bytes)).toBe(true);
  });

  it('tells the type by content, not by name, and refuses what is no photo or PDF, or is broken', async () => {
    const doc = await prepareEvidence('scan.jpg', pdf(), false);
    expect([doc.contentType, doc.bytes.equals(pdf())]).toEqual(['application/pdf', true]);
    const disguised = await prepareEvidence('report.pdf', await jpegWithLocation(50, 50), false);
    expect(disguised.contentType).toBe('image/jpeg');
    await expect(prepareEvidence('photo.jpg', Buffer.from('just some text, not a photo\n'.repeat(20)), false)).rejects.toThrow(/unknown type.*only JPEG, PNG, HEIC photos and PDF/);
    await expect(prepareEvidence('anim.gif', await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer(), false)).rejects.toThrow(/is image\/gif by its content/);
    const jpeg = await jpegWithLocation(300, 300);
    await expect(prepareEvidence('cut.jpg', jpeg.subarray(0, 400), false)).rejects.toThrow(/could not be read as image\/jpeg/);
  });

  it('keeps a file name without folders or control characters, and reads UTF-8 names sent as latin1', () => {
    expect(cleanFileName('../../etc/passwd', 'application/pdf')).toBe('passwd');
    expect(cleanFileName('C:\\photos\\a"b\u0007.jpg', 'image/jpeg')).toBe('ab.jpg');
    expect(cleanFileName(Buffer.from('漏水照片.jpg', 'utf8').toString('latin1'), 'image/jpeg')).toBe('漏水照片.jpg');
    expect(cleanFileName('', 'image/png')).toBe('evidence.png');
  });
});
