// media.upload and attachment.*: type (by content) and size rules live in MediaService.
import type { AppServices } from '../app';
import { decodeBase64 } from './base64';
import { requireEditRight } from './permissions';
import type { Handlers } from './types';

type MediaMethods = Pick<Handlers, 'media.upload' | 'media.fetchRemote' | 'attachment.add' | 'attachment.remove'>;

export function mediaHandlers(s: Pick<AppServices, 'media' | 'articles'>): MediaMethods {
  return {
    // Checked before the bytes are decoded or stored: an upload belongs to an article the user may edit.
    'media.upload': async ({ articleId, fileName, dataBase64 }, ctx) => {
      requireEditRight(s, ctx.user, articleId);
      return s.media.uploadImage(fileName, decodeBase64(dataBase64));
    },
    // Same right as an upload, checked before anything is downloaded.
    'media.fetchRemote': async ({ articleId, url }, ctx) => {
      requireEditRight(s, ctx.user, articleId);
      return s.media.fetchRemoteImage(url);
    },
    'attachment.add': async ({ articleId, fileName, mime, dataBase64 }, ctx) => {
      requireEditRight(s, ctx.user, articleId);
      return s.media.addAttachment(articleId, { fileName, mime, bytes: decodeBase64(dataBase64) }, ctx.user);
    },
    'attachment.remove': async ({ articleId, attachmentId }, ctx) => s.articles.removeAttachment(articleId, attachmentId, ctx.user)
  };
}
