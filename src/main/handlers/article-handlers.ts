// article.*: the article service with the user from the session (ctx).
import type { AppServices } from '../app';
import { decodeBase64 } from './base64';
import { AUTHOR_ONLY, requireCapability } from './permissions';
import type { Handlers } from './types';

type ArticleMethods = Pick<
  Handlers,
  | 'article.create'
  | 'article.get'
  | 'article.save'
  | 'article.seen'
  | 'article.list'
  | 'article.facets'
  | 'article.search'
  | 'article.history'
  | 'article.import'
>;

export function articleHandlers(s: Pick<AppServices, 'articles' | 'page' | 'importer'>): ArticleMethods {
  return {
    'article.create': async ({ fields }, ctx) => {
      requireCapability(ctx.user, ['author'], AUTHOR_ONLY);
      return s.articles.create(fields, ctx.user);
    },
    'article.get': async ({ id }) => s.articles.get(id),
    'article.save': async ({ id, baseRevisionId, fields }, ctx) => s.page.save(id, baseRevisionId, fields, ctx.user),
    'article.seen': async ({ id, revisionId }, ctx) => {
      s.page.seen(id, revisionId, ctx.user);
      return null;
    },
    'article.list': async (query) => s.articles.list(query),
    'article.facets': async () => s.articles.facets(),
    'article.search': async ({ query, limit }) => s.articles.search(query, limit),
    'article.history': async ({ id }) => s.articles.history(id),
    'article.import': async ({ fileName, dataBase64 }, ctx) => {
      requireCapability(ctx.user, ['author'], AUTHOR_ONLY);
      return s.importer.importFile(decodeBase64(dataBase64), fileName, ctx.user);
    }
  };
}
