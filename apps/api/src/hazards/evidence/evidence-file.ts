import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { blankHeifExif } from './heif-exif.js';

/** What evidence may be: photos (JPEG, PNG, HEIC from phones) and PDF scans, told by their bytes. */
export const EVIDENCE_TYPES: Record<string, 'photo' | 'heif' | 'document'> = {
  'image/jpeg': 'photo',
  'image/png': 'photo',
  'image/heic': 'heif',
  'image/heif': 'heif',
  'application/pdf': 'document',
};

export interface PreparedEvidence {
  fileName: string;
  contentType: string;
  /** The bytes to store: a photo's metadata stripped unless the unit keeps it. */
  bytes: Buffer;
  sha256: string;
  thumbnail: Buffer | null;
  locationStripped: boolean;
}

export class EvidenceRejected extends Error {}

/** A size limit as a person reads it: 0.4 MiB, 10 MiB. */
export const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

/** A name safe to store and to send back in Content-Disposition: no folders, no control characters. */
export function cleanFileName(raw: string, contentType: string): string {
  // Browsers send the name in UTF-8; busboy reads header parameters as latin1 by default.
  const decoded = /[\u0080-\u00ff]/.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
  const name = basename(decoded.replaceAll('\\', '/'))
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return name || `evidence.${contentType.split('/')[1]}`;
}

/**
 * Checks a file by its content and makes what is stored: JPEG and PNG are re-encoded without their
 * metadata (EXIF, with the position) and oriented upright, and get a thumbnail; a HEIC photo has its
 * Exif item blanked (no thumbnail: no HEVC decoder here); a PDF is kept as it is.
 */
export async function prepareEvidence(originalName: string, input: Buffer, keepLocation: boolean): Promise<PreparedEvidence> {
  const detected = await fileTypeFromBuffer(input);
  const kind = detected ? EVIDENCE_TYPES[detected.mime] : undefined;
  if (!detected || !kind) throw new EvidenceRejected(`is ${detected ? detected.mime : 'of an unknown type'} by its content; only JPEG, PNG, HEIC photos and PDF are accepted`);
  const contentType = detected.mime;
  let bytes = input;
  let thumbnail: Buffer | null = null;
  let locationStripped = false;
  try {
    if (kind === 'photo') {
      const image = sharp(input, { failOn: 'error' });
      if (!keepLocation) {
        bytes = await image.clone().rotate()[contentType === 'image/png' ? 'png' : 'jpeg']().toBuffer();
        locationStripped = true;
      }
      thumbnail = await image.clone().rotate().resize(320, 320, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 70 }).toBuffer();
    } else if (kind === 'heif' && !keepLocation) {
      bytes = blankHeifExif(input).output;
      locationStripped = true;
    }
  } catch (err) {
    throw new EvidenceRejected(`could not be read as ${contentType} (${(err as Error).message.split('\n')[0]})`);
  }
  return { fileName: cleanFileName(originalName, contentType), contentType, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), thumbnail, locationStripped };
}
