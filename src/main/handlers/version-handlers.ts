// version.*: the history timeline, read-only snapshots, "Lưu phiên bản", "Khôi phục", retention (admin).
// version.compare lives in compare-handlers.ts.
import type { VersionService } from '../../core/versions/version-service';
import type { Handlers } from './types';

type VersionMethods = Pick<
  Handlers,
  | 'version.list'
  | 'version.get'
  | 'version.saveNamed'
  | 'version.restore'
  | 'version.retention.get'
  | 'version.retention.save'
  | 'version.retention.apply'
>;

export function versionHandlers(d: { versions: VersionService }): VersionMethods {
  return {
    'version.list': async ({ articleId }) => d.versions.list(articleId),
    'version.get': async ({ articleId, versionId }) => d.versions.get(articleId, versionId),
    'version.saveNamed': async ({ articleId, note }, ctx) => d.versions.saveNamed(articleId, note, ctx.user),
    'version.restore': async ({ articleId, versionId }, ctx) => d.versions.restore(articleId, versionId, ctx.user),
    'version.retention.get': async (_input, ctx) => d.versions.retention(ctx.user),
    'version.retention.save': async (input, ctx) => d.versions.saveRetention(ctx.user, input),
    'version.retention.apply': async (_input, ctx) => d.versions.applyRetentionNow(ctx.user)
  };
}
