// target.* and publish.*: publishing targets (admin), the gate, the outbox and receipts.
import type { AppServices } from '../app';
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
>;

export function publishingHandlers(s: Pick<AppServices, 'publishing'>): PublishingMethods {
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
    'publish.article': async ({ articleId }, ctx) => p.forArticle(articleId, ctx.user)
  };
}
