// Content types for workspace media, decided from the bytes (never from a file name the user chose).
import { sniffType } from '../../shared/file-types';

/** Media are addressed by the lowercase hex SHA-256 of their bytes. */
export const MEDIA_HASH = /^[0-9a-f]{64}$/;

/** The sniffed type, or application/octet-stream (served as a download) when it is not a known image/PDF. */
export function sniffMediaType(bytes: Uint8Array): string {
  const type = sniffType(bytes);
  return type !== null && (type.startsWith('image/') || type === 'application/pdf') ? type : 'application/octet-stream';
}

/** Only raster images are shown inline; anything else (including SVG, which can carry script) is a download. */
export function isInlineImage(mime: string): boolean {
  return mime.startsWith('image/');
}
