// The administrator's changes to workspace settings (agency profile, editable lists): admin only, and
// every change goes to the audit log (issue #3) in the same step.
import type { SessionUser } from '../../shared/accounts';
import type { EditableLists } from '../../shared/contract';
import { formatDate } from '../../shared/dates';
import { PROFILE_LABELS, type ProfileFields, type ProfileVersion } from '../../shared/profile';
import { requireAdmin } from '../accounts/account-service';
import type { ListsService } from '../articles/lists-service';
import type { AuditLog, Clock, TransactionRunner } from '../ports';
import type { ProfileService } from '../profile/profile-service';

export interface SettingsAdminDeps {
  profile: ProfileService;
  lists: ListsService;
  audit: AuditLog;
  clock: Clock;
  tx: TransactionRunner;
}

export class SettingsAdmin {
  constructor(private readonly d: SettingsAdminDeps) {}

  saveProfile(fields: ProfileFields, effectiveFrom: string | undefined, user: SessionUser): ProfileVersion {
    requireAdmin(user, 'sửa thông tin cơ quan');
    return this.d.tx.transaction(() => {
      const saved = this.d.profile.save(fields, effectiveFrom, user);
      const description = `Lưu thông tin cơ quan (áp dụng từ ${formatDate(saved.effectiveFrom)}): ${saved.agencyName}; ${PROFILE_LABELS.responsibleName}: ${saved.responsibleName}`;
      this.record(user, 'profile.save', description, { versionId: saved.id });
      return saved;
    });
  }

  saveLists(lists: EditableLists, user: SessionUser): EditableLists {
    requireAdmin(user, 'sửa danh mục');
    return this.d.tx.transaction(() => {
      const saved = this.d.lists.save(lists);
      this.record(user, 'lists.save', `Lưu danh mục: ${saved.categories.length} phân loại, ${saved.articleTypes.length} loại bài viết`, { ...saved });
      return saved;
    });
  }

  private record(user: SessionUser, action: string, description: string, details: Record<string, unknown>): void {
    this.d.audit.append({ at: this.d.clock.now().toISOString(), user: { id: user.id, name: user.name }, action, articleId: null, description, details });
  }
}
