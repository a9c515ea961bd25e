// File types decided by content (magic bytes), never by a name or a declared type alone: one sniffer
// for image uploads, attachments, imports and the media the app serves.
import { ATTACHMENT_MIME, IMAGE_MIME, MAX_ATTACHMENT_BYTES, MAX_IMAGE_BYTES } from './article';

export type ImageMime = (typeof IMAGE_MIME)[number];

/** What the bytes are: a MIME type for images and PDF, a container family for ZIP (docx, xlsx) and OLE (doc, xls). */
export type SniffedType = ImageMime | 'image/bmp' | 'image/avif' | 'application/pdf' | 'zip' | 'ole';

const SIGNATURES: ReadonlyArray<{ type: SniffedType; match: (b: Uint8Array) => boolean }> = [
  { type: 'image/png', match: (b) => bytesAt(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', match: (b) => bytesAt(b, 0, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', match: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  { type: 'image/webp', match: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { type: 'image/bmp', match: (b) => ascii(b, 0, 'BM') && b.length > 14 },
  { type: 'image/avif', match: (b) => ascii(b, 4, 'ftypavif') || ascii(b, 4, 'ftypavis') },
  { type: 'application/pdf', match: (b) => ascii(b, 0, '%PDF-') },
  // .docx, .xlsx and .zip are all ZIP containers.
  { type: 'zip', match: (b) => bytesAt(b, 0, [0x50, 0x4b, 0x03, 0x04]) },
  // Legacy .doc and .xls are OLE compound files.
  { type: 'ole', match: (b) => bytesAt(b, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }
];

export function sniffType(bytes: Uint8Array): SniffedType | null {
  return SIGNATURES.find((s) => s.match(bytes))?.type ?? null;
}

/** An image type the editor accepts (JPEG, PNG, GIF, WebP), by content. */
export function detectImageMime(bytes: Uint8Array): ImageMime | null {
  const type = sniffType(bytes);
  return type !== null && (IMAGE_MIME as readonly string[]).includes(type) ? (type as ImageMime) : null;
}

const FAMILY_OF_MIME: Record<string, SniffedType> = {
  'application/pdf': 'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'zip',
  'application/zip': 'zip',
  'application/msword': 'ole',
  'application/vnd.ms-excel': 'ole',
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png'
};

const MIME_OF_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png'
};

export function extensionOf(fileName: string): string {
  const m = /\.([^./\\]+)$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * The attachment MIME type to store, or null when the content is not an allowed type. A declared
 * type must agree with the content; a generic or missing one is taken from the extension.
 */
export function attachmentMime(declared: string, fileName: string, bytes: Uint8Array): string | null {
  const family = sniffType(bytes);
  if (!family) return null;
  const generic = declared === '' || declared === 'application/octet-stream';
  const mime = generic ? MIME_OF_EXTENSION[extensionOf(fileName)] : declared.toLowerCase();
  if (!mime || !(ATTACHMENT_MIME as readonly string[]).includes(mime)) return null;
  return FAMILY_OF_MIME[mime] === family ? mime : null;
}

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 }) + ' MB';
}

export interface FileProblem {
  kind: 'too_large' | 'unsupported';
  /** Vietnamese, shown as is. */
  message: string;
}

/**
 * Why an image cannot go into an article, or null when it can. The editor asks before uploading (with
 * the browser's declared type); the server asks again with the sniffed type.
 */
export function imageProblem(name: string, size: number, mime: string | null): FileProblem | null {
  if (size > MAX_IMAGE_BYTES) {
    return { kind: 'too_large', message: `Ảnh “${name}” nặng ${megabytes(size)}, vượt quá giới hạn ${megabytes(MAX_IMAGE_BYTES)}. Hãy thu nhỏ ảnh rồi chèn lại.` };
  }
  if (mime === null || !(IMAGE_MIME as readonly string[]).includes(mime)) {
    return { kind: 'unsupported', message: `Tệp “${name}” không phải ảnh JPEG, PNG, GIF hoặc WebP. Hãy chọn một tệp ảnh khác.` };
  }
  return null;
}

/** Why a file cannot be attached, or null when it can (`mime`: what attachmentMime decided). */
export function attachmentProblem(name: string, size: number, mime: string | null): FileProblem | null {
  if (size > MAX_ATTACHMENT_BYTES) {
    return { kind: 'too_large', message: `Tệp “${name}” nặng ${megabytes(size)}, vượt quá giới hạn ${megabytes(MAX_ATTACHMENT_BYTES)} cho tệp đính kèm.` };
  }
  if (mime === null) {
    return {
      kind: 'unsupported',
      message: `Không đính kèm được “${name}”: chỉ nhận tệp PDF, Word (.doc, .docx), Excel (.xls, .xlsx), ZIP, JPEG hoặc PNG, và nội dung tệp phải đúng loại đó.`
    };
  }
  return null;
}

function bytesAt(bytes: Uint8Array, offset: number, sig: number[]): boolean {
  return bytes.length >= offset + sig.length && sig.every((v, i) => bytes[offset + i] === v);
}

function ascii(bytes: Uint8Array, offset: number, text: string): boolean {
  if (bytes.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}
