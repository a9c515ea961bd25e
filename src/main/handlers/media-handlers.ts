// media.upload and attachment.*: type checked by content (magic bytes), size checked after decoding.
import { ATTACHMENT_MIME, IMAGE_MIME, MAX_ATTACHMENT_BYTES, MAX_IMAGE_BYTES } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import { nfc } from '../../shared/text';
import { attachmentMime, detectImageMime } from '../adapters/import/file-types';
import type { Handlers } from './types';
import { decodeBase64, megabytes, type HandlerDeps } from './deps';

type MediaMethods = Pick<Handlers, 'media.upload' | 'attachment.add' | 'attachment.remove'>;

export function mediaHandlers(d: HandlerDeps): MediaMethods {
  return {
    'media.upload': async ({ fileName, dataBase64 }) => {
      const bytes = decodeBase64(dataBase64);
      const name = nfc(fileName);
      if (bytes.length > MAX_IMAGE_BYTES) {
        throw new AppError(
          ErrorCode.FILE_TOO_LARGE,
          `Ảnh “${name}” nặng ${megabytes(bytes.length)}, vượt quá giới hạn ${megabytes(MAX_IMAGE_BYTES)}. Hãy thu nhỏ ảnh rồi chèn lại.`
        );
      }
      const mime = detectImageMime(bytes);
      if (!mime || !(IMAGE_MIME as readonly string[]).includes(mime)) {
        throw new AppError(ErrorCode.UNSUPPORTED_FILE, `Tệp “${name}” không phải ảnh JPEG, PNG, GIF hoặc WebP. Hãy chọn một tệp ảnh khác.`);
      }
      const { hash, size } = d.media.put(bytes);
      return { hash, mime, size };
    },
    'attachment.add': async ({ articleId, fileName, mime, dataBase64 }, ctx) => {
      d.articles.get(articleId);
      const bytes = decodeBase64(dataBase64);
      const name = nfc(fileName);
      if (bytes.length > MAX_ATTACHMENT_BYTES) {
        throw new AppError(
          ErrorCode.FILE_TOO_LARGE,
          `Tệp “${name}” nặng ${megabytes(bytes.length)}, vượt quá giới hạn ${megabytes(MAX_ATTACHMENT_BYTES)} cho tệp đính kèm.`
        );
      }
      const stored = attachmentMime(mime, name, bytes);
      if (!stored || !(ATTACHMENT_MIME as readonly string[]).includes(stored)) {
        throw new AppError(
          ErrorCode.UNSUPPORTED_FILE,
          `Không đính kèm được “${name}”: chỉ nhận tệp PDF, Word (.doc, .docx), Excel (.xls, .xlsx), ZIP, JPEG hoặc PNG, và nội dung tệp phải đúng loại đó.`
        );
      }
      return d.articles.addAttachment(articleId, { name, mime: stored, bytes }, ctx.user);
    },
    'attachment.remove': async ({ articleId, attachmentId }, ctx) => d.articles.removeAttachment(articleId, attachmentId, ctx.user)
  };
}
