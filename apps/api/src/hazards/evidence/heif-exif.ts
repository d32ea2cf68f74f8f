/**
 * HEIC photos from phones carry their EXIF (with the GPS position) as an item of the HEIF
 * container. sharp's libheif decodes no HEVC, so it cannot re-encode them; instead the Exif item's
 * bytes are blanked in place, leaving the container's structure (and the picture) as it was.
 * ISO/IEC 14496-12 (boxes, iloc) and 23008-12 (HEIF items).
 */

interface Box {
  type: string;
  start: number;
  /** Where the box's content begins (after the header, and for a full box after version and flags). */
  body: number;
  end: number;
}

function boxes(buf: Buffer, from: number, to: number): Box[] {
  const found: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) break;
      size = Number(buf.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header || at + size > to) break;
    found.push({ type, start: at, body: at + header, end: at + size });
    at += size;
  }
  return found;
}

const uint = (buf: Buffer, at: number, bytes: number): number => (bytes === 0 ? 0 : bytes === 2 ? buf.readUInt16BE(at) : bytes === 4 ? buf.readUInt32BE(at) : Number(buf.readBigUInt64BE(at)));

/** The ids of the `Exif` items listed in iinf. */
function exifItems(buf: Buffer, iinf: Box): Set<number> {
  const version = buf[iinf.body]!;
  const entriesAt = iinf.body + 4 + (version === 0 ? 2 : 4);
  const ids = new Set<number>();
  for (const infe of boxes(buf, entriesAt, iinf.end).filter((b) => b.type === 'infe')) {
    const v = buf[infe.body]!;
    if (v < 2) continue;
    const idBytes = v === 2 ? 2 : 4;
    const id = uint(buf, infe.body + 4, idBytes);
    const type = buf.toString('latin1', infe.body + 4 + idBytes + 2, infe.body + 4 + idBytes + 6);
    if (type === 'Exif') ids.add(id);
  }
  return ids;
}

/** The byte ranges (in the file) of the given items, from iloc; construction method 0 (file offsets) only. */
function itemRanges(buf: Buffer, iloc: Box, wanted: Set<number>): Array<[number, number]> {
  const version = buf[iloc.body]!;
  let at = iloc.body + 4;
  const sizes = buf.readUInt16BE(at);
  at += 2;
  const [offsetSize, lengthSize, baseSize, indexSize] = [sizes >> 12, (sizes >> 8) & 15, (sizes >> 4) & 15, version >= 1 ? sizes & 15 : 0];
  const count = version < 2 ? buf.readUInt16BE(at) : buf.readUInt32BE(at);
  at += version < 2 ? 2 : 4;
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) {
    const id = version < 2 ? buf.readUInt16BE(at) : buf.readUInt32BE(at);
    at += version < 2 ? 2 : 4;
    let method = 0;
    if (version >= 1) {
      method = buf.readUInt16BE(at) & 15;
      at += 2;
    }
    at += 2; // data_reference_index
    const base = uint(buf, at, baseSize);
    at += baseSize;
    const extents = buf.readUInt16BE(at);
    at += 2;
    for (let e = 0; e < extents; e++) {
      at += indexSize;
      const offset = uint(buf, at, offsetSize);
      at += offsetSize;
      const length = uint(buf, at, lengthSize);
      at += lengthSize;
      if (wanted.has(id) && method === 0) ranges.push([base + offset, base + offset + length]);
    }
  }
  return ranges;
}

/**
 * A copy of the HEIF file with its Exif items blanked, and how many bytes were blanked; the file
 * unchanged (0) when it has none. Throws on a container it cannot read, so that nothing unstripped is kept.
 */
export function blankHeifExif(input: Buffer): { output: Buffer; blanked: number } {
  const buf = Buffer.from(input);
  const meta = boxes(buf, 0, buf.length).find((b) => b.type === 'meta');
  if (!meta) throw new Error('the HEIF file has no meta box');
  const inner = boxes(buf, meta.body + 4, meta.end);
  const iinf = inner.find((b) => b.type === 'iinf');
  const iloc = inner.find((b) => b.type === 'iloc');
  if (!iinf || !iloc) throw new Error('the HEIF file lists no items');
  const ids = exifItems(buf, iinf);
  let blanked = 0;
  for (const [from, to] of itemRanges(buf, iloc, ids)) {
    if (to > buf.length || from >= to) throw new Error('an Exif item lies outside the file');
    buf.fill(0, from, to);
    blanked += to - from;
  }
  return { output: buf, blanked };
}
