// version.*: the history timeline, read-only snapshots, "Lưu phiên bản", "Khôi phục", "So sánh", retention (admin).
import type { AppServices } from '../app';
import { requireEditRight } from './permissions';
import type { Handlers } from './types';

type VersionMethods = Pick<
  Handlers,
  | 'version.list'
  | 'version.get'
  | 'version.saveNamed'
  | 'version.restore'
  | 'version.compare'
  | 'version.retention.get'
  | 'version.retention.save'
  | 'version.retention.apply'
>;

export function versionHandlers(s: Pick<AppServices, 'versions' | 'compare' | 'articles'>): VersionMethods {
  return {
    'version.list': async ({ articleId }) => s.versions.list(articleId),
    'version.get': async ({ articleId, versionId }) => s.versions.get(articleId, versionId),
    'version.saveNamed': async ({ articleId, note }, ctx) => {
      requireEditRight(s, ctx.user, articleId);
      return s.versions.saveNamed(articleId, note, ctx.user);
    },
    'version.restore': async ({ articleId, versionId }, ctx) => s.versions.restore(articleId, versionId, ctx.user),
    'version.compare': async ({ articleId, fromVersionId, toVersionId }, ctx) => s.compare.compare(articleId, { fromVersionId, toVersionId }, ctx.user),
    'version.retention.get': async (_input, ctx) => s.versions.retention(ctx.user),
    'version.retention.save': async (input, ctx) => s.versions.saveRetention(ctx.user, input),
    'version.retention.apply': async (_input, ctx) => s.versions.applyRetentionNow(ctx.user)
  };
}
