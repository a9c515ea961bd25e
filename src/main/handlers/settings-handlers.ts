// profile.*, lists.* and app.info: settings-like methods.
import type { Handlers } from './types';
import type { HandlerDeps } from './deps';
import type { HandlerContext } from './types';
import { requireAdmin } from '../../core/accounts/account-service';
import { PROFILE_LABELS } from '../../shared/profile';
import { formatDate } from '../../shared/dates';

type SettingsMethods = Pick<Handlers, 'app.info' | 'profile.current' | 'profile.history' | 'profile.save' | 'lists.get' | 'lists.save'>;

export function profileHandlers(d: HandlerDeps): SettingsMethods {
  return {
    'app.info': async (_input, ctx) => ({ ...d.info, profileConfigured: d.profile.current() !== null, user: ctx.user }),
    'profile.current': async () => d.profile.current(),
    'profile.history': async () => d.profile.history(),
    'profile.save': async ({ fields, effectiveFrom }, ctx) => {
      requireAdmin(ctx.user, 'sửa thông tin cơ quan');
      const saved = d.profile.save(fields, effectiveFrom, ctx.user);
      record(d, ctx, 'profile.save', `Lưu thông tin cơ quan (áp dụng từ ${formatDate(saved.effectiveFrom)}): ${saved.agencyName}; ${PROFILE_LABELS.responsibleName}: ${saved.responsibleName}`, { versionId: saved.id });
      return saved;
    },
    'lists.get': async () => d.lists.get(),
    'lists.save': async (lists, ctx) => {
      requireAdmin(ctx.user, 'sửa danh mục');
      const saved = d.lists.save(lists);
      record(d, ctx, 'lists.save', `Lưu danh mục: ${saved.categories.length} phân loại, ${saved.articleTypes.length} loại bài viết`, { ...saved });
      return saved;
    }
  };
}

/** Settings and profile changes go to the audit history (issue #3). */
function record(d: HandlerDeps, ctx: HandlerContext, action: string, description: string, details: Record<string, unknown>): void {
  d.audit.append({ at: new Date().toISOString(), user: { id: ctx.user.id, name: ctx.user.name }, action, articleId: null, description, details });
}
