// File type detection by content (magic bytes), never by the declared MIME type alone.

export type ImageMime = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export function detectImageMime(bytes: Uint8Array): ImageMime | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** Broad container families, to check a declared attachment type against the content. */
export type ContentFamily = 'pdf' | 'zip' | 'ole' | ImageMime;

export function detectFamily(bytes: Uint8Array): ContentFamily | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  // .docx, .xlsx and .zip are all ZIP containers.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  // Legacy .doc and .xls are OLE compound files.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  return detectImageMime(bytes);
}

const FAMILY_OF_MIME: Record<string, ContentFamily> = {
  'application/pdf': 'pdf',
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
  const family = detectFamily(bytes);
  if (!family) return null;
  const generic = declared === '' || declared === 'application/octet-stream';
  const mime = generic ? MIME_OF_EXTENSION[extensionOf(fileName)] : declared.toLowerCase();
  if (!mime) return null;
  return FAMILY_OF_MIME[mime] === family ? mime : null;
}
