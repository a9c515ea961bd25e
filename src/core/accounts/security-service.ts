// Workspace security settings (screen-lock delay, separation of duties): admin only, audited.
import type { SecuritySettings, SessionUser } from '../../shared/accounts';
import type { AuditLog, Clock, SecuritySettingsRepository } from '../ports';
import { requireAdmin } from './account-service';

export class SecurityService {
  constructor(private readonly d: { settings: SecuritySettingsRepository; audit: AuditLog; clock: Clock }) {}

  /** Everyone's session needs the lock delay; only the admin screen shows the settings. */
  current(): SecuritySettings {
    return this.d.settings.getSecurity();
  }

  get(actor: SessionUser): SecuritySettings {
    requireAdmin(actor, 'xem cài đặt bảo mật');
    return this.current();
  }

  save(actor: SessionUser, next: SecuritySettings): SecuritySettings {
    requireAdmin(actor, 'thay đổi cài đặt bảo mật');
    const before = this.current();
    const saved: SecuritySettings = { lockAfterMinutes: next.lockAfterMinutes, separationOfDuties: next.separationOfDuties };
    this.d.settings.saveSecurity(saved);
    this.d.audit.append({
      at: this.d.clock.now().toISOString(),
      user: { id: actor.id, name: actor.name },
      action: 'security.save',
      articleId: null,
      description: `Thay đổi cài đặt bảo mật: ${saved.lockAfterMinutes === 0 ? 'không tự khóa màn hình' : `tự khóa màn hình sau ${saved.lockAfterMinutes} phút`}; tách biệt người viết và người ký duyệt: ${saved.separationOfDuties ? 'bật' : 'tắt'}`,
      details: { before, after: saved }
    });
    return saved;
  }
}
