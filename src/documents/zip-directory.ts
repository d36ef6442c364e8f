import { inflateRawSync } from 'node:zlib';
import { DocumentError } from './document-error';
import {
  DOCX_RATIO_FLOOR_BYTES,
  MAX_DOCX_ENTRIES,
  MAX_DOCX_RATIO,
  MAX_DOCX_UNCOMPRESSED_BYTES,
} from './document-limits';

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly uncompressed: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The entries of a zip's central directory, read without inflating anything. */
function zipEntries(bytes: Buffer, source: string): ZipEntry[] {
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocumentError(source, 'CORRUPT', 'corrupt DOCX (no zip directory)');
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new DocumentError(source, 'ZIP_BOMB', 'ZIP64 archive refused (a résumé never needs one)');
  if (offset + size > bytes.length)
    throw new DocumentError(source, 'CORRUPT', 'corrupt DOCX (zip directory out of bounds)');
  if (count > MAX_DOCX_ENTRIES)
    throw new DocumentError(
      source,
      'ZIP_BOMB',
      `DOCX has ${count} parts (limit ${MAX_DOCX_ENTRIES}); refused as a possible zip bomb`,
    );
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
      throw new DocumentError(source, 'CORRUPT', 'corrupt DOCX (bad zip directory entry)');
    const compressed = bytes.readUInt32LE(at + 20);
    const uncompressed = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressed,
      uncompressed,
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/**
 * Refuses a DOCX whose zip would inflate to too much (in total, or any large part at a ratio no
 * real document reaches) before any of it is inflated; the sizes are the archive's own claims,
 * and the inflater is held to them by the same limit.
 */
export function checkZipBomb(bytes: Buffer, source: string): void {
  const entries = zipEntries(bytes, source);
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (e.uncompressed >= DOCX_RATIO_FLOOR_BYTES && e.uncompressed > MAX_DOCX_RATIO * Math.max(1, e.compressed)) {
      throw new DocumentError(
        source,
        'ZIP_BOMB',
        `DOCX part ${e.name} inflates ${Math.round(e.uncompressed / Math.max(1, e.compressed))}:1; refused as a zip bomb`,
      );
    }
  }
  if (total > MAX_DOCX_UNCOMPRESSED_BYTES) {
    throw new DocumentError(
      source,
      'ZIP_BOMB',
      `DOCX inflates to ${(total / 1048576).toFixed(1)} MiB (limit ${MAX_DOCX_UNCOMPRESSED_BYTES / 1048576} MiB); refused as a zip bomb`,
    );
  }
  if (!entries.some((e) => e.name === 'word/document.xml'))
    throw new DocumentError(source, 'CORRUPT', 'not a Word document (no word/document.xml)');
  for (const e of entries) holdToClaim(bytes, e, source);
}

/** Inflates a part with its claimed size as the hard cap: a part that lies about its size is a bomb. */
function holdToClaim(bytes: Buffer, entry: ZipEntry, source: string): void {
  if (entry.method !== 8 || entry.compressed === 0) return;
  const local = entry.localOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50)
    throw new DocumentError(source, 'CORRUPT', 'corrupt DOCX (bad zip entry)');
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const data = bytes.subarray(start, start + entry.compressed);
  try {
    inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressed) });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new DocumentError(
        source,
        'ZIP_BOMB',
        `DOCX part ${entry.name} inflates past its declared size; refused as a zip bomb`,
      );
    }
    throw new DocumentError(source, 'CORRUPT', `corrupt DOCX (part ${entry.name} does not inflate)`);
  }
}

/**
 * The parts of a zip whose names match, inflated (after checkZipBomb has passed the archive), in
 * name order. Stored and deflated parts only, as Word writes them.
 */
export function zipParts(bytes: Buffer, source: string, name: RegExp): { name: string; data: Buffer }[] {
  const out: { name: string; data: Buffer }[] = [];
  for (const e of zipEntries(bytes, source).filter((entry) => name.test(entry.name))) {
    const local = e.localOffset;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + e.compressed);
    if (e.method === 0) out.push({ name: e.name, data: raw });
    else if (e.method === 8)
      out.push({ name: e.name, data: inflateRawSync(raw, { maxOutputLength: Math.max(1, e.uncompressed) }) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
