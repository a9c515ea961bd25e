// Per-method request size limits, checked before any parsing: in browser mode on the raw body (the
// bridge names the method in a header), in dispatch on the structured input from Electron IPC.
import { MAX_BODY_JSON_BYTES } from '../shared/article';

const MIB = 1024 * 1024;
/** Uploads carry up to 50 MiB of base64 (the contract's limit) plus the envelope. */
const UPLOAD_BYTES = 50 * MIB + 64 * 1024;
/** A body's Lexical JSON is escaped once more inside the request: allow for it. */
const ARTICLE_BYTES = 2 * MAX_BODY_JSON_BYTES + MIB;
export const DEFAULT_REQUEST_BYTES = MIB;

const LIMITS: Readonly<Record<string, number>> = {
  'article.import': UPLOAD_BYTES,
  'media.upload': UPLOAD_BYTES,
  'attachment.add': UPLOAD_BYTES,
  'article.save': ARTICLE_BYTES,
  'article.create': ARTICLE_BYTES
};

/** The largest request (bytes of JSON) the method accepts; unknown methods get the default. */
export function maxRequestBytes(method: string): number {
  return Object.prototype.hasOwnProperty.call(LIMITS, method) ? LIMITS[method]! : DEFAULT_REQUEST_BYTES;
}

export function tooLargeMessage(limit: number): string {
  const size = limit >= MIB ? `${Math.floor(limit / MIB)} MB` : `${Math.ceil(limit / 1024)} KB`;
  return `Dữ liệu gửi lên quá lớn (tối đa ${size} cho thao tác này). Hãy chọn tệp nhỏ hơn hoặc chia nhỏ nội dung; dữ liệu đã lưu trước đó vẫn an toàn.`;
}

/**
 * Whether `value` (structured-cloned IPC input) is bigger than `limit`, measured like its JSON (strings
 * by UTF-16 length, a few bytes per other value) and stopping as soon as the limit is passed.
 */
export function exceedsLimit(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (v instanceof Uint8Array || v instanceof ArrayBuffer) size += v.byteLength;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      if (size > limit) return true;
      for (const item of v) stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      size += 2;
      for (const [key, item] of Object.entries(v)) {
        size += key.length + 3;
        stack.push(item);
      }
    } else size += 8;
    if (size > limit) return true;
  }
  return false;
}
