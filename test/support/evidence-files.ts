import sharp from 'sharp';

/** A marker that the GPS block and the make carry, to find in stored bytes. */
export const EXIF_MARKER = 'DUTYCHAIN-GPS-39.9042N';

const exif = { IFD0: { Make: 'DutyPhone', ImageDescription: EXIF_MARKER }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 15/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 24/1 26/1' } };

/** A phone photo: a JPEG with EXIF, the position among it. */
export const jpegWithLocation = (width = 1200, height = 900, colour = '#8a4b2d') =>
  sharp({ create: { width, height, channels: 3, background: colour } }).withExif(exif).jpeg({ quality: 90 }).toBuffer();

export const png = (width = 400, height = 300) => sharp({ create: { width, height, channels: 4, background: '#2d6a8a' } }).withExif(exif).png().toBuffer();

/**
 * A HEIF container with an Exif item, as a phone's HEIC is: sharp writes it as AVIF (no HEVC
 * encoder here), and the brand is set to `heic`, which is what content sniffing reads.
 */
export async function heicWithLocation(): Promise<Buffer> {
  const avif = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } }).withExif(exif).avif().toBuffer();
  const heic = Buffer.from(avif);
  heic.write('heic', 8, 'latin1');
  return heic;
}

/** The smallest well-formed PDF with one empty page. */
export function pdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
