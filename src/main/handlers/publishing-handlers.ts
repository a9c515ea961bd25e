// target.* and publish.*: publishing targets (admin), the gate, the outbox and receipts.
import type { AppServices } from '../app';
import { AppError, ErrorCode } from '../../shared/errors';
import { copyInsideFolder, type LocalFileOpener } from '../publishing/local-copy';
import type { Handlers } from './types';

type PublishingMethods = Pick<
  Handlers,
  | 'target.list'
  | 'target.save'
  | 'target.test'
  | 'publish.check'
  | 'publish.enqueue'
  | 'publish.takeDown'
  | 'publish.retry'
  | 'publish.cancel'
  | 'publish.queue'
  | 'publish.article'
  | 'publish.openCopy'
>;

/** `opener`: Electron's; null in browser mode and the CLI, which cannot open a file for the user's screen. */
export function publishingHandlers(s: Pick<AppServices, 'publishing'>, opener: LocalFileOpener | null = null): PublishingMethods {
  const p = s.publishing;
  return {
    'target.list': async (_input, ctx) => p.listTargets(ctx.user),
    'target.save': async ({ id, name, type, config, secret, disabled }, ctx) =>
      id ? p.updateTarget(id, { name, config, secret, disabled }, ctx.user) : p.addTarget({ name, type, config, secret }, ctx.user),
    'target.test': async ({ id }, ctx) => p.testTarget(id, ctx.user),
    'publish.check': async ({ articleId, targetId, correctionNote }, ctx) => p.check(articleId, targetId, ctx.user, { correctionNote }),
    'publish.enqueue': async ({ articleId, targetId, confirm, correctionNote }, ctx) => p.publish(articleId, targetId, ctx.user, { confirm, correctionNote }),
    'publish.takeDown': async ({ articleId, targetId }, ctx) => p.takeDown(articleId, targetId, ctx.user),
    'publish.retry': async ({ id }, ctx) => p.retry(id, ctx.user),
    'publish.cancel': async ({ id }, ctx) => p.cancel(id, ctx.user),
    'publish.queue': async (_input, ctx) => p.queue(ctx.user),
    'publish.article': async ({ articleId }, ctx) => p.forArticle(articleId, ctx.user),
    'publish.openCopy': async ({ articleId, targetId, reveal }, ctx) => {
      const copy = p.folderCopy(articleId, targetId, ctx.user);
      const path = copyInsideFolder(copy.folder, copy.path);
      if (!opener) {
        throw new AppError(ErrorCode.CONFLICT, 'Ở chế độ trình duyệt, ứng dụng không mở được tệp trên máy cho trang web; hãy sao chép đường dẫn rồi mở bằng trình quản lý tệp.');
      }
      if (reveal) opener.reveal(path);
      else await opener.open(path);
      return { path };
    }
  };
}
