// Checks a .docx (a zip) before mammoth opens it: the central directory is read without inflating, the
// entry count and declared sizes are capped, then every entry is inflated with a hard output cap (the
// declared sizes can lie) on zlib's thread pool, so a zip bomb is refused and the app stays responsive.
import { inflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import { AppError, ErrorCode } from '../../../shared/errors';

const inflateRawAsync = promisify(inflateRaw);

export interface ZipLimits {
  maxEntries: number;
  /** The sum of all entries' uncompressed sizes. */
  maxTotalBytes: number;
}

/** A real .docx has a few dozen parts; its pictures are at most 50 MB in all (the upload limit). */
export const DOCX_LIMITS: ZipLimits = { maxEntries: 1000, maxTotalBytes: 100 * 1024 * 1024 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

class ZipProblem extends Error {}

export function zipBombMessage(name: string): string {
  return `Không nhập được tệp Word “${name}”: nội dung giải nén quá lớn hoặc có quá nhiều phần (có thể là tệp độc hại). Hãy mở tệp bằng Word, lưu lại thành .docx (bỏ bớt hình ảnh nếu cần) rồi nhập lại.`;
}

/** Throws UNSUPPORTED_FILE (a clear Vietnamese message) for a zip over the limits; not-a-zip is left to mammoth. */
export async function checkDocxZip(bytes: Uint8Array, name: string, limits: ZipLimits = DOCX_LIMITS): Promise<void> {
  try {
    const entries = readCentralDirectory(bytes, limits);
    if (entries === null) return;
    let budget = limits.maxTotalBytes;
    for (const e of entries) {
      budget -= await inflatedSize(bytes, e, Math.min(e.size, budget));
    }
  } catch (err) {
    if (err instanceof ZipProblem) throw new AppError(ErrorCode.UNSUPPORTED_FILE, zipBombMessage(name));
    throw err;
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The entries, or null when the bytes are not a zip at all (mammoth then reports a damaged file). */
function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: a .docx never needs them; treat them as over the limits.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipProblem('zip64');
  if (count > limits.maxEntries) throw new ZipProblem('too many entries');
  const entries: Entry[] = [];
  let total = 0;
  let at = cdOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const entry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true)
    };
    total += entry.size;
    if (total > limits.maxTotalBytes) throw new ZipProblem('too large');
    entries.push(entry);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * One part of a .docx that checkDocxZip has accepted (e.g. word/styles.xml, which mammoth reads but does
 * not expose), or null when it is missing or unreadable.
 */
export async function readZipEntry(bytes: Uint8Array, name: string, limits: ZipLimits = DOCX_LIMITS): Promise<Uint8Array | null> {
  try {
    const entry = readCentralDirectory(bytes, limits)?.find((e) => e.name === name);
    return entry ? await inflated(bytes, entry, limits.maxTotalBytes) : null;
  } catch (err) {
    if (err instanceof ZipProblem) return null;
    throw err;
  }
}

/** The entry's real inflated size; a ZipProblem as soon as it passes `cap`. */
async function inflatedSize(bytes: Uint8Array, e: Entry, cap: number): Promise<number> {
  return (await inflated(bytes, e, cap))?.length ?? 0;
}

/** The entry's bytes (null for damaged data or an unknown method); a ZipProblem as soon as it passes `cap`. */
async function inflated(bytes: Uint8Array, e: Entry, cap: number): Promise<Uint8Array | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== LOCAL) return null;
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
  if (e.method === 0) {
    if (data.length > cap) throw new ZipProblem('stored entry too large');
    return data;
  }
  if (e.method !== 8) return null;
  try {
    return await inflateRawAsync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipProblem('inflates past its size');
    return null; // damaged data: mammoth reports it
  }
}
