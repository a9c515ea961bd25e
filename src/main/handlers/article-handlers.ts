// article.* methods: thin adapters from the contract to ArticleService, with the user from ctx.
import type { ArticleViewRepository } from '../../core/versions/ports';
import type { Handlers } from './types';
import { decodeBase64, type HandlerDeps } from './deps';

type ArticleMethods = Pick<
  Handlers,
  | 'article.create'
  | 'article.get'
  | 'article.save'
  | 'article.list'
  | 'article.facets'
  | 'article.search'
  | 'article.history'
  | 'article.import'
>;

export interface ArticleHandlerDeps extends HandlerDeps {
  /** Opening an article records the revision the user sees ("the last version I saw", for "So sánh"). */
  views: Pick<ArticleViewRepository, 'record'>;
}

export function articleHandlers(d: ArticleHandlerDeps): ArticleMethods {
  return {
    'article.create': async ({ fields }, ctx) => d.articles.create(fields, ctx.user),
    'article.get': async ({ id }, ctx) => {
      const article = d.articles.get(id);
      try {
        d.views.record(ctx.user.id, id, article.revisionId);
      } catch (err) {
        // Only feeds the default comparison: a busy or read-only database must not stop the article opening.
        console.warn('[views] could not record the revision seen:', err);
      }
      return article;
    },
    'article.save': async ({ id, baseRevisionId, fields }, ctx) => d.articles.save(id, baseRevisionId, fields, ctx.user),
    'article.list': async (query) => d.articles.list(query),
    'article.facets': async () => d.articles.facets(),
    'article.search': async ({ query, limit }) => d.articles.search(query, limit),
    'article.history': async ({ id }) => d.articles.history(id),
    'article.import': async ({ fileName, dataBase64 }, ctx) => {
      const doc = await d.importFile(decodeBase64(dataBase64), fileName);
      return d.articles.importDocument(doc.title, doc.body, ctx.user, fileName);
    }
  };
}
