// media.upload and attachment.*: type (by content) and size rules live in MediaService.
import type { AppServices } from '../app';
import { decodeBase64 } from './base64';
import type { Handlers } from './types';

type MediaMethods = Pick<Handlers, 'media.upload' | 'attachment.add' | 'attachment.remove'>;

export function mediaHandlers(s: Pick<AppServices, 'media' | 'articles'>): MediaMethods {
  return {
    'media.upload': async ({ fileName, dataBase64 }) => s.media.uploadImage(fileName, decodeBase64(dataBase64)),
    'attachment.add': async ({ articleId, fileName, mime, dataBase64 }, ctx) =>
      s.media.addAttachment(articleId, { fileName, mime, bytes: decodeBase64(dataBase64) }, ctx.user),
    'attachment.remove': async ({ articleId, attachmentId }, ctx) => s.articles.removeAttachment(articleId, attachmentId, ctx.user)
  };
}
