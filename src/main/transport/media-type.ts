// Content types for workspace media, decided from the bytes (never from a file name the user chose).

/** Media are addressed by the lowercase hex SHA-256 of their bytes. */
export const MEDIA_HASH = /^[0-9a-f]{64}$/;

const SIGNATURES: ReadonlyArray<{ mime: string; match: (b: Uint8Array) => boolean }> = [
  { mime: 'image/png', match: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mime: 'image/jpeg', match: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { mime: 'image/gif', match: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  { mime: 'image/webp', match: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { mime: 'image/bmp', match: (b) => ascii(b, 0, 'BM') && b.length > 14 },
  { mime: 'image/avif', match: (b) => ascii(b, 4, 'ftypavif') || ascii(b, 4, 'ftypavis') },
  { mime: 'application/pdf', match: (b) => ascii(b, 0, '%PDF-') }
];

/** The sniffed type, or application/octet-stream (served as a download) when it is not a known image/PDF. */
export function sniffMediaType(bytes: Uint8Array): string {
  return SIGNATURES.find((s) => s.match(bytes))?.mime ?? 'application/octet-stream';
}

/** Only raster images are shown inline; anything else (including SVG, which can carry script) is a download. */
export function isInlineImage(mime: string): boolean {
  return mime.startsWith('image/');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((v, i) => bytes[i] === v);
}

function ascii(bytes: Uint8Array, offset: number, text: string): boolean {
  if (bytes.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}
